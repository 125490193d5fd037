import type { ItemFinding } from '@markpoint/grading';
import { generatedItemStatus, hasErrorFinding } from './review-status';

const error: ItemFinding = { rule: 'duplicate-option', severity: 'ERROR', message: 'Options 1 and 2 repeat' };
const warning: ItemFinding = { rule: 'key-longest', severity: 'WARNING', message: 'The key is the longest' };

describe(generatedItemStatus.name, () => {
  it('should leave every item a draft when no threshold is set', () => {
    expect(generatedItemStatus({ confidence: 1, findings: [] }, undefined)).toBe('DRAFT');
  });

  it('should approve an item at or above the threshold and keep one below it a draft', () => {
    expect(generatedItemStatus({ confidence: 0.8 }, 0.8)).toBe('APPROVED');
    expect(generatedItemStatus({ confidence: 0.95, findings: [warning] }, 0.8)).toBe('APPROVED');
    expect(generatedItemStatus({ confidence: 0.79 }, 0.8)).toBe('DRAFT');
  });

  it('should count an item without a confidence as 0', () => {
    expect(generatedItemStatus({}, 0.1)).toBe('DRAFT');
    expect(generatedItemStatus({}, 0)).toBe('APPROVED');
  });

  it('should never approve an item with an error finding automatically', () => {
    expect(generatedItemStatus({ confidence: 1, findings: [warning, error] }, 0)).toBe('DRAFT');
  });
});

describe(hasErrorFinding.name, () => {
  it('should see only ERROR findings', () => {
    expect(hasErrorFinding([warning])).toBe(false);
    expect(hasErrorFinding([warning, error])).toBe(true);
    expect(hasErrorFinding(null)).toBe(false);
  });
});
