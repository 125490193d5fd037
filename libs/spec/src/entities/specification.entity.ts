import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import { TenantEntity } from '@markpoint/tenancy';

/** A topic specification: its identity across versions is its slug within the tenant. */
@Entity('specifications')
@Index(['tenantId', 'slug'], { unique: true })
export class SpecificationEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  tenant?: TenantEntity;

  @Column('text')
  title!: string;

  @Column('text')
  slug!: string;

  @Column('int')
  latestVersion!: number;
}
