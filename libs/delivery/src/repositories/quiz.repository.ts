import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccommodationEntity } from '../entities/accommodation.entity';
import { QuizEntity } from '../entities/quiz.entity';

@Injectable()
export class QuizRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get quizzes() {
    return this.dataSource.getRepository(QuizEntity);
  }

  save(quiz: Partial<QuizEntity>): Promise<QuizEntity> {
    return this.quizzes.save(this.quizzes.create(quiz));
  }

  /** Pass the transaction's manager inside a transaction: a second pool connection can starve the pool. */
  findById(tenantId: string, id: string, manager?: EntityManager): Promise<QuizEntity | null> {
    return (manager ? manager.getRepository(QuizEntity) : this.quizzes).findOneBy({ tenantId, id });
  }

  /** The newest quizzes' ids and titles, for pickers. */
  titles(tenantId: string, limit = 200): Promise<Pick<QuizEntity, 'id' | 'title'>[]> {
    return this.quizzes.find({
      select: { id: true, title: true },
      where: { tenantId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  list(tenantId: string, page: { page: number; limit: number }): Promise<[QuizEntity[], number]> {
    return this.quizzes.findAndCount({
      where: { tenantId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
  }

  accommodation(
    quizId: string,
    learnerRef: string,
    manager?: EntityManager,
  ): Promise<AccommodationEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(AccommodationEntity)
      .findOneBy({ quizId, learnerRef });
  }

  async upsertAccommodation(
    values: Pick<AccommodationEntity, 'quizId' | 'learnerRef' | 'timeMultiplier' | 'extraAttempts'>,
  ): Promise<AccommodationEntity> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AccommodationEntity)
      .values(values)
      .orUpdate(['time_multiplier', 'extra_attempts', 'updated_at'], ['quiz_id', 'learner_ref'])
      .execute();
    return this.dataSource
      .getRepository(AccommodationEntity)
      .findOneByOrFail({ quizId: values.quizId, learnerRef: values.learnerRef });
  }
}
