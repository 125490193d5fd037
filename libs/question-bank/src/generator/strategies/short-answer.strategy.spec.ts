import { answersMatch, type ShortAnswerContent } from '@markpoint/grading';
import { sampleSpec, specFiles } from '../testing/spec-files';
import { strategyContext } from '../testing/strategy-context';
import { answerVariants, ShortAnswerStrategy } from './short-answer.strategy';

const shortAnswers = (items: ReturnType<ShortAnswerStrategy['generate']>): ShortAnswerContent[] =>
  items.flatMap((item) => (item.content.type === 'SHORT_ANSWER' ? [item.content] : []));
const accepts = (content: ShortAnswerContent | undefined, answer: string): boolean =>
  (content?.acceptedAnswers ?? []).some((accepted) => answersMatch(answer, accepted));

describe(ShortAnswerStrategy.name, () => {
  const sut = new ShortAnswerStrategy();

  it('should accept the expansion of PDCA with hyphens, spaces or commas', () => {
    const project = specFiles().find((file) => file.name === 'project-management.txt');
    if (!project) throw new Error('project-management fixture missing');
    const pdca = shortAnswers(sut.generate(strategyContext(project.spec, 0))).find(
      (content) => content.stem === 'What does PDCA stand for?',
    );
    for (const answer of ['Plan-Do-Check-Act', 'plan do check act', 'Plan, Do, Check, Act'])
      expect(accepts(pdca, answer)).toBe(true);
    expect(accepts(pdca, 'Plan Do Check')).toBe(false);
  });

  it('should ask for the year in the title of an Act', () => {
    const year = shortAnswers(sut.generate(strategyContext(sampleSpec(0), 4))).find((content) =>
      content.stem.includes('Data Protection Act'),
    );
    expect(year?.stem).toBe('What year appears in the full title of the Data Protection Act?');
    expect(accepts(year, '2018')).toBe(true);
  });

  it('should ask which measure a formula calculates', () => {
    const measure = shortAnswers(sut.generate(strategyContext(sampleSpec(1), 2))).find((content) =>
      content.stem.includes('revenue − cost of sales'),
    );
    expect(accepts(measure, 'Gross Profit')).toBe(true);
  });

  it('should ask for a conversion in the units the spec uses', () => {
    const cells = specFiles().find((file) => file.name === 'cell-biology.txt');
    if (!cells) throw new Error('cell-biology fixture missing');
    const conversion = shortAnswers(sut.generate(strategyContext(cells.spec, 4))).find((content) =>
      content.stem.includes('0.25 mm'),
    );
    expect(accepts(conversion, '250')).toBe(true);
    expect(accepts(conversion, '250 µm')).toBe(true);
  });
});

describe(answerVariants.name, () => {
  it('should add the usual variants once each', () => {
    expect(answerVariants(['service level agreements'])).toEqual([
      'service level agreements',
      'service level agreement',
    ]);
    expect(answerVariants(['Confidentiality, Integrity, Availability'])).toEqual([
      'Confidentiality, Integrity, Availability',
      'Confidentiality, Integrity and Availability',
    ]);
    expect(answerVariants(['Specific, Measurable and Time-bound'])).toEqual([
      'Specific, Measurable and Time-bound',
    ]);
  });
});
