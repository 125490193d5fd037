import { extractLegislation } from './extract-legislation';

describe(extractLegislation.name, () => {
  const sut = extractLegislation;

  it('should read the three Acts of sample 000 line 9 with their years', () => {
    const facts = sut({
      text: 'Understanding key legislation such as the Consumer Rights Act 2015, Equality Act 2010, and Data Protection Act 2018, and applying them in customer interactions.',
      line: 9,
      endLine: 9,
      source: 'KEY_CONCEPT',
    });
    expect(facts.map(({ name, year, title, lines }) => ({ name, year, title, lines }))).toEqual([
      { name: 'Consumer Rights Act', year: 2015, title: 'Consumer Rights Act 2015', lines: [9] },
      { name: 'Equality Act', year: 2010, title: 'Equality Act 2010', lines: [9] },
      { name: 'Data Protection Act', year: 2018, title: 'Data Protection Act 2018', lines: [9] },
    ]);
  });

  it('should keep small words and commas that belong to a title', () => {
    const titles = sut({
      text: 'under the Health and Safety at Work etc. Act 1974; The Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013 require',
      line: 4,
      endLine: 4,
      source: 'SYNOPSIS',
    }).map((fact) => fact.title);
    expect(titles).toEqual([
      'Health and Safety at Work etc. Act 1974',
      'Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013',
    ]);
  });

  it('should drop the sentence word in front of a title', () => {
    const [fact] = sut({
      text: 'Confusing the Computer Misuse Act 1990 with the Data Protection Act 2018',
      line: 18,
      endLine: 18,
      source: 'MISCONCEPTION',
    });
    expect(fact.title).toBe('Computer Misuse Act 1990');
  });
});
