import { Injectable } from '@nestjs/common';
import type { CognitiveLevel, ItemContent, ItemDraft, ItemFeedback } from '@markpoint/grading';
import { isUniqueViolation } from '@markpoint/persistence';
import { SpecificationRepository } from '@markpoint/spec';
import { itemShapeProblems } from '../authoring/item-shape';
import { ItemVersionEntity } from '../entities/item-version.entity';
import { ItemEntity, type ItemStatus } from '../entities/item.entity';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import { lintBank } from '../quality/lint-bank';
import {
  QuestionBankRepository,
  storedFinding,
  type BankItem,
} from '../repositories/question-bank.repository';
import { findingsByItem } from '../review/findings-by-item';

export interface ItemChange {
  content?: unknown;
  markingPointKeys?: string[];
  level?: CognitiveLevel;
  feedback?: ItemFeedback;
  maxScore?: number;
  /** The review status after the change; an edit keeps the item's status when this is unset. */
  status?: Exclude<ItemStatus, 'RETIRED'>;
}

/**
 * Hand edits: a new item, a new version of one (attempts keep the version they were given) or an
 * extra alignment. Every change passes the item's lint rules or is refused, so a stored version
 * carries only the checker's warnings. A hand-written item is approved by its author unless sent
 * as a draft; an edit keeps the item's status unless it says otherwise.
 */
@Injectable()
export class AuthorItemUseCase {
  constructor(
    private readonly banks: QuestionBankRepository,
    private readonly specs: SpecificationRepository,
  ) {}

  async create(
    tenantId: string,
    bankId: string,
    change: Required<Omit<ItemChange, 'maxScore' | 'status'>> & Pick<ItemChange, 'maxScore' | 'status'>,
  ): Promise<BankItem> {
    const bank = await this.bank(tenantId, bankId);
    const draft = await this.checked(
      bank.specificationVersionId,
      {
        content: change.content as ItemContent,
        markingPointKeys: change.markingPointKeys,
        level: change.level,
        feedback: change.feedback,
        maxScore: change.maxScore ?? 1,
        provenance: { specId: bank.specificationId, specVersion: 0, lines: [] },
        generator: { strategy: 'authored', version: '1', seed: '-' },
      },
      change.content,
    );
    const status = change.status ?? 'APPROVED';
    await this.banks.appendItems(tenantId, bankId, [{ ...draft, status }], 'AUTHORED');
    const items = await this.banks.allItems(tenantId, bankId);
    return items[items.length - 1];
  }

  async update(tenantId: string, bankId: string, itemId: string, change: ItemChange): Promise<BankItem> {
    const bank = await this.bank(tenantId, bankId);
    const current = await this.item(tenantId, bankId, itemId);
    const draft = await this.checked(
      bank.specificationVersionId,
      {
        content: (change.content as ItemContent | undefined) ?? current.version.content,
        markingPointKeys: change.markingPointKeys ?? current.item.markingPointKeys,
        level: change.level ?? current.item.level,
        feedback: change.feedback ?? current.version.feedback,
        maxScore: change.maxScore ?? current.version.maxScore,
        provenance: current.version.provenance,
        generator: current.version.generator ?? { strategy: 'authored', version: '1', seed: '-' },
      },
      change.content ?? current.version.content,
    );
    if (draft.content.type !== current.item.type) {
      throw new BankException(
        'An edit cannot change the item type; retire it and add a new item',
        BankExceptionCode.ITEM_INVALID,
        [{ field: 'content.type', message: `must stay ${current.item.type}` }],
      );
    }
    const status = change.status ?? current.item.status;
    const next = current.item.currentVersion + 1;
    await this.banks
      .dataSourceTransaction(async (m) => {
        await m.getRepository(ItemVersionEntity).insert({
          itemId,
          version: next,
          content: draft.content,
          feedback: draft.feedback,
          maxScore: draft.maxScore,
          provenance: draft.provenance,
          generator: { ...draft.generator, strategy: `${draft.generator.strategy}+edited` },
          findings: draft.findings,
          // The specification text behind the item is unchanged; the generator's confidence is not.
          evidence: current.version.evidence,
          confidence: null,
        });
        await m.getRepository(ItemEntity).update(
          { id: itemId },
          {
            currentVersion: next,
            level: draft.level,
            markingPointKeys: draft.markingPointKeys,
            origin: current.item.origin === 'GENERATED' ? 'AUTHORED' : current.item.origin,
            status,
          },
        );
      })
      .catch((error: unknown) => {
        // Two edits of one version both made version `next`: the unique (item, version) index
        // lets the first win; the second author must see the new version before editing again.
        if (!isUniqueViolation(error)) throw error;
        throw new BankException(
          `Item ${itemId} was changed by someone else (version ${next} exists); reload it and edit again`,
          BankExceptionCode.ITEM_EDIT_CONFLICT,
        );
      });
    return this.item(tenantId, bankId, itemId);
  }

  async align(tenantId: string, bankId: string, itemId: string, markingPointKey: string): Promise<BankItem> {
    const current = await this.item(tenantId, bankId, itemId);
    if (current.item.markingPointKeys.includes(markingPointKey)) return current;
    return this.update(tenantId, bankId, itemId, {
      markingPointKeys: [...current.item.markingPointKeys, markingPointKey],
    });
  }

  private async checked(
    specificationVersionId: string,
    draft: ItemDraft,
    rawContent: unknown,
  ): Promise<ItemDraft> {
    const shape = itemShapeProblems(rawContent);
    if (shape.length > 0)
      throw new BankException('The item content is not well formed', BankExceptionCode.ITEM_INVALID, shape);
    const known = new Set((await this.specs.markingPoints(specificationVersionId)).map((m) => m.key));
    const unknown = draft.markingPointKeys.filter((k) => !known.has(k));
    if (unknown.length > 0) {
      throw new BankException(
        `Unknown marking points: ${unknown.join(', ')}`,
        BankExceptionCode.ITEM_INVALID,
        [
          {
            field: 'markingPointKeys',
            message: `not marking points of this bank's specification: ${unknown.join(', ')}`,
          },
        ],
      );
    }
    // Bank-wide rules (key position balance…) are advice for the quality report, not a gate on one item.
    const [findings] = findingsByItem(1, lintBank([draft]));
    const errors = findings.filter((f) => f.severity === 'ERROR' && f.rule !== 'alignment');
    if (errors.length > 0) {
      throw new BankException(
        `The item breaks ${errors.length} rule(s): ${errors.map((e) => e.message).join('; ')}`,
        BankExceptionCode.ITEM_INVALID,
        errors.map((e) => ({ field: e.rule, message: e.message })),
      );
    }
    // A hand-written item has no specification line by nature, so alignment is not held against it.
    const kept = findings.filter((f) => f.rule !== 'alignment');
    return { ...draft, findings: kept.map(storedFinding) };
  }

  private async bank(tenantId: string, bankId: string) {
    const bank = await this.banks.findById(tenantId, bankId);
    if (!bank)
      throw new BankException(`No question bank has the id ${bankId}`, BankExceptionCode.BANK_NOT_FOUND);
    return bank;
  }

  private async item(tenantId: string, bankId: string, itemId: string): Promise<BankItem> {
    const found = await this.banks.findItem(tenantId, bankId, itemId);
    if (!found)
      throw new BankException(`The bank has no active item ${itemId}`, BankExceptionCode.ITEM_NOT_FOUND);
    return found;
  }
}
