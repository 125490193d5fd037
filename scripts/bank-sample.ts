// Draws seeded random samples of generated items for an independent judge (docs/bank-quality.md):
//   npm run build && node dist/scripts/bank-sample.js --out DIR --seed S --published 20 --candidates 15 SPEC...
// For each specification it writes DIR/<name>.published.md (a sample of the published bank) and
// DIR/<name>.candidates.md (a sample of every candidate written, before the checker), both blind to
// which strategy wrote an item, and DIR/<name>.key.json with what the checker found on each item, for
// measuring the checker's recall against the judge's verdicts. The judge gets the .md files only.
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRandom, type ItemDraft } from '@markpoint/grading';
import { generateBank, loadPacks, type LintFinding } from '@markpoint/question-bank';
import { markingPointKey, parseSpecification } from '@markpoint/spec';

interface Args {
  out: string;
  seed: string;
  published: number;
  candidates: number;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: 'bank-samples', seed: 'judge', published: 20, candidates: 15, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--out') args.out = argv[++i];
    else if (flag === '--seed') args.seed = argv[++i];
    else if (flag === '--published') args.published = Number(argv[++i]);
    else if (flag === '--candidates') args.candidates = Number(argv[++i]);
    else args.files.push(flag);
  }
  return args;
}

function renderItem(label: string, item: ItemDraft, points: Map<string, string>): string {
  const c = item.content;
  const lines = [`### ${label} · ${c.type} · ${item.level} · ${item.maxScore} mark(s)`];
  lines.push(`MARKING POINT: ${item.markingPointKeys.map((key) => points.get(key) ?? key).join(' | ')}`);
  lines.push(`STEM: ${c.stem}`);
  switch (c.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE': {
      const keys = c.type === 'SINGLE_CHOICE' ? [c.correctOptionId] : c.correctOptionIds;
      c.options.forEach((option, index) =>
        lines.push(`  ${String.fromCharCode(97 + index)}) ${option.text}${keys.includes(option.id) ? '  [KEY]' : ''}${option.feedback ? `   // ${option.feedback}` : ''}`),
      );
      break;
    }
    case 'TRUE_FALSE':
      lines.push(`  KEY: ${c.correct ? 'True' : 'False'}`);
      break;
    case 'ORDERING':
      lines.push(`  CORRECT ORDER: ${c.steps.map((step) => step.text).join(' -> ')}`);
      break;
    case 'MATCHING':
      c.pairs.forEach((pair) => lines.push(`  ${pair.prompt}  =>  ${pair.answer}`));
      if (c.distractors.length > 0) lines.push(`  distractors: ${c.distractors.join(' | ')}`);
      break;
    case 'NUMERIC':
      lines.push(`  ${JSON.stringify({ ...c, stem: undefined, type: undefined })}`);
      break;
    case 'SHORT_ANSWER':
      lines.push(`  ACCEPTED: ${c.acceptedAnswers.join(' | ')}`);
      break;
    case 'EXTENDED_RESPONSE':
      c.rubric.forEach((criterion) => lines.push(`  [${criterion.id}] ${criterion.marks}m  ${criterion.description}`));
      lines.push(`  GUIDANCE: ${c.guidance}`);
      break;
  }
  lines.push(`FEEDBACK (correct): ${item.feedback.correct}`);
  lines.push(`FEEDBACK (incorrect): ${item.feedback.incorrect}`);
  return lines.join('\n');
}

function sample<T>(items: readonly T[], count: number, seed: string): { index: number; value: T }[] {
  const random = createRandom(seed);
  const indexed = items.map((value, index) => ({ index, value }));
  return random.shuffle(indexed).slice(0, count).sort((a, b) => a.index - b.index);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  const packs = loadPacks();
  const summary: string[] = [];
  for (const file of args.files) {
    const name = basename(file).replace(/\.txt$/, '');
    const spec = parseSpecification(readFileSync(file, 'utf8'));
    const points = new Map(spec.markingPoints.map((point) => [markingPointKey(point.text), point.text]));
    const written: { item: ItemDraft; findings: LintFinding[] }[] = [];
    const started = process.hrtime.bigint();
    const bank = generateBank(spec, {
      specId: name,
      specVersion: 1,
      seed: args.seed,
      packs,
      onCandidate: (item, findings) => written.push({ item, findings }),
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const published = sample(bank.items, args.published, `${args.seed}|${name}|published`);
    const candidates = sample(written, args.candidates, `${args.seed}|${name}|candidates`);
    const header = (what: string): string =>
      `# ${name}: ${what}\n\nSpecification: ${file}\n\n## Marking points\n${spec.markingPoints.map((point, index) => `${index + 1}. ${point.text}`).join('\n')}\n`;
    writeFileSync(
      join(args.out, `${name}.published.md`),
      `${header(`${published.length} of ${bank.items.length} published items (seed "${args.seed}")`)}\n${published
        .map(({ index, value }) => renderItem(`P${index + 1}`, value, points))
        .join('\n\n')}\n`,
    );
    writeFileSync(
      join(args.out, `${name}.candidates.md`),
      `${header(`${candidates.length} of ${written.length} candidate items before checking (seed "${args.seed}")`)}\n${candidates
        .map(({ index, value }) => renderItem(`C${index + 1}`, value.item, points))
        .join('\n\n')}\n`,
    );
    writeFileSync(
      join(args.out, `${name}.key.json`),
      JSON.stringify(
        {
          spec: file,
          seed: args.seed,
          published: bank.items.length,
          written: written.length,
          gaps: bank.gaps,
          generationMs: Math.round(ms),
          candidates: candidates.map(({ index, value }) => ({
            label: `C${index + 1}`,
            findings: value.findings.map((finding) => ({ rule: finding.rule, severity: finding.severity, message: finding.message })),
          })),
        },
        null,
        2,
      ),
    );
    summary.push(`${name}: ${bank.items.length} published of ${written.length} written, ${bank.gaps.length} gaps, ${Math.round(ms)} ms`);
  }
  process.stdout.write(`${summary.join('\n')}\n`);
}

main();
