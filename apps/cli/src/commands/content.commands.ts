import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { ITEM_TYPES, type ItemType } from '@markpoint/grading';
import { GenerateBankUseCase, GetBankQualityUseCase, renderQualityReport } from '@markpoint/question-bank';
import { IngestSpecificationUseCase, parseSpecification, SpecException } from '@markpoint/spec';
import { withAppContext } from '../context/with-app-context';

/** Specifications and banks from the command line; refusals print the section and line, exit 1. */
export function registerContentCommands(program: Command): void {
  program
    .command('spec:check <file>')
    .description('Parse a specification file and print what was found (no database)')
    .action(async (file: string) => {
      const parsed = parseSpecification(await readFile(file));
      console.log(
        `${parsed.markingPoints.length} marking points, ${parsed.keyConcepts.length} key concepts, ` +
          `${parsed.examTips.length} exam tips, ${parsed.misconceptions.length} misconceptions`,
      );
      parsed.markingPoints.forEach((mp) => console.log(`  line ${mp.line}: ${mp.text}`));
      parsed.warnings.forEach((w) =>
        console.log(`warning: line ${w.line}${w.section ? ` (${w.section})` : ''}: ${w.message}`),
      );
    });

  program
    .command('spec:ingest <file>')
    .description('Store a specification (a changed text becomes a new version) in the default organisation')
    .option('--title <title>', 'title (default: derived from the synopsis)')
    .action((file: string, opts: { title?: string }) =>
      withAppContext(async (ctx, tenantId) => {
        const result = await ctx
          .get(IngestSpecificationUseCase)
          .execute({ tenantId, text: await readFile(file), title: opts.title });
        const { specification: s, version: v } = result;
        console.log(
          `${result.created ? 'stored' : 'unchanged'}: ${s.title} (id ${s.id}, version ${v.version})`,
        );
        result.markingPoints.forEach((mp) => console.log(`  ${mp.key}  line ${mp.line}: ${mp.text}`));
      }),
    );

  program
    .command('bank:generate <specId>')
    .description('Generate a question bank from a stored specification and print its quality report')
    .option('--seed <seed>', 'seed (same seed, same bank)')
    .option('--per-marking-point <n>', 'items per marking point', toPositiveInt)
    .option('--types <types>', `comma-separated item types (${ITEM_TYPES.join(', ')})`, toTypes)
    .option('--no-packs', 'use the specification text alone')
    .option(
      '--auto-approve-above <confidence>',
      'approve items at or above this confidence (0–1) with no checker error; the rest stay drafts',
      toConfidence,
    )
    .action(
      (
        specId: string,
        opts: {
          seed?: string;
          perMarkingPoint?: number;
          types?: ItemType[];
          packs: boolean;
          autoApproveAbove?: number;
        },
      ) =>
        withAppContext(async (ctx, tenantId) => {
          const bank = await ctx.get(GenerateBankUseCase).execute({
            tenantId,
            specificationId: specId,
            seed: opts.seed,
            itemsPerMarkingPoint: opts.perMarkingPoint,
            types: opts.types,
            usePacks: opts.packs,
            autoApproveAbove: opts.autoApproveAbove,
          });
          console.log(`bank ${bank.id}: ${bank.itemCount} items (seed ${bank.seed})`);
          const report = await ctx.get(GetBankQualityUseCase).execute({ tenantId, bankId: bank.id });
          const { DRAFT, APPROVED } = report.itemsByStatus;
          console.log(`${APPROVED} approved, ${DRAFT} waiting for review`);
          console.log(renderQualityReport(report));
          if (!report.ok) process.exitCode = 1;
        }),
    );

  program
    .command('bank:quality <bankId>')
    .description("Print a bank's lint findings and marking-point coverage (exit 1 when not clean)")
    .action((bankId: string) =>
      withAppContext(async (ctx, tenantId) => {
        const report = await ctx.get(GetBankQualityUseCase).execute({ tenantId, bankId });
        console.log(renderQualityReport(report));
        if (!report.ok) process.exitCode = 1;
      }),
    );
}

export function describeCliError(error: unknown): string | null {
  if (!(error instanceof SpecException)) return null;
  const where = error.details.map(
    (d) => `  ${d.section ?? ''}${d.line ? ` line ${d.line}` : ''}: ${d.message}`,
  );
  return [`${error.code}: ${error.message}`, ...where].join('\n');
}

function toPositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number ≥ 1');
  return n;
}

function toConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('a number from 0 to 1');
  return n;
}

function toTypes(value: string): ItemType[] {
  const types = value.split(',').map((t) => t.trim().toUpperCase().replace(/-/g, '_'));
  const unknown = types.filter((t) => !ITEM_TYPES.includes(t as ItemType));
  if (unknown.length) throw new InvalidArgumentError(`unknown item types: ${unknown.join(', ')}`);
  return types as ItemType[];
}
