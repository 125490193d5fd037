import { extractCalculations } from './extract-calculations';
import type { SourceLine } from './phrases';

const at = (text: string, line: number): SourceLine => ({
  text,
  line,
  endLine: line,
  source: 'MARKING_POINT',
});

describe(extractCalculations.name, () => {
  const sut = extractCalculations;

  it('should map the calculations of sample 003 line 25 to formulas', () => {
    const facts = sut(
      at(
        'Credit given for correctly calculating key financial figures (e.g., gross profit, net profit, break-even) and linking them.',
        25,
      ),
    );
    expect(facts.map(({ name, formula }) => ({ name, formula }))).toEqual([
      { name: 'gross profit', formula: 'GROSS_PROFIT' },
      { name: 'net profit', formula: 'NET_PROFIT' },
      { name: 'break-even', formula: 'BREAK_EVEN_UNITS' },
    ]);
  });

  it('should map a variance analysis to both variance formulas', () => {
    const facts = sut(
      at(
        'Evidence must include a budget that reflects realistic income/expenditure and a justified variance analysis.',
        26,
      ),
    );
    expect(facts.map((fact) => fact.formula)).toEqual(['VARIANCE', 'VARIANCE_PERCENT']);
  });

  it('should not count "profit" alone or a margin as another formula\'s operand', () => {
    expect(sut(at('Confusing cash flow with profit when discussing financial performance.', 17))).toEqual([]);
    expect(
      sut(at('calculating net profit margin as (net profit ÷ revenue) × 100', 24)).map(
        (fact) => fact.formula,
      ),
    ).toEqual(['NET_PROFIT_MARGIN']);
  });

  it('should not read "variance" outside finance as a budget variance', () => {
    expect(sut(at('Genetic variance between individuals of a species.', 4))).toEqual([]);
  });
});
