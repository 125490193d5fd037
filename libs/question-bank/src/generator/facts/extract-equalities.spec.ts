import { extractEqualities } from './extract-equalities';

describe(extractEqualities.name, () => {
  it('should read unit equivalences with their values', () => {
    const sut = extractEqualities;
    const facts = sut({
      text: '1 mm = 1000 µm and 1 µm = 1000 nm, for example 0.25 mm = 250 µm.',
      line: 9,
      endLine: 9,
      source: 'KEY_CONCEPT',
    });
    expect(facts.map(({ left, right }) => [left, right])).toEqual([
      [
        { value: 1, unit: 'mm' },
        { value: 1000, unit: 'µm' },
      ],
      [
        { value: 1, unit: 'µm' },
        { value: 1000, unit: 'nm' },
      ],
      [
        { value: 0.25, unit: 'mm' },
        { value: 250, unit: 'µm' },
      ],
    ]);
  });

  it('should ignore formulas without numbers', () => {
    expect(
      extractEqualities({
        text: 'Magnification = image size ÷ actual size',
        line: 8,
        endLine: 8,
        source: 'KEY_CONCEPT',
      }),
    ).toEqual([]);
  });
});
