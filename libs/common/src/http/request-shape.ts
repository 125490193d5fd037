/** What a parsed request (body, query, path parameters) may look like before any pipe sees it. */
export interface RequestShapeLimits {
  /** Deepest nesting of objects and arrays; the validation pipe recurses, so it must stay small. */
  maxDepth: number;
  /** Most keys one object may have. */
  maxKeys: number;
}

export const DEFAULT_REQUEST_SHAPE_LIMITS: RequestShapeLimits = { maxDepth: 32, maxKeys: 1000 };

export enum RequestShapeProblemCode {
  BODY_TOO_DEEP = 'BODY_TOO_DEEP',
  BODY_TOO_MANY_KEYS = 'BODY_TOO_MANY_KEYS',
  /** NUL or an unpaired UTF-16 surrogate: PostgreSQL can store neither in text or jsonb. */
  INVALID_CHARACTER = 'INVALID_CHARACTER',
}

export interface RequestShapeProblem {
  code: RequestShapeProblemCode;
  /** `title`, `items[3].content.stem`, or the root name itself (`body`). */
  field: string;
}

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | undefined;
  key: string | number | undefined;
}

/** True when the string has a NUL or a lone surrogate (neither survives a trip through PostgreSQL). */
export function hasInvalidCharacter(text: string): boolean {
  return text.includes('\0') || !text.isWellFormed();
}

/**
 * Walks a parsed value iteratively (a recursive walk is what overflows the stack) and returns the
 * first problem: too deep, too many keys in one object, or a string PostgreSQL would refuse.
 * Paths are only built for the failing value, so a valid 1 MB body costs one pass and no strings.
 */
export function findRequestShapeProblem(
  root: unknown,
  rootName: string,
  limits: RequestShapeLimits = DEFAULT_REQUEST_SHAPE_LIMITS,
): RequestShapeProblem | undefined {
  const stack: Frame[] = [{ value: root, depth: 0, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (typeof value === 'string') {
      if (hasInvalidCharacter(value))
        return { code: RequestShapeProblemCode.INVALID_CHARACTER, field: pathOf(frame, rootName) };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth)
      return { code: RequestShapeProblemCode.BODY_TOO_DEEP, field: pathOf(frame, rootName) };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], depth: depth + 1, parent: frame, key: i });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.maxKeys)
      return { code: RequestShapeProblemCode.BODY_TOO_MANY_KEYS, field: pathOf(frame, rootName) };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (hasInvalidCharacter(key)) {
        const child = { value: undefined, depth: depth + 1, parent: frame, key: printable(key) };
        return { code: RequestShapeProblemCode.INVALID_CHARACTER, field: pathOf(child, rootName) };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: frame, key });
    }
  }
  return undefined;
}

function pathOf(frame: Frame, rootName: string): string {
  const parts: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) {
    parts.push(typeof f.key === 'number' ? `[${f.key}]` : `.${printable(f.key ?? '')}`);
  }
  const path = parts.reverse().join('');
  if (path === '') return rootName;
  // Body fields are named as the DTOs name them (`settings.title`); query and path ones keep their root.
  return rootName === 'body' ? path.replace(/^\./, '') : `${rootName}${path}`;
}

// A field name is echoed in the error: never echo the bad characters themselves.
function printable(key: string): string {
  return key
    .replace(/\0/g, '\\u0000')
    .replace(/[\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
