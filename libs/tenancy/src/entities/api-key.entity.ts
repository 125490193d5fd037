import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import type { ApiScope } from '../auth/api-scope';
import { TenantEntity } from './tenant.entity';

/** An API key: only its prefix and a SHA-256 of the whole key are stored. */
@Entity('api_keys')
@Index(['prefix'], { unique: true })
export class ApiKeyEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  tenant?: TenantEntity;

  @Column('text')
  name!: string;

  @Column('text')
  prefix!: string;

  @Column('char', { length: 64 })
  secretHash!: string;

  @Column('text', { array: true })
  scopes!: ApiScope[];

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;
}
