import { extractMisconception } from './extract-misconceptions';

const misconception = (text: string, line = 17) =>
  extractMisconception({ text, line, endLine: line, source: 'MISCONCEPTION' });

describe(extractMisconception.name, () => {
  const sut = misconception;

  it.each([
    [
      'Confusing correlation with causation when interpreting sales trends.',
      'CONFUSING',
      'Correlation and causation mean the same thing when interpreting sales trends.',
      'Correlation is not the same as causation when interpreting sales trends.',
    ],
    [
      'Assuming innovation only relates to technology, ignoring process or business model innovations.',
      'BELIEVING',
      'Innovation only relates to technology.',
      'Process or business model innovations should also be considered.',
    ],
    [
      'Treating sales and marketing as separate rather than complementary functions.',
      'TREATING',
      'Sales and marketing should be treated as separate rather than complementary functions.',
      'Sales and marketing should be treated as complementary functions.',
    ],
    [
      'Failing to validate the credibility of data sources.',
      'FAILING',
      'It is not necessary to validate the credibility of data sources.',
      'It is important to validate the credibility of data sources.',
    ],
    [
      'Overlooking confidentiality and data protection requirements.',
      'OVERLOOKING',
      'Confidentiality and data protection requirements can safely be overlooked.',
      'Confidentiality and data protection requirements must not be overlooked.',
    ],
    [
      'Presenting raw data without meaningful analysis or commentary.',
      'PRESENTING',
      'It is acceptable to present raw data without meaningful analysis or commentary.',
      'Raw data should be presented with meaningful analysis or commentary.',
    ],
    [
      'Selecting inappropriate analytical methods for the data type.',
      'SELECTING',
      'Any analytical methods can be used regardless of the data type.',
      'Analytical methods should be selected to suit the data type.',
    ],
    [
      'Creating budgets without contingency or flexible elements.',
      'WITHOUT',
      'Creating budgets without contingency or flexible elements is acceptable practice.',
      'Budgets should include contingency or flexible elements.',
    ],
  ])('should turn "%s" into a %s false and true claim', (text, pattern, falseClaim, trueClaim) => {
    expect(sut(text)).toMatchObject({
      kind: 'MISCONCEPTION',
      pattern,
      falseClaim,
      trueClaim,
      mistake: text.slice(0, -1),
      lines: [17],
    });
  });

  it('should give the subject to a correction that starts with "it"', () => {
    expect(
      sut('Thinking that PDCA is completed once, when it is a repeating cycle of continuous improvement.'),
    ).toMatchObject({
      falseClaim: 'PDCA is completed once.',
      trueClaim: 'PDCA is a repeating cycle of continuous improvement.',
    });
  });

  it('should take "A is C" as the truth of "A is B rather than C"', () => {
    expect(
      sut('Believing that PRINCE2 is a software tool rather than a process-based project management method.')
        .trueClaim,
    ).toBe('PRINCE2 is a process-based project management method.');
  });

  it('should cut each side of a confusion at its aside', () => {
    expect(
      sut('Confusing a risk, an uncertain event that may happen, with an issue, which has already happened.')
        .falseClaim,
    ).toBe('A risk and an issue mean the same thing.');
  });

  it('should leave out a true claim it cannot write safely', () => {
    const fact = sut(
      'Stating that bacteria have no DNA because they have no nucleus, instead of describing the single loop of DNA.',
    );
    expect(fact.falseClaim).toBe('Bacteria have no DNA because they have no nucleus.');
    expect(fact.trueClaim).toBeUndefined();
  });

  it('should resolve "their" in a correction to the thing the belief is about', () => {
    expect(
      sut(
        'Believing that chilling or freezing food kills bacteria, when low temperatures only slow or stop their growth.',
      ).trueClaim,
    ).toBe('Low temperatures only slow or stop the growth of bacteria.');
  });

  it('should fall back to "<mistake> is correct practice" for other bullets', () => {
    expect(
      sut('Dividing the actual size by the image size, which gives the reciprocal of the magnification.'),
    ).toMatchObject({
      pattern: 'OTHER',
      falseClaim: 'Dividing the actual size by the image size is correct practice.',
    });
  });
});
