import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyEntity } from '../entities/api-key.entity';

@Injectable()
export class ApiKeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(ApiKeyEntity);
  }

  findByPrefix(prefix: string): Promise<ApiKeyEntity | null> {
    return this.repo.findOneBy({ prefix });
  }

  insert(
    values: Pick<ApiKeyEntity, 'tenantId' | 'name' | 'prefix' | 'secretHash' | 'scopes'>,
  ): Promise<ApiKeyEntity> {
    return this.repo.save(this.repo.create({ ...values, revokedAt: null, lastUsedAt: null }));
  }

  listForTenant(tenantId: string): Promise<ApiKeyEntity[]> {
    return this.repo.find({ where: { tenantId }, order: { createdAt: 'ASC' } });
  }

  async revoke(tenantId: string, id: string): Promise<ApiKeyEntity | null> {
    await this.repo.update({ id, tenantId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return this.repo.findOneBy({ id, tenantId });
  }

  async touch(id: string): Promise<void> {
    await this.repo.update({ id }, { lastUsedAt: () => 'now()' });
  }
}
