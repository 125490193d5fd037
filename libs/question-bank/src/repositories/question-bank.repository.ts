import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ItemDraft, ItemType } from '@markpoint/grading';
import { ItemVersionEntity } from '../entities/item-version.entity';
import { ItemEntity, type ItemOrigin } from '../entities/item.entity';
import { QuestionBankEntity } from '../entities/question-bank.entity';

export interface BankItem {
  item: ItemEntity;
  version: ItemVersionEntity;
}

export interface ItemFilter {
  markingPoint?: string;
  type?: ItemType;
  page: number;
  limit: number;
}

// Bulk inserts in chunks keep each statement under PostgreSQL's 65,535 parameters.
const CHUNK = 500;

/** Banks and their items; every read takes the tenant id. */
@Injectable()
export class QuestionBankRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a bank and all its items (version 1 each) in one transaction. */
  async insertBank(
    bank: Omit<QuestionBankEntity, 'id' | 'createdAt' | 'updatedAt'>,
    drafts: ItemDraft[],
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
    drafts: ItemDraft[],
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

  /** Active items with their current version, in bank order, filtered and paged. */
  async items(tenantId: string, bankId: string, filter: ItemFilter): Promise<[BankItem[], number]> {
    const qb = this.itemsQuery(tenantId, bankId);
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

  async findItem(tenantId: string, bankId: string, itemId: string): Promise<BankItem | null> {
    const row = await this.itemsQuery(tenantId, bankId).andWhere('i.id = :itemId', { itemId }).getOne();
    return row ? toBankItem(row) : null;
  }

  versions(itemId: string): Promise<ItemVersionEntity[]> {
    return this.dataSource
      .getRepository(ItemVersionEntity)
      .find({ where: { itemId }, order: { version: 'ASC' } });
  }

  async allItems(tenantId: string, bankId: string): Promise<BankItem[]> {
    const rows = await this.itemsQuery(tenantId, bankId).orderBy('i.position', 'ASC').getMany();
    return rows.map(toBankItem);
  }

  private itemsQuery(tenantId: string, bankId: string) {
    return this.dataSource
      .getRepository(ItemEntity)
      .createQueryBuilder('i')
      .innerJoinAndMapOne(
        'i.current',
        ItemVersionEntity,
        'v',
        'v.item_id = i.id AND v.version = i.current_version',
      )
      .where('i.tenant_id = :tenantId AND i.bank_id = :bankId AND i.status = :status', {
        tenantId,
        bankId,
        status: 'ACTIVE',
      });
  }
}

async function insertItems(
  manager: EntityManager,
  tenantId: string,
  bankId: string,
  drafts: ItemDraft[],
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
        status: 'ACTIVE',
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
      }),
    );
    await manager.createQueryBuilder().insert().into(ItemVersionEntity).values(versions).execute();
  }
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
