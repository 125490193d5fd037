import path from 'node:path';
import { existsSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { loadPacks } from './load-packs';
import type { KnowledgePack } from './knowledge-pack';

/**
 * The knowledge packs shipped in libs/question-bank/packs plus any directories named in
 * MARKPOINT_PACK_DIRS (comma-separated): loaded once, validated, shared by every generation.
 */
@Injectable()
export class KnowledgePackRegistry {
  private packs?: KnowledgePack[];

  all(): KnowledgePack[] {
    this.packs ??= loadPacks([builtInPacksDir(), ...userPackDirs()]);
    return this.packs;
  }
}

function userPackDirs(): string[] {
  return (process.env.MARKPOINT_PACK_DIRS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
}

// The packs are data files beside the sources; find them from the source or the build output.
function builtInPacksDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'libs', 'question-bank', 'packs');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('libs/question-bank/packs was not found');
  }
}
