import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MarkingPointEntity } from '../entities/marking-point.entity';
import { SpecificationVersionEntity } from '../entities/specification-version.entity';
import { SpecificationEntity } from '../entities/specification.entity';

/** Every method takes the tenant id: a specification of another tenant does not exist. */
@Injectable()
export class SpecificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  findById(tenantId: string, id: string): Promise<SpecificationEntity | null> {
    return this.dataSource.getRepository(SpecificationEntity).findOneBy({ tenantId, id });
  }

  async list(
    tenantId: string,
    page: { page: number; limit: number },
  ): Promise<[SpecificationEntity[], number]> {
    return this.dataSource.getRepository(SpecificationEntity).findAndCount({
      where: { tenantId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
  }

  countForTenant(tenantId: string): Promise<number> {
    return this.dataSource.getRepository(SpecificationEntity).countBy({ tenantId });
  }

  findVersion(specificationId: string, version: number): Promise<SpecificationVersionEntity | null> {
    return this.dataSource.getRepository(SpecificationVersionEntity).findOneBy({ specificationId, version });
  }

  findVersionById(id: string): Promise<SpecificationVersionEntity | null> {
    return this.dataSource.getRepository(SpecificationVersionEntity).findOneBy({ id });
  }

  markingPoints(specificationVersionId: string): Promise<MarkingPointEntity[]> {
    return this.dataSource
      .getRepository(MarkingPointEntity)
      .find({ where: { specificationVersionId }, order: { position: 'ASC' } });
  }

  /** Locks the specification row of (tenant, slug), creating it first when it does not exist. */
  async lockOrCreate(
    manager: EntityManager,
    tenantId: string,
    slug: string,
    title: string,
  ): Promise<SpecificationEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SpecificationEntity)
      .values({ tenantId, slug, title, latestVersion: 0 })
      .orIgnore()
      .execute();
    return manager
      .getRepository(SpecificationEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.tenant_id = :tenantId AND s.slug = :slug', { tenantId, slug })
      .getOneOrFail();
  }
}
