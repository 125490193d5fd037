import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ItemDraft, ItemFinding, ItemType } from '@markpoint/grading';
import { ItemVersionEntity } from '../entities/item-version.entity';
import { ITEM_STATUSES, ItemEntity, type ItemOrigin, type ItemStatus } from '../entities/item.entity';
import { QuestionBankEntity } from '../entities/question-bank.entity';

export interface BankItem {
  item: ItemEntity;
  version: ItemVersionEntity;
}

export interface ItemFilter {
  markingPoint?: string;
  type?: ItemType;
  /** One status only; drafts and approved items by default. */
  status?: ItemStatus;
  page: number;
  limit: number;
}

/** An item to store, with the status it starts in. */
export type NewItem = ItemDraft & { status: ItemStatus };

/** Items a teacher still works with: everything but the retired. */
export const LIVE_STATUSES: readonly ItemStatus[] = ['DRAFT', 'APPROVED'];

// Bulk inserts in chunks keep each statement under PostgreSQL's 65,535 parameters.
const CHUNK = 500;

/** Banks and their items; every read takes the tenant id. */
@Injectable()
export class QuestionBankRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a bank and all its items (version 1 each) in one transaction. */
  async insertBank(
    bank: Omit<QuestionBankEntity, 'id' | 'createdAt' | 'updatedAt'>,
    drafts: NewItem[],
  ): Promise<QuestionBankEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager
        .getRepository(QuestionBankEntity)
        .save(manager.create(QuestionBankEntity, bank));
      await insertItems(manager, bank.tenantId, saved.id, drafts, 'GENERATED', 1);
      return saved;
    });
  }

  /** Adds items after the bank's last position, all in one transaction (nothing half-imported). */
  async appendItems(
    tenantId: string,
    bankId: string,
    drafts: NewItem[],
    origin: ItemOrigin,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Locks the bank row so two imports cannot take the same positions.
      await manager.query('SELECT id FROM question_banks WHERE id = $1 FOR UPDATE', [bankId]);
      const [{ max }] = await manager.query<{ max: number | null }[]>(
        'SELECT max(position) AS max FROM items WHERE bank_id = $1',
        [bankId],
      );
      await insertItems(manager, tenantId, bankId, drafts, origin, (max ?? 0) + 1);
      await manager.query(
        'UPDATE question_banks SET item_count = item_count + $2, updated_at = now() WHERE id = $1',
        [bankId, drafts.length],
      );
      return drafts.length;
    });
  }

  findById(tenantId: string, id: string): Promise<QuestionBankEntity | null> {
    return this.dataSource.getRepository(QuestionBankEntity).findOneBy({ tenantId, id });
  }

  list(
    tenantId: string,
    page: { page: number; limit: number },
    specificationId?: string,
  ): Promise<[QuestionBankEntity[], number]> {
    return this.dataSource.getRepository(QuestionBankEntity).findAndCount({
      where: { tenantId, ...(specificationId ? { specificationId } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
  }

  /** Items with their current version, in bank order, filtered and paged (retired ones only on request). */
  async items(tenantId: string, bankId: string, filter: ItemFilter): Promise<[BankItem[], number]> {
    const qb = this.itemsQuery(tenantId, bankId, filter.status ? [filter.status] : LIVE_STATUSES);
    if (filter.markingPoint)
      qb.andWhere('i.marking_point_keys @> ARRAY[:mp]::text[]', { mp: filter.markingPoint });
    if (filter.type) qb.andWhere('i.type = :type', { type: filter.type });
    const [rows, total] = await qb
      .orderBy('i.position', 'ASC')
      .skip((filter.page - 1) * filter.limit)
      .take(filter.limit)
      .getManyAndCount();
    return [rows.map(toBankItem), total];
  }

  dataSourceTransaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async findItem(
    tenantId: string,
    bankId: string,
    itemId: string,
    statuses: readonly ItemStatus[] = LIVE_STATUSES,
  ): Promise<BankItem | null> {
    const row = await this.itemsQuery(tenantId, bankId, statuses)
      .andWhere('i.id = :itemId', { itemId })
      .getOne();
    return row ? toBankItem(row) : null;
  }

  /** The bank's items of these ids in any status, locked for update; pass the transaction's manager. */
  async lockItems(
    manager: EntityManager,
    tenantId: string,
    bankId: string,
    itemIds: readonly string[],
  ): Promise<BankItem[]> {
    const rows = await this.itemsQuery(tenantId, bankId, ITEM_STATUSES, manager)
      .andWhere('i.id IN (:...itemIds)', { itemIds })
      .orderBy('i.position', 'ASC')
      .setLock('pessimistic_write', undefined, ['i'])
      .getMany();
    return rows.map(toBankItem);
  }

  /** How many of the bank's items are in each status (every status, 0 when none). */
  async statusCounts(tenantId: string, bankId: string): Promise<Record<ItemStatus, number>> {
    const rows = await this.dataSource.query<{ status: ItemStatus; n: string }[]>(
      'SELECT status, count(*) AS n FROM items WHERE tenant_id = $1 AND bank_id = $2 GROUP BY status',
      [tenantId, bankId],
    );
    const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  versions(itemId: string): Promise<ItemVersionEntity[]> {
    return this.dataSource
      .getRepository(ItemVersionEntity)
      .find({ where: { itemId }, order: { version: 'ASC' } });
  }

  /** The bank's items in these statuses (drafts and approved by default), in bank order. */
  async allItems(
    tenantId: string,
    bankId: string,
    statuses: readonly ItemStatus[] = LIVE_STATUSES,
  ): Promise<BankItem[]> {
    const rows = await this.itemsQuery(tenantId, bankId, statuses).orderBy('i.position', 'ASC').getMany();
    return rows.map(toBankItem);
  }

  private itemsQuery(
    tenantId: string,
    bankId: string,
    statuses: readonly ItemStatus[],
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager
      .getRepository(ItemEntity)
      .createQueryBuilder('i')
      .innerJoinAndMapOne(
        'i.current',
        ItemVersionEntity,
        'v',
        'v.item_id = i.id AND v.version = i.current_version',
      )
      .where('i.tenant_id = :tenantId AND i.bank_id = :bankId AND i.status IN (:...statuses)', {
        tenantId,
        bankId,
        statuses,
      });
  }
}

async function insertItems(
  manager: EntityManager,
  tenantId: string,
  bankId: string,
  drafts: NewItem[],
  origin: ItemOrigin,
  firstPosition: number,
): Promise<void> {
  for (let start = 0; start < drafts.length; start += CHUNK) {
    const chunk = drafts.slice(start, start + CHUNK);
    const items = chunk.map((d, i) =>
      manager.create(ItemEntity, {
        tenantId,
        bankId,
        position: firstPosition + start + i,
        type: d.content.type,
        level: d.level,
        markingPointKeys: d.markingPointKeys,
        origin,
        status: d.status,
        currentVersion: 1,
      }),
    );
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ItemEntity)
      .values(items)
      .returning(['id'])
      .execute();
    const ids = (inserted.identifiers as { id: string }[]).map((r) => r.id);
    const versions = chunk.map((d, i) =>
      manager.create(ItemVersionEntity, {
        itemId: ids[i],
        version: 1,
        content: d.content,
        feedback: d.feedback,
        maxScore: d.maxScore,
        provenance: d.provenance,
        generator: d.generator,
        findings: (d.findings ?? []).map(storedFinding),
        evidence: d.evidence ?? null,
        confidence: d.confidence ?? null,
      }),
    );
    await manager.createQueryBuilder().insert().into(ItemVersionEntity).values(versions).execute();
  }
}

/** Only the finding's own fields: a bank position (`itemIndex`) means nothing once stored. */
export function storedFinding(f: ItemFinding): ItemFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    field: f.field ?? null,
    message: f.message,
    text: f.text ?? null,
  };
}

function toBankItem(row: ItemEntity): BankItem {
  const { current, ...item } = row as ItemEntity & { current: ItemVersionEntity };
  return { item, version: current };
}

/** A stored item as the linter and the exports take it; items without a generator stamp name their origin. */
export function bankItemToDraft({ item, version }: BankItem): ItemDraft {
  return {
    content: version.content,
    markingPointKeys: item.markingPointKeys,
    level: item.level,
    feedback: version.feedback,
    maxScore: version.maxScore,
    provenance: version.provenance,
    generator: version.generator ?? { strategy: item.origin, version: '-', seed: '-' },
  };
}
