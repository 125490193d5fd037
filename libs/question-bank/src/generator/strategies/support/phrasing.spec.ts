import {
  article,
  formulaInWords,
  formulaName,
  isPluralPhrase,
  singularPhrase,
  termSentence,
} from './phrasing';

describe(singularPhrase.name, () => {
  it('should make the head noun singular, before "of" when there is one', () => {
    expect(singularPhrase('analytical tools')).toBe('analytical tool');
    expect(singularPhrase('types of hazard')).toBe('type of hazard');
    expect(singularPhrase('pricing strategies')).toBe('pricing strategy');
    expect(singularPhrase('bases of market segmentation')).toBe('basis of market segmentation');
  });
});

describe(isPluralPhrase.name, () => {
  it('should tell plural heads from words that only end in s', () => {
    expect(isPluralPhrase('data collection methods')).toBe(true);
    expect(isPluralPhrase('SWOT analysis')).toBe(false);
    expect(isPluralPhrase('Continuous Improvement')).toBe(false);
  });
});

describe(article.name, () => {
  it('should choose "an" by sound for words and acronyms', () => {
    expect(article('analytical tool')).toBe('an');
    expect(article('unit')).toBe('a');
    expect(article('SLA')).toBe('an');
    expect(article('KPI')).toBe('a');
  });
});

describe(termSentence.name, () => {
  it('should make a pack description agree with a plural term', () => {
    expect(termSentence('Surveys', 'asks a sample of customers the same questions')).toBe(
      'Surveys ask a sample of customers the same questions.',
    );
    expect(termSentence('Mystery shopping', 'uses a trained assessor')).toBe(
      'Mystery shopping uses a trained assessor.',
    );
  });
});

describe(formulaInWords.name, () => {
  it('should write formulas with the words a learner uses', () => {
    expect(formulaInWords('GROSS_PROFIT')).toBe('Revenue − cost of sales');
    expect(formulaInWords('BREAK_EVEN_UNITS')).toBe(
      'Fixed costs ÷ (selling price per unit − variable cost per unit)',
    );
    expect(formulaName('VARIANCE_PERCENT')).toBe('percentage variance');
    expect(formulaName('GROSS_PROFIT_MARGIN')).toBe('gross profit margin');
  });
});
