import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the fuzz reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  nullable?: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

/** Strings that broke, or could break, a layer between HTTP and PostgreSQL. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00y',
    '😀',
    '99999999999999999999',
    '9223372036854775808',
    '2147483648',
    '-1',
    '0',
    '1e400',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '%00',
    '%',
    '../../etc/passwd',
    "'; DROP TABLE items; --",
    '<script>alert(1)</script>',
    'mp-0000000000',
    '00000000-0000-0000-0000-000000000000',
    'x'.repeat(5000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1,
    0.5,
    -0,
    2 ** 31,
    2 ** 31 - 1,
    2 ** 53,
    -(2 ** 63),
    1e308,
    Number.MAX_SAFE_INTEGER,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.constantFrom(null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Outbound URLs only ever point at a closed loopback port, or are not URLs at all. */
const URL_LIKE = /ur[il]|jwks|endpoint|issuer|openid|domain|host|target|redirect|webhook|^iss$/i;
export const safeUrl = fc.constantFrom('http://127.0.0.1:9/x', 'https://127.0.0.1:9/', 'not a url', '');

/** `{"a":{"a":…}}` thousands deep, as text: building it as a value and stringifying would recurse. */
export const deepJson: fc.Arbitrary<string> = fc
  .integer({ min: 1_000, max: 20_000 })
  .map((depth) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`);

export class SchemaArbitraries {
  constructor(private readonly doc: OpenApiDocument) {}

  /** A value shaped by the schema; with `nasty`, any leaf may be replaced by a hostile value. */
  of(schema: Schema | undefined, nasty: boolean, name = '', depth = 0): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    if (URL_LIKE.test(name)) return nasty ? fc.oneof(safeUrl, nastyValue.filter(notUrl)) : safeUrl;
    const shaped = this.shaped(s, nasty, depth);
    const withNull = s.nullable ? fc.oneof(shaped, fc.constant(null)) : shaped;
    return nasty
      ? fc.oneof({ weight: 3, arbitrary: withNull }, { weight: 1, arbitrary: nastyValue })
      : withNull;
  }

  private shaped(s: Schema, nasty: boolean, depth: number): fc.Arbitrary<unknown> {
    const variants = s.oneOf ?? s.anyOf;
    if (variants?.length) return fc.oneof(...variants.map((v) => this.of(v, nasty, '', depth)));
    if (s.allOf?.length) return this.of(this.merge(s.allOf), nasty, '', depth);
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') return fc.uuid();
        if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
        return fc.string({ maxLength: Math.min(s.maxLength ?? 40, 200) });
      case 'integer':
        return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
      case 'number':
        return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 4
          ? fc.constant([])
          : fc.array(this.of(s.items, nasty, '', depth + 1), { maxLength: 4 });
      default: {
        if (!s.properties)
          return depth > 4 ? fc.constant({}) : fc.dictionary(fc.string(), nastyValue, { maxKeys: 3 });
        const props = Object.entries(s.properties);
        const record = fc.record(
          Object.fromEntries(props.map(([key, p]) => [key, this.of(p, nasty, key, depth + 1)])),
          { requiredKeys: nasty ? [] : (s.required ?? []).filter((k) => k in s.properties!) },
        );
        // Unknown keys must be refused by the whitelist, never reach SQL.
        return nasty
          ? fc.tuple(record, fc.dictionary(nastyString, nastyValue, { maxKeys: 2 })).map(([r, extra]) => ({
              ...extra,
              ...r,
            }))
          : record;
      }
    }
  }

  private resolve(schema: Schema | undefined): Schema {
    let s = schema ?? {};
    for (let i = 0; s.$ref && i < 10; i++) {
      s = this.doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
    }
    return s;
  }

  private merge(parts: Schema[]): Schema {
    const resolved = parts.map((p) => this.resolve(p));
    return {
      type: 'object',
      properties: Object.assign({}, ...resolved.map((p) => p.properties ?? {})) as Record<string, Schema>,
      required: resolved.flatMap((p) => p.required ?? []),
    };
  }
}

function notUrl(value: unknown): boolean {
  return typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(value);
}
