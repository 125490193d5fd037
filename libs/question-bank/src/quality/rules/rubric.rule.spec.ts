import { extendedResponseContent, makeItem, oneOfEachType } from '../testing/make-item';
import { rubricRule } from './rubric.rule';

describe(rubricRule.name, () => {
  const sut = rubricRule;

  it('should flag an empty rubric', () => {
    expect(sut([makeItem(extendedResponseContent({ rubric: [] }), { maxScore: 4 })])).toEqual([
      { rule: 'rubric', severity: 'ERROR', itemIndex: 0, message: 'the rubric has no criteria' },
    ]);
  });

  it('should flag repeated criterion ids', () => {
    const rubric = [
      { id: 'c1', description: 'Defines an SLA', marks: 2 },
      { id: 'c1', description: 'Explains expectations', marks: 2 },
    ];
    expect(sut([makeItem(extendedResponseContent({ rubric }))]).map((f) => f.message)).toEqual([
      'criterion ids used twice: "c1"',
    ]);
  });

  it('should flag criteria without positive marks and a total that differs from maxScore', () => {
    const rubric = [
      { id: 'c1', description: 'Defines an SLA', marks: 4 },
      { id: 'c2', description: 'Explains expectations', marks: 0 },
    ];
    expect(
      sut([makeItem(extendedResponseContent({ rubric }), { maxScore: 6 })]).map((f) => f.message),
    ).toEqual(['criteria without positive marks: "c2"', "the rubric's marks add up to 4 but maxScore is 6"]);
  });

  it('should accept half marks that add up to maxScore', () => {
    const rubric = [0.1, 0.2, 0.7].map((marks, index) => ({ id: `c${index}`, description: 'Point', marks }));
    expect(sut([makeItem(extendedResponseContent({ rubric }), { maxScore: 1 })])).toEqual([]);
  });

  it('should not flag valid items of any type', () => {
    expect(sut(oneOfEachType())).toEqual([]);
  });
});
