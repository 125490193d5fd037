import { extractTip } from './extract-tips';

const tip = (text: string) => extractTip({ text, line: 11, endLine: 11, source: 'EXAM_TIP' }).advice;

describe(extractTip.name, () => {
  const sut = tip;

  it('should turn an instruction into advice a learner can judge', () => {
    expect(
      sut('Always consider the limitations of your data and suggest improvements to collection methods.'),
    ).toBe(
      'You should always consider the limitations of your data and suggest improvements to collection methods.',
    );
  });

  it('should keep a leading condition, never opening with "When"', () => {
    expect(sut('In analysis tasks, clearly show your working.')).toBe(
      'In analysis tasks, you should clearly show your working.',
    );
    expect(
      sut(
        'When answering questions on obtaining information, always reference specific data collection methods.',
      ),
    ).toBe(
      'If answering questions on obtaining information, you should always reference specific data collection methods.',
    );
  });
});
