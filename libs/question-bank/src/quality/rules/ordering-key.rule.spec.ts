import { makeItem, oneOfEachType, orderingContent } from '../testing/make-item';
import { orderingKeyRule } from './ordering-key.rule';

const PDCA = { lines: [12, 13], steps: ['Plan', 'Do', 'Check', 'Act'] };

describe(orderingKeyRule.name, () => {
  const sut = orderingKeyRule;

  it('should flag fewer than 3 steps', () => {
    const content = orderingContent({
      steps: [
        { id: 's1', text: 'Plan' },
        { id: 's2', text: 'Do' },
      ],
    });
    expect(sut([makeItem(content)])).toEqual([
      { rule: 'ordering-key', severity: 'ERROR', itemIndex: 0, message: 'has 2 steps; needs at least 3' },
    ]);
  });

  it('should flag repeated step ids and texts', () => {
    const content = orderingContent();
    content.steps[2] = { id: 's1', text: 'do.' };
    expect(sut([makeItem(content)]).map((finding) => finding.message)).toEqual([
      'step ids used twice: "s1"',
      'steps repeated: "do"',
    ]);
  });

  it("should flag an item whose order differs from the specification's ordered fact", () => {
    const content = orderingContent();
    [content.steps[1], content.steps[2]] = [content.steps[2], content.steps[1]];
    expect(sut([makeItem(content)], { orderedFacts: [PDCA] }).map((finding) => finding.message)).toEqual([
      "steps are not in the specification's order (line 12, 13): Plan → Do → Check → Act",
    ]);
  });

  it('should compare step texts after normalising them', () => {
    const fact = { lines: [12], steps: ['plan.', 'DO', 'Check', 'act'] };
    expect(sut([makeItem(orderingContent())], { orderedFacts: [fact] })).toEqual([]);
  });

  it('should ignore facts on other lines or with other steps', () => {
    const content = orderingContent();
    content.steps.reverse();
    const elsewhere = { lines: [40], steps: PDCA.steps };
    const otherSteps = { lines: [12], steps: ['Plan', 'Do', 'Check', 'Act', 'Review'] };
    expect(sut([makeItem(content)], { orderedFacts: [elsewhere, otherSteps] })).toEqual([]);
    expect(sut([makeItem(content)])).toEqual([]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType(), { orderedFacts: [PDCA] })).toEqual([]);
  });
});
