import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ItemGrade, ItemResponse } from '@markpoint/grading';
import { AttemptItemEntity } from '../entities/attempt-item.entity';
import { AttemptEntity } from '../entities/attempt.entity';

@Injectable()
export class AttemptRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(tenantId: string, id: string, manager?: EntityManager): Promise<AttemptEntity | null> {
    return this.m(manager).getRepository(AttemptEntity).findOneBy({ tenantId, id });
  }

  findWithQuiz(tenantId: string, id: string): Promise<AttemptEntity | null> {
    // A query builder, not findOne with relations (which sends an id query first).
    return this.dataSource
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.quiz', 'q')
      .where('a.id = :id AND a.tenant_id = :tenantId', { id, tenantId })
      .getOne();
  }

  lockById(manager: EntityManager, id: string): Promise<AttemptEntity | null> {
    return manager
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
  }

  findOpen(manager: EntityManager, quizId: string, learnerRef: string): Promise<AttemptEntity | null> {
    return manager.getRepository(AttemptEntity).findOneBy({ quizId, learnerRef, status: 'IN_PROGRESS' });
  }

  countFor(manager: EntityManager, quizId: string, learnerRef: string): Promise<number> {
    return manager.getRepository(AttemptEntity).countBy({ quizId, learnerRef });
  }

  items(attemptId: string, manager?: EntityManager): Promise<AttemptItemEntity[]> {
    return this.m(manager)
      .getRepository(AttemptItemEntity)
      .find({ where: { attemptId }, order: { position: 'ASC' } });
  }

  itemsOf(attemptIds: string[]): Promise<AttemptItemEntity[]> {
    if (attemptIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(AttemptItemEntity)
      .find({ where: { attemptId: In(attemptIds) }, order: { position: 'ASC' } });
  }

  /** The item with its attempt, for validating a response before the guarded write. */
  async itemForResponse(
    tenantId: string,
    attemptId: string,
    position: number,
  ): Promise<{ attempt: AttemptEntity; item: AttemptItemEntity } | null> {
    const attempt = await this.findById(tenantId, attemptId);
    if (!attempt) return null;
    const item = await this.dataSource.getRepository(AttemptItemEntity).findOneBy({ attemptId, position });
    return item ? { attempt, item } : null;
  }

  /**
   * One guarded statement: writes only while the attempt is open and before its deadline. The
   * attempt row is share-locked, so a save racing a submit (which holds the row FOR UPDATE) waits
   * for it and, under READ COMMITTED, re-checks the status of the committed row: it is then refused
   * instead of being stored after the grade was computed. A save that locks first commits before
   * submit can read the items, so it is graded.
   */
  async saveResponse(attemptId: string, position: number, response: ItemResponse): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, rowCount].
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `WITH open_attempt AS (
         SELECT a.id FROM attempts a
          WHERE a.id = $2 AND a.status = 'IN_PROGRESS' AND (a.deadline_at IS NULL OR a.deadline_at > now())
            FOR SHARE
       )
       UPDATE attempt_items ai SET response = $1::jsonb, responded_at = now(), updated_at = now()
         FROM open_attempt a
        WHERE ai.attempt_id = a.id AND ai.position = $3
        RETURNING ai.id`,
      [JSON.stringify(response), attemptId, position],
    );
    return count > 0;
  }

  async saveGrades(manager: EntityManager, grades: { id: string; grade: ItemGrade }[]): Promise<void> {
    if (grades.length === 0) return;
    await manager.query(
      `UPDATE attempt_items ai SET grade = g.grade, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS g(id uuid, grade jsonb)
        WHERE ai.id = g.id`,
      [JSON.stringify(grades)],
    );
  }

  /** Attempts past their deadline that are still open (the job's safety net), except `skip`. */
  overdue(limit: number, skip: string[] = []): Promise<AttemptEntity[]> {
    return this.dataSource
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .where(`a.status = 'IN_PROGRESS' AND a.deadline_at <= now()`)
      .andWhere('a.id <> ALL(CAST(:skip AS uuid[]))', { skip })
      .orderBy('a.deadline_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  listForQuiz(
    tenantId: string,
    quizId: string,
    page: { page: number; limit: number } | null,
  ): Promise<[AttemptEntity[], number]> {
    return this.dataSource.getRepository(AttemptEntity).findAndCount({
      where: { tenantId, quizId },
      order: { learnerRef: 'ASC', number: 'ASC' },
      ...(page ? { skip: (page.page - 1) * page.limit, take: page.limit } : {}),
    });
  }

  awaitingManual(tenantId: string, quizId: string): Promise<AttemptEntity[]> {
    return this.dataSource
      .getRepository(AttemptEntity)
      .find({ where: { tenantId, quizId, status: 'AWAITING_MANUAL' }, order: { submittedAt: 'ASC' } });
  }
}
