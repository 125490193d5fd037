import { makeItem, oneOfEachType, trueFalseContent } from '../testing/make-item';
import { alignmentRule } from './alignment.rule';

describe(alignmentRule.name, () => {
  const sut = alignmentRule;
  const provenance = (lines: number[]) => ({ specId: 'spec-1', specVersion: 1, lines });

  it('should flag an item without marking-point keys or provenance lines', () => {
    const item = makeItem(trueFalseContent(), { markingPointKeys: [], provenance: provenance([]) });
    expect(sut([item])).toEqual([
      { rule: 'alignment', severity: 'ERROR', itemIndex: 0, message: 'has no marking-point key' },
      { rule: 'alignment', severity: 'ERROR', itemIndex: 0, message: 'provenance has no specification line' },
    ]);
  });

  it('should flag malformed keys', () => {
    const item = makeItem(trueFalseContent(), {
      markingPointKeys: ['mp-0123456789', 'mp-ABCDEF0123', 'mp-012345678', 'point-1'],
    });
    expect(sut([item]).map((finding) => finding.message)).toEqual([
      'malformed marking-point keys: "mp-ABCDEF0123", "mp-012345678", "point-1"',
    ]);
  });

  it('should flag lines that are not positive integers', () => {
    const item = makeItem(trueFalseContent(), { provenance: provenance([3, 0, -2, 1.5]) });
    expect(sut([item]).map((finding) => finding.message)).toEqual([
      'provenance lines that are not positive integers: 0, -2, 1.5',
    ]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
