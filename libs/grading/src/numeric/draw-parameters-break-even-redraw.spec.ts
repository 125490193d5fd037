import { GradingErrorCode } from '../exceptions/grading.error';
import { captureGradingError } from '../testing/capture-grading-error';
import { makeNumericContent } from '../testing/numeric-content.factory';
import { drawParameters } from './draw-parameters';

describe(drawParameters.name, () => {
  it('should give the same values for the same seed', () => {
    const content = makeNumericContent();
    expect(drawParameters(content, 'attempt-7:item-3')).toEqual(drawParameters(content, 'attempt-7:item-3'));
  });

  it('should keep the pinned values for a known seed', () => {
    // Pinned: stored attempts re-derive their numbers from the seed, so these must never drift.
    expect(drawParameters(makeNumericContent(), 'attempt-7:item-3')).toEqual(PINNED_DRAW);
  });

  it('should give different values for different seeds', () => {
    const content = makeNumericContent();
    const draws = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((seed) => JSON.stringify(drawParameters(content, seed))),
    );
    expect(draws.size).toBe(5);
  });

  it('should redraw until the selling price exceeds the variable cost', () => {
    // Of the 3 × 4 price/cost combinations only (11, 10), (12, 10) and (12, 11) break even, so most
    // first draws are rejected (including price = cost, whose result is Infinity).
    const content = makeNumericContent({
      parameters: [
        { name: 'fixedCosts', label: 'Fixed costs', min: 1000, max: 1000, step: 1 },
        { name: 'sellingPrice', label: 'Price', min: 10, max: 12, step: 1 },
        { name: 'variableCostPerUnit', label: 'Variable cost', min: 10, max: 13, step: 1 },
      ],
    });
    for (let index = 0; index < 100; index++) {
      const values = drawParameters(content, `redraw-${index}`);
      expect(values.sellingPrice).toBeGreaterThan(values.variableCostPerUnit);
    }
  });

  it('should land on exact decimal grid values', () => {
    const content = makeNumericContent({
      parameters: [
        { name: 'fixedCosts', label: 'Fixed costs', min: 1000, max: 1000, step: 1 },
        { name: 'sellingPrice', label: 'Price', min: 20.1, max: 20.3, step: 0.1 },
        { name: 'variableCostPerUnit', label: 'Variable cost', min: 0.1, max: 0.3, step: 0.1 },
      ],
    });
    const seen = new Set<number>();
    for (let index = 0; index < 60; index++) {
      const values = drawParameters(content, `grid-${index}`);
      seen.add(values.sellingPrice).add(values.variableCostPerUnit);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([0.1, 0.2, 0.3, 20.1, 20.2, 20.3]);
  });

  it('should throw INVALID_PARAMETER when no draw can break even', () => {
    const content = makeNumericContent({
      parameters: [
        { name: 'fixedCosts', label: 'Fixed costs', min: 1000, max: 2000, step: 500 },
        { name: 'sellingPrice', label: 'Price', min: 5, max: 8, step: 1 },
        { name: 'variableCostPerUnit', label: 'Variable cost', min: 8, max: 10, step: 1 },
      ],
    });
    const error = captureGradingError(() => drawParameters(content, 'any'));
    expect(error.code).toBe(GradingErrorCode.INVALID_PARAMETER);
  });

  it('should throw INVALID_CONTENT with every structural problem', () => {
    const content = makeNumericContent({
      parameters: [
        { name: 'fixedCosts', label: 'Fixed costs', min: 2000, max: 1000, step: 100 },
        { name: 'sellingPrice', label: 'Price', min: 5, max: 8, step: 0 },
      ],
    });
    const error = captureGradingError(() => drawParameters(content, 'any'));
    expect(error.code).toBe(GradingErrorCode.INVALID_CONTENT);
    expect(error.details).toEqual([
      { field: 'parameters', message: 'missing formula inputs: variableCostPerUnit' },
      { field: 'parameters[0].min', message: 'must not be greater than max' },
      { field: 'parameters[1].step', message: 'must be greater than 0' },
      { field: 'stem', message: 'has placeholders without a parameter: variableCostPerUnit' },
    ]);
  });
});

// Key: 42,000 ÷ (24 − 15.75) = 5,090.9… → 5,091 units.
const PINNED_DRAW = { fixedCosts: 42000, sellingPrice: 24, variableCostPerUnit: 15.75 };
