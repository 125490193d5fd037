import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding } from '../lint-finding';
import { findingsPerItem, quoted } from './lint-check';

// The spec lib derives marking-point keys as "mp-" and 10 hex digits of a hash of the text.
const MARKING_POINT_KEY = /^mp-[0-9a-f]{10}$/;

/** ERROR when an item cannot be traced to the specification: no well-formed key or no source line. */
export function alignmentRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'alignment', 'ERROR', ({ markingPointKeys, provenance }) => {
    const problems: string[] = [];
    if (markingPointKeys.length === 0) problems.push('has no marking-point key');
    const malformed = markingPointKeys.filter((key) => !MARKING_POINT_KEY.test(key));
    if (malformed.length > 0) problems.push(`malformed marking-point keys: ${quoted(malformed)}`);
    const lines = provenance.lines;
    if (lines.length === 0) problems.push('provenance has no specification line');
    const invalid = lines.filter((line) => !(Number.isInteger(line) && line > 0));
    if (invalid.length > 0)
      problems.push(`provenance lines that are not positive integers: ${invalid.join(', ')}`);
    return problems;
  });
}
