// A small reader over untrusted YAML data that records every problem with its path
// (`formulas[0].parameters.revenue.min`) instead of stopping at the first.
export class PackReader {
  readonly problems: { path: string; message: string }[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.fail(path, 'must be a mapping');
    return undefined;
  }

  string(parent: Record<string, unknown>, key: string, path: string, optional = false): string | undefined {
    const value = parent[key];
    if (value === undefined && optional) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    this.fail(`${path}.${key}`, value === undefined ? 'is required' : 'must be a non-empty string');
    return undefined;
  }

  number(parent: Record<string, unknown>, key: string, path: string, optional = false): number | undefined {
    const value = parent[key];
    if (value === undefined && optional) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.fail(`${path}.${key}`, value === undefined ? 'is required' : 'must be a finite number');
    return undefined;
  }

  boolean(parent: Record<string, unknown>, key: string, path: string, fallback: boolean): boolean {
    const value = parent[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.fail(`${path}.${key}`, 'must be true or false');
    return fallback;
  }

  strings(parent: Record<string, unknown>, key: string, path: string, minimum = 0): string[] {
    const value = parent[key] ?? [];
    if (!Array.isArray(value)) {
      this.fail(`${path}.${key}`, 'must be a list of strings');
      return [];
    }
    const items: string[] = [];
    value.forEach((item, index) => {
      if (typeof item === 'string' && item.trim() !== '') items.push(item.trim());
      else this.fail(`${path}.${key}[${index}]`, 'must be a non-empty string');
    });
    if (items.length < minimum) this.fail(`${path}.${key}`, `needs at least ${minimum} entries`);
    return items;
  }

  list<T>(
    parent: Record<string, unknown>,
    key: string,
    path: string,
    read: (item: unknown, path: string) => T | undefined,
  ): T[] {
    const value = parent[key] ?? [];
    if (!Array.isArray(value)) {
      this.fail(`${path}.${key}`, 'must be a list');
      return [];
    }
    return value
      .map((item, index) => read(item, `${path}.${key}[${index}]`))
      .filter((item): item is T => item !== undefined);
  }
}
