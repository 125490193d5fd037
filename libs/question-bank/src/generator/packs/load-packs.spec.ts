import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgePackException, KnowledgePackExceptionCode } from './knowledge-pack.exception';
import { builtInPackDirectory, loadPacks } from './load-packs';

describe(loadPacks.name, () => {
  const sut = loadPacks;
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'packs-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('should load and validate the four shipped packs', () => {
    expect(sut().map((pack) => pack.id)).toEqual([
      'business-finance',
      'customer-service',
      'quality-management',
      'uk-legislation',
    ]);
  });

  it('should add user packs from extra directories after the built-in ones', () => {
    writeFileSync(
      join(directory, 'extra.yaml'),
      'id: extra\nname: Extra\nmodels:\n  - { name: ABC model, steps: [Ask, Build, Check], purpose: testing, category: demo }\n',
    );
    const packs = sut({ directories: [directory] });
    expect(packs.map((pack) => pack.id)).toContain('extra');
    expect(packs[packs.length - 1].models[0]).toMatchObject({
      name: 'ABC model',
      ordered: true,
      keywords: [],
    });
  });

  it('should read only the directories given as a list', () => {
    writeFileSync(join(directory, 'only.yml'), 'id: only\nname: Only\n');
    expect(sut([directory]).map((pack) => pack.id)).toEqual(['only']);
  });

  it('should name the file of an invalid user pack', () => {
    writeFileSync(join(directory, 'bad.yaml'), 'id: bad\nname: Bad\nlegislation:\n  - name: Some Act\n');
    expect(() => sut([directory])).toThrow(
      new RegExp(`${join(directory, 'bad.yaml')} is invalid: pack.legislation\\[0\\].year: is required`),
    );
  });

  it('should refuse a missing directory and a duplicate id', () => {
    expect(() => sut([join(directory, 'missing')])).toThrow(KnowledgePackException);
    writeFileSync(join(directory, 'copy.yaml'), 'id: uk-legislation\nname: Copy\n');
    expect(() => sut({ directories: [directory] })).toThrow(/both have the id 'uk-legislation'/);
    expect(codeOf(() => sut({ directories: [directory] }))).toBe(KnowledgePackExceptionCode.DUPLICATE_PACK);
  });

  it('should find the shipped packs from the source tree', () => {
    expect(builtInPackDirectory()).toMatch(/libs[/\\]question-bank[/\\]packs$/);
  });
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof KnowledgePackException ? error.code : undefined;
  }
  return undefined;
}
