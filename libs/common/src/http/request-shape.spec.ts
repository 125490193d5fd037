import { findRequestShapeProblem, RequestShapeProblemCode } from './request-shape';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe(findRequestShapeProblem.name, () => {
  const sut = findRequestShapeProblem;

  it('should accept a plain body', () => {
    expect(
      sut({ title: 'Quiz', settings: { items: [1, 'two', null, { ok: true }] } }, 'body'),
    ).toBeUndefined();
  });

  it('should refuse a body nested deeper than the limit without recursing, at any depth', () => {
    expect(sut(nested(31), 'body')).toBeUndefined();
    expect(sut(nested(33), 'body')).toMatchObject({ code: RequestShapeProblemCode.BODY_TOO_DEEP });
    expect(sut(nested(200_000), 'body')).toMatchObject({ code: RequestShapeProblemCode.BODY_TOO_DEEP });
  });

  it('should refuse an object with too many keys', () => {
    const wide = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]));
    expect(sut({ wide }, 'body')).toEqual({
      code: RequestShapeProblemCode.BODY_TOO_MANY_KEYS,
      field: 'wide',
    });
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
  ])('should name the field of a string with %s', (_name, text) => {
    expect(sut({ items: [{ stem: 'fine' }, { stem: text }] }, 'body')).toEqual({
      code: RequestShapeProblemCode.INVALID_CHARACTER,
      field: 'items[1].stem',
    });
    expect(sut({ iss: text }, 'query')).toEqual({
      code: RequestShapeProblemCode.INVALID_CHARACTER,
      field: 'query.iss',
    });
    expect(sut(text, 'body')).toEqual({ code: RequestShapeProblemCode.INVALID_CHARACTER, field: 'body' });
  });

  it('should accept paired surrogates (emoji) and other control characters', () => {
    expect(sut({ title: 'Quiz 😀 \t\u0001' }, 'body')).toBeUndefined();
  });

  it('should walk a valid 1 MB body in a few milliseconds', () => {
    const items = Array.from({ length: 4000 }, (_, i) => ({
      stem: `Question ${i}: ${'which of these is an analytical tool? '.repeat(4)}`,
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id} ${'x'.repeat(20)} 😀` })),
    }));
    const body = JSON.parse(JSON.stringify({ items })) as unknown;
    expect(JSON.stringify(body).length).toBeGreaterThan(1_000_000);
    sut(body, 'body');
    const runs = 20;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) expect(sut(body, 'body')).toBeUndefined();
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / runs;
    process.stdout.write(
      `request-shape walk of a ${JSON.stringify(body).length} B body: ${ms.toFixed(2)} ms\n`,
    );
    // Generous for a loaded CI machine: plain node measures 6–11 ms, against 13–16 ms for JSON.parse itself.
    expect(ms).toBeLessThan(100);
  });
});
