import { extractActions, markingPointFocus } from './extract-actions';

describe(extractActions.name, () => {
  const sut = extractActions;

  it('should read identify and explain with the words they govern on sample 003 line 23', () => {
    expect(
      sut(
        'Award credit for accurately identifying business market types (B2B, B2C, internal) and explaining their impact on customer service approaches.',
      ),
    ).toEqual([
      { verb: 'identify', object: 'business market types (B2B, B2C, internal)' },
      { verb: 'explain', object: 'their impact on customer service approaches' },
    ]);
  });

  it('should read a noun form followed by "of" as its verb', () => {
    expect(
      sut(
        'Evidence must include a clear description of how obtained information informs customer service improvements.',
      ),
    ).toEqual([
      { verb: 'describe', object: 'how obtained information informs customer service improvements' },
    ]);
  });

  it('should not read an adjective or a step name as an action', () => {
    expect(
      sut('Marks should reflect the ability to link analysed data to actionable service enhancements.'),
    ).toEqual([{ verb: 'link', object: 'analysed data to actionable service enhancements' }]);
    expect(
      sut(
        'Award credit for listing the stages of the PDCA cycle in order (Plan, Do, Check, Act) with an explanation of each stage.',
      ),
    ).toEqual([
      { verb: 'list', object: 'the stages of the PDCA cycle in order (Plan, Do, Check, Act)' },
      { verb: 'explain', object: 'each stage' },
    ]);
  });

  it('should find no action in a marking point that only names evidence', () => {
    expect(
      sut(
        'Evidence must include a budget that reflects realistic income/expenditure and a justified variance analysis.',
      ),
    ).toEqual([]);
  });
});

describe(markingPointFocus.name, () => {
  it('should drop the examiner wording and qualifiers', () => {
    expect(
      markingPointFocus(
        'Marks should reflect the ability to link analysed data to actionable service enhancements.',
      ),
    ).toBe('link analysed data to actionable service enhancements');
    expect(
      markingPointFocus(
        'Assessors must check for appropriate handling of confidential customer information.',
      ),
    ).toBe('appropriate handling of confidential customer information');
  });
});
