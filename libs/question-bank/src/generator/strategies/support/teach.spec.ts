import { teach } from './draft';

describe(teach.name, () => {
  const sut = teach;

  it.each([
    [
      'Revisit the stages of mitosis in lines 7 and 24 of the specification: Prophase → Metaphase.',
      'Stages of mitosis: Prophase → Metaphase.',
    ],
    [
      'The statement is false. The order is A → B. See lines 7 and 24 of the specification.',
      'The statement is false. The order is A → B.',
    ],
    [
      'Use the formula for variance (line 26 of the specification): Variance = actual − budget.',
      'Formula for variance: Variance = actual − budget.',
    ],
    [
      'Revisit line 6 of the specification: Nucleus controls the activities of the cell.',
      'Nucleus controls the activities of the cell.',
    ],
    ['Revisit the key concepts in line 5 of the specification.', ''],
    [
      'Mitochondria are the site of aerobic respiration.',
      'Mitochondria are the site of aerobic respiration.',
    ],
  ])('should turn %j into feedback that explains', (input, expected) => {
    expect(sut(input)).toBe(expected);
  });
});
