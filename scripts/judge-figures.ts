// Figures from an independent judge's verdicts (docs/bank-quality.md):
//   npm run build && node dist/scripts/judge-figures.js DIR
// DIR holds what scripts/bank-sample.ts wrote (<spec>.key.json) and the judges' verdicts-*.json. For
// published samples (labels P…) it counts usable as-is / minor edit / unusable and wrong keys; for
// candidate samples (labels C…) it measures the checker's recall: of the items the judge found
// flawed, the share the checker flagged, with ERROR findings alone and with warnings too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Verdict {
  spec: string;
  label: string;
  type: string;
  verdict: 'USABLE' | 'MINOR' | 'UNUSABLE';
  key: string;
  flaws: string[];
}

interface KeyFile {
  candidates: { label: string; findings: { rule: string; severity: string }[] }[];
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;

function main(): void {
  const dir = process.argv[2];
  const verdicts: Verdict[] = readdirSync(dir)
    .filter((file) => /^verdicts-.*\.json$/.test(file))
    .flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Verdict[]);
  const published = verdicts.filter((verdict) => verdict.label.startsWith('P'));
  const candidates = verdicts.filter((verdict) => verdict.label.startsWith('C'));
  const lines: string[] = [];
  if (published.length > 0) {
    lines.push(
      '| specification | items | usable as-is | minor edit | unusable | wrong or undefined keys |',
      '|---|---|---|---|---|---|',
    );
    const specs = [...new Set(published.map((verdict) => verdict.spec))].sort();
    for (const spec of [...specs, 'all']) {
      const rows = spec === 'all' ? published : published.filter((verdict) => verdict.spec === spec);
      const count = (v: Verdict['verdict']): number => rows.filter((row) => row.verdict === v).length;
      const usable = count('USABLE');
      const minor = count('MINOR');
      lines.push(
        `| ${spec} | ${rows.length} | ${usable} (${percent(usable, rows.length)}) | ${minor} (${percent(minor, rows.length)}) | ` +
          `${count('UNUSABLE')} (${percent(count('UNUSABLE'), rows.length)}) | ${rows.filter((row) => row.key === 'wrong' || row.key === 'undefined').length} |`,
      );
    }
    const flaws = new Map<string, number>();
    for (const verdict of published.filter((v) => v.verdict !== 'USABLE'))
      for (const flaw of verdict.flaws) flaws.set(flaw, (flaws.get(flaw) ?? 0) + 1);
    lines.push(
      '',
      `Flaws in published items not usable as-is: ${[...flaws]
        .sort((a, b) => b[1] - a[1])
        .map(([f, n]) => `${f} ${n}`)
        .join(', ')}`,
    );
  }
  if (candidates.length > 0) {
    const keys = new Map<string, KeyFile['candidates'][number]>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.key.json'))) {
      const key = JSON.parse(readFileSync(join(dir, file), 'utf8')) as KeyFile;
      for (const candidate of key.candidates)
        keys.set(`${file.replace(/\.key\.json$/, '')}#${candidate.label}`, candidate);
    }
    const flawed = candidates.filter((verdict) => verdict.verdict !== 'USABLE');
    const sound = candidates.filter((verdict) => verdict.verdict === 'USABLE');
    const findingsOf = (verdict: Verdict) => keys.get(`${verdict.spec}#${verdict.label}`)?.findings ?? [];
    const errors = (verdict: Verdict): boolean =>
      findingsOf(verdict).some((finding) => finding.severity === 'ERROR');
    const any = (verdict: Verdict): boolean => findingsOf(verdict).length > 0;
    const unusable = flawed.filter((verdict) => verdict.verdict === 'UNUSABLE');
    lines.push(
      '',
      `Candidates judged: ${candidates.length}; flawed (minor or unusable): ${flawed.length}; unusable: ${unusable.length}.`,
      `Checker recall on flawed items: ${flawed.filter(errors).length}/${flawed.length} (${percent(flawed.filter(errors).length, flawed.length)}) with errors, ` +
        `${flawed.filter(any).length}/${flawed.length} (${percent(flawed.filter(any).length, flawed.length)}) with warnings too.`,
      `Checker recall on unusable items: ${unusable.filter(errors).length}/${unusable.length} (${percent(unusable.filter(errors).length, unusable.length)}) with errors.`,
      `Items the judge found usable that the checker rejected: ${sound.filter(errors).length}/${sound.length}.`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
