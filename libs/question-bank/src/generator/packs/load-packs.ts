import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KnowledgePackException, KnowledgePackExceptionCode } from './knowledge-pack.exception';
import type { KnowledgePack } from './knowledge-pack';
import { parsePack } from './parse-pack';

export interface LoadPacksOptions {
  /** Extra directories of user packs (every *.yaml / *.yml file in each), loaded after the built-in ones. */
  directories?: string[];
  /** Load the packs shipped in libs/question-bank/packs (default true). */
  builtIn?: boolean;
}

/**
 * The knowledge packs: the built-in ones and any in `directories`, in file-name order; given a
 * plain list of directories, exactly those are read. Throws KnowledgePackException naming the file
 * (and the paths inside it) when a pack is invalid, a directory is missing, or two packs share an id.
 */
export function loadPacks(options: LoadPacksOptions | string[] = {}): KnowledgePack[] {
  const directories = Array.isArray(options)
    ? options
    : [...(options.builtIn === false ? [] : [builtInPackDirectory()]), ...(options.directories ?? [])];
  const packs = directories.flatMap((directory) => packsIn(directory));
  const seen = new Map<string, string>();
  for (const pack of packs) {
    const previous = seen.get(pack.id);
    if (previous) {
      throw new KnowledgePackException(
        `Knowledge packs ${previous} and ${pack.source} both have the id '${pack.id}'`,
        KnowledgePackExceptionCode.DUPLICATE_PACK,
        [{ field: pack.source, message: `id '${pack.id}' is already used by ${previous}` }],
      );
    }
    seen.set(pack.id, pack.source);
  }
  return packs;
}

/**
 * The directory of the shipped packs. The compiled code lives under dist/, where YAML files are not
 * copied, so this walks up from this file to the first `libs/question-bank/packs` it finds.
 */
export function builtInPackDirectory(): string {
  for (let directory = __dirname; ; directory = dirname(directory)) {
    const candidate = join(directory, 'libs', 'question-bank', 'packs');
    if (existsSync(candidate)) return candidate;
    const sibling = resolve(directory, 'packs');
    if (directory.endsWith(join('libs', 'question-bank')) && existsSync(sibling)) return sibling;
    if (dirname(directory) === directory) {
      throw new KnowledgePackException(
        'The built-in knowledge packs (libs/question-bank/packs) were not found',
        KnowledgePackExceptionCode.PACK_DIRECTORY_NOT_FOUND,
        [{ field: 'libs/question-bank/packs', message: 'missing' }],
      );
    }
  }
}

function packsIn(directory: string): KnowledgePack[] {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new KnowledgePackException(
      `Knowledge pack directory ${directory} does not exist`,
      KnowledgePackExceptionCode.PACK_DIRECTORY_NOT_FOUND,
      [{ field: directory, message: 'not a directory' }],
    );
  }
  return readdirSync(directory)
    .filter((file) => /\.ya?ml$/i.test(file))
    .sort()
    .map((file) => {
      const path = join(directory, file);
      return parsePack(readFileSync(path, 'utf8'), path);
    });
}
