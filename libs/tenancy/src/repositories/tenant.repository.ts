import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantEntity } from '../entities/tenant.entity';

export const DEFAULT_TENANT_SLUG = 'default';

@Injectable()
export class TenantRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findBySlug(slug: string): Promise<TenantEntity | null> {
    return this.dataSource.getRepository(TenantEntity).findOneBy({ slug });
  }

  create(slug: string, name: string): Promise<TenantEntity> {
    const repo = this.dataSource.getRepository(TenantEntity);
    return repo.save(repo.create({ slug, name }));
  }

  /** The organisation a fresh install works in; created once, race-free. */
  async ensureDefault(): Promise<TenantEntity> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(TenantEntity)
      .values({ slug: DEFAULT_TENANT_SLUG, name: 'Default organisation' })
      .orIgnore()
      .execute();
    return this.dataSource.getRepository(TenantEntity).findOneByOrFail({ slug: DEFAULT_TENANT_SLUG });
  }
}
