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
    // loadPacks finds the built-in directory itself; users add theirs.
    this.packs ??= loadPacks({ directories: userPackDirs() });
    return this.packs;
  }
}

function userPackDirs(): string[] {
  return (process.env.MARKPOINT_PACK_DIRS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
}
