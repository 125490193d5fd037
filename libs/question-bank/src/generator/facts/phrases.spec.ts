import {
  acronymsIn,
  decapitalise,
  headBefore,
  splitBoundedList,
  splitOpenList,
  spellsAcronym,
} from './phrases';

describe(splitBoundedList.name, () => {
  const sut = splitBoundedList;

  it('should split a bracketed list on commas and a final "and"', () => {
    expect(sut('Specific, Measurable, Achievable, Relevant and Time-bound')).toEqual([
      'Specific',
      'Measurable',
      'Achievable',
      'Relevant',
      'Time-bound',
    ]);
  });

  it('should keep "and" inside a step when the steps are clauses', () => {
    expect(
      sut(
        'Conduct a hazard analysis, Determine the critical control points, Establish documentation and record keeping',
      ),
    ).toEqual([
      'Conduct a hazard analysis',
      'Determine the critical control points',
      'Establish documentation and record keeping',
    ]);
  });

  it('should drop "e.g." and a leading article', () => {
    expect(sut('e.g., SWOT analysis, the spreadsheets')).toEqual(['SWOT analysis', 'spreadsheets']);
  });
});

describe(splitOpenList.name, () => {
  const sut = splitOpenList;

  it('should end the list at the rest of the sentence', () => {
    expect(
      sut('phishing and ransomware and to recommend proportionate technical and human controls'),
    ).toEqual(['phishing', 'ransomware']);
  });

  it('should end the list at the item joined by "or"', () => {
    expect(sut('surveys, CRM systems, or mystery shopping')).toEqual([
      'surveys',
      'CRM systems',
      'mystery shopping',
    ]);
  });

  it('should stop at the first pair joined by "and" in the middle of a sentence', () => {
    expect(sut('viruses, worms, trojans and ransomware, social engineering')).toEqual([
      'viruses',
      'worms',
      'trojans',
      'ransomware',
    ]);
  });
});

describe(headBefore.name, () => {
  const sut = headBefore;

  it('should take the noun phrase before a list without the verb or vague adjectives', () => {
    expect(sut('always reference specific data collection methods')).toBe('data collection methods');
    expect(sut('Understanding key legislation')).toBe('legislation');
  });

  it('should keep "of" after a word such as "stages"', () => {
    expect(sut('Credit for naming the stages of mitosis')).toBe('stages of mitosis');
  });

  it('should keep noun adjuncts in -ing', () => {
    expect(sut('Net profit = gross profit − operating expenses')).toBe('operating expenses');
  });
});

describe(spellsAcronym.name, () => {
  const sut = spellsAcronym;

  it('should match the initials of the steps to the acronym', () => {
    expect(sut('LATER', ['Listen', 'Apologise', 'Thank', 'Explain', 'Resolve'])).toBe(true);
    expect(sut('LASS', ['Listen', 'Apologise', 'Solve', 'Say thanks'])).toBe(true);
    expect(sut('LATER', ['Listen', 'Apologise'])).toBe(false);
  });

  it('should read a counted acronym such as "4 Cs"', () => {
    expect(sut('4 Cs', ['Cleaning', 'Cooking', 'Chilling', 'Cross-contamination'])).toBe(true);
    expect(sut('7Ps', ['People', 'Process', 'Physical evidence'])).toBe(false);
  });
});

describe(acronymsIn.name, () => {
  it('should find acronyms in a concept name', () => {
    expect(acronymsIn('The 4 Cs of food hygiene')).toEqual(['4 Cs']);
    expect(acronymsIn('CIA triad')).toEqual(['CIA']);
  });
});

describe(decapitalise.name, () => {
  it('should lower-case an ordinary phrase but not a title or an acronym', () => {
    expect(decapitalise('Common threats')).toBe('common threats');
    expect(decapitalise('Computer Misuse Act 1990')).toBe('Computer Misuse Act 1990');
    expect(decapitalise('LATER model')).toBe('LATER model');
  });
});
