import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deliveryBench } from './delivery.bench';
import { ingestBench } from './ingest.bench';
import { ltiBench } from './lti.bench';
import { startupBench } from './startup.bench';
import type { BenchSection } from './bench-section';

/**
 * `npm run bench`: runs every benchmark against a baseline measured in the same run and writes
 * the figures to docs/benchmarks.md. Select some with `npm run bench -- startup`.
 */
const BENCHES: Record<string, () => Promise<BenchSection>> = {
  startup: startupBench,
  ingest: ingestBench,
  delivery: deliveryBench,
  lti: ltiBench,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
  const sections: BenchSection[] = [];
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`Unknown benchmark '${name}' (known: ${Object.keys(BENCHES).join(', ')})`);
    process.stdout.write(`bench: ${name}…\n`);
    const section = await bench();
    process.stdout.write(`${section.markdown}\n`);
    sections.push(section);
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/`); every section below was measured in one run, next to',
    'a baseline measured in the same run. Timings live here, never in tests.',
    '',
    `Last run: ${new Date().toISOString()} on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB,`,
    `Node ${process.version}, ${process.env.DATABASE_URL ? 'DATABASE_URL server' : 'local PostgreSQL at 127.0.0.1:5432 where needed'}.`,
    '',
  ];
  const target = path.resolve(__dirname, '../../docs/benchmarks.md');
  await mkdir(path.dirname(target), { recursive: true });
  const previous = await readFile(target, 'utf8').catch(() => '');
  await writeFile(target, mergeSections(header.join('\n'), previous, sections));
  process.stdout.write(`wrote ${target}\n`);
}

// Each benchmark owns a marked block, so running one of them keeps the others' last figures.
function mergeSections(header: string, previous: string, sections: BenchSection[]): string {
  const blocks = new Map<string, string>();
  for (const match of previous.matchAll(/<!-- bench:(\w+) -->\n([\s\S]*?)<!-- \/bench:\1 -->/g)) {
    blocks.set(match[1], match[2]);
  }
  for (const section of sections) blocks.set(section.title, `${section.markdown}\n`);
  const body = [...blocks].map(([name, text]) => `<!-- bench:${name} -->\n${text}<!-- /bench:${name} -->`);
  return `${header}\n${body.join('\n\n')}\n`;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err instanceof Error ? err.stack : err)}\n`);
  process.exit(1);
});
