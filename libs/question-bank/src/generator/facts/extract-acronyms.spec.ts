import { extractAcronyms } from './extract-acronyms';
import type { SourceLine } from './phrases';

const at = (text: string, line: number, concept?: string): SourceLine => ({
  text,
  line,
  endLine: line,
  source: 'KEY_CONCEPT',
  ...(concept ? { concept } : {}),
});

describe(extractAcronyms.name, () => {
  const sut = extractAcronyms;

  it('should read abbreviations after their expansions on sample 003 line 5', () => {
    const facts = sut(
      at(
        'including the use of service level agreements (SLAs) and key performance indicators (KPIs).',
        5,
        'Customer Service Excellence',
      ),
    );
    expect(facts.map(({ acronym, expansion }) => ({ acronym, expansion }))).toEqual([
      { acronym: 'SLA', expansion: 'service level agreements' },
      { acronym: 'KPI', expansion: 'key performance indicators' },
    ]);
  });

  it('should skip small words such as "and" inside an expansion', () => {
    const [fact] = sut(
      at('the use of Hazard Analysis and Critical Control Points (HACCP) to prevent food poisoning', 3),
    );
    expect(fact).toMatchObject({
      acronym: 'HACCP',
      expansion: 'Hazard Analysis and Critical Control Points',
    });
  });

  it('should read an expansion in brackets after the abbreviation', () => {
    const [fact] = sut(
      at('PRINCE2 (PRojects IN Controlled Environments) rests on seven principles', 5, 'PRINCE2 principles'),
    );
    expect(fact).toMatchObject({ acronym: 'PRINCE2', expansion: 'PRojects IN Controlled Environments' });
  });

  it('should find the expansion of a concept named by an abbreviation', () => {
    const [fact] = sut(
      at(
        'The Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013 require employers to report',
        11,
        'RIDDOR 2013',
      ),
    );
    expect(fact).toMatchObject({
      acronym: 'RIDDOR',
      expansion: 'Reporting of Injuries, Diseases and Dangerous Occurrences Regulations',
    });
  });

  it('should not invent an expansion the words do not spell', () => {
    expect(sut(at('denial of service attacks (XYZ)', 7))).toEqual([]);
  });
});
