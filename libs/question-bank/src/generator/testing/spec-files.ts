import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseSpecification, type ParsedSpec } from '@markpoint/spec';

/** The repository root: the first directory above this file that holds samples/specs. */
export function repositoryRoot(): string {
  for (let directory = __dirname; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'samples', 'specs'))) return directory;
    if (dirname(directory) === directory) throw new Error('samples/specs was not found above ' + __dirname);
  }
}

export interface SpecFile {
  /** "samples/specs/000_….txt" or "test/fixtures/specs/….txt", relative to the repository root. */
  path: string;
  name: string;
  spec: ParsedSpec;
}

export const SAMPLE_SPEC_PATHS = [
  'samples/specs/000_741ddd1a805137ea.txt',
  'samples/specs/003_e400544d1f727506.txt',
];

/** The two sample specifications and every valid fixture (test/fixtures/specs/*.txt), parsed. */
export function specFiles(): SpecFile[] {
  const root = repositoryRoot();
  const fixtures = join(root, 'test', 'fixtures', 'specs');
  const fixturePaths = existsSync(fixtures)
    ? readdirSync(fixtures)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => `test/fixtures/specs/${file}`)
    : [];
  return [...SAMPLE_SPEC_PATHS, ...fixturePaths].map((path) => ({
    path,
    name: path.split('/').pop() ?? path,
    spec: parseSpecification(readFileSync(join(root, path), 'utf8')),
  }));
}

export function sampleSpec(index: 0 | 1): ParsedSpec {
  return parseSpecification(readFileSync(join(repositoryRoot(), SAMPLE_SPEC_PATHS[index]), 'utf8'));
}

/** Each line of a parsed spec by number, for checking an item against the lines it cites. */
export function lineTexts(spec: ParsedSpec): Map<number, string> {
  const texts = new Map<number, string>();
  const lines = [
    ...spec.synopsis,
    ...spec.keyConcepts,
    ...spec.examTips,
    ...spec.misconceptions,
    ...spec.markingPoints,
    ...spec.extraSections.flatMap((section) => section.items),
  ];
  // A wrapped bullet spans several lines; each of them is a line an item may cite.
  for (const line of lines)
    for (let number = line.line; number <= line.endLine; number++) texts.set(number, line.text);
  return texts;
}

/** The shipped packs' YAML as one lower-case text, for checking that an answer comes from a pack. */
export function packText(): string {
  const directory = join(repositoryRoot(), 'libs', 'question-bank', 'packs');
  return readdirSync(directory)
    .map((file) => readFileSync(join(directory, file), 'utf8'))
    .join('\n')
    .toLowerCase();
}
