import { sampleSpec } from '../testing/spec-files';
import { orderedFactsOf } from './ordered-facts';

describe(orderedFactsOf.name, () => {
  it('should list the ordered models of sample 003 with their lines', () => {
    expect(orderedFactsOf(sampleSpec(1))).toEqual([
      { lines: [6], steps: ['Listen', 'Apologise', 'Solve', 'Say thanks'] },
      { lines: [9], steps: ['Plan', 'Do', 'Check', 'Act'] },
    ]);
  });
});
