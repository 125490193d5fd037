import { lintBank } from './lint-bank';
import { LINT_RULES } from './lint-finding';
import { makeCleanBank } from './testing/make-bank';
import { makeItem, orderingContent, singleChoiceContent, trueFalseContent } from './testing/make-item';

describe(lintBank.name, () => {
  const sut = lintBank;

  it('should find nothing in a clean bank', () => {
    expect(sut(makeCleanBank())).toEqual([]);
  });

  it('should find nothing in an empty bank', () => {
    expect(sut([])).toEqual([]);
  });

  it('should list bank-wide findings first, then by item, in rule order within an item', () => {
    const longestKey = (stem: string) => makeItem(singleChoiceContent({ stem, correctOptionId: 'b' }));
    const items = [
      makeItem(trueFalseContent({ stem: 'Is this a question' }), { markingPointKeys: [] }),
      longestKey('One?'),
      longestKey('Two?'),
      longestKey('Three?'),
      longestKey('Three.'),
    ];
    expect(sut(items).map((finding) => [finding.itemIndex, finding.rule, finding.severity])).toEqual([
      [null, 'key-longest', 'WARNING'],
      [0, 'true-false', 'WARNING'],
      [0, 'true-false', 'WARNING'],
      [0, 'alignment', 'ERROR'],
      [4, 'duplicate-stem', 'ERROR'],
    ]);
  });

  it('should pass the ordered facts to the ordering rule', () => {
    const content = orderingContent();
    content.steps.reverse();
    const orderedFacts = [{ lines: [12], steps: ['Plan', 'Do', 'Check', 'Act'] }];
    expect(sut([makeItem(content)], { orderedFacts }).map((finding) => finding.rule)).toEqual([
      'ordering-key',
    ]);
    expect(sut([makeItem(content)])).toEqual([]);
  });

  it('should use only rule ids from LINT_RULES, all kebab-case', () => {
    expect(LINT_RULES).toHaveLength(28);
    expect(LINT_RULES.filter((rule) => !/^[a-z]+(-[a-z]+)*$/.test(rule))).toEqual([]);
  });
});
