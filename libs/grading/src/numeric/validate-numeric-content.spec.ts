import { makeNumericContent } from '../testing/numeric-content.factory';
import { validateNumericContent } from './validate-numeric-content';

describe(validateNumericContent.name, () => {
  it('should find no problem in a deliverable item', () => {
    expect(validateNumericContent(makeNumericContent())).toEqual([]);
  });

  it('should require parameter names to equal the formula inputs', () => {
    const content = makeNumericContent({
      stem: '{fixedCosts} {sellingPrice} {price}',
      parameters: [
        { name: 'fixedCosts', label: 'Fixed costs', min: 1000, max: 2000, step: 100 },
        { name: 'sellingPrice', label: 'Price', min: 5, max: 8, step: 1 },
        { name: 'price', label: 'Price', min: 5, max: 8, step: 1 },
      ],
    });
    expect(validateNumericContent(content)).toEqual([
      { field: 'parameters', message: 'missing formula inputs: variableCostPerUnit' },
      { field: 'parameters', message: 'not inputs of BREAK_EVEN_UNITS: price' },
    ]);
  });

  it('should report duplicate names, bad ranges, decimals, tolerance and stem placeholders', () => {
    const content = makeNumericContent({
      stem: '{fixedCosts} {sellingPrice} {unknown}',
      parameters: [
        { name: 'fixedCosts', label: 'Fixed costs', min: 1000, max: 2000, step: -5 },
        { name: 'sellingPrice', label: 'Price', min: 9, max: 8, step: 1 },
        { name: 'variableCostPerUnit', label: 'Variable cost', min: 1, max: Number.NaN, step: 1 },
        { name: 'sellingPrice', label: 'Price again', min: 1, max: 2, step: 1 },
      ],
      decimals: -1,
      tolerance: { kind: 'ABSOLUTE', value: -0.5 },
    });
    expect(validateNumericContent(content)).toEqual([
      { field: 'parameters', message: 'duplicate names: sellingPrice' },
      { field: 'parameters[0].step', message: 'must be greater than 0' },
      { field: 'parameters[1].min', message: 'must not be greater than max' },
      { field: 'parameters[2]', message: 'min, max and step must be finite numbers' },
      { field: 'decimals', message: 'must be an integer between 0 and 12' },
      { field: 'tolerance.value', message: 'must be a finite number ≥ 0' },
      { field: 'stem', message: 'has no placeholder for {variableCostPerUnit}' },
      { field: 'stem', message: 'has placeholders without a parameter: unknown' },
    ]);
  });

  it('should reject ranges that never give a meaningful result', () => {
    const content = makeNumericContent({
      parameters: [
        { name: 'fixedCosts', label: 'Fixed costs', min: 1000, max: 2000, step: 500 },
        { name: 'sellingPrice', label: 'Price', min: 5, max: 8, step: 1 },
        { name: 'variableCostPerUnit', label: 'Variable cost', min: 8, max: 10, step: 1 },
      ],
    });
    expect(validateNumericContent(content)).toEqual([
      { field: 'parameters', message: 'ranges rarely give a meaningful BREAK_EVEN_UNITS result' },
    ]);
  });
});
