import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import { SpecificationVersionEntity } from '@markpoint/spec';
import { TenantEntity } from '@markpoint/tenancy';
import type { BankQualitySnapshot, GenerationOptionsSnapshot } from './bank-snapshots';

/** A question bank generated from one specification version (items may be edited afterwards). */
@Entity('question_banks')
@Index(['tenantId', 'createdAt'])
export class QuestionBankEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  tenant?: TenantEntity;

  @Column('uuid')
  specificationId!: string;

  @Column('uuid')
  specificationVersionId!: string;

  @ManyToOne(() => SpecificationVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  specificationVersion?: SpecificationVersionEntity;

  @Column('text')
  title!: string;

  @Column('text')
  seed!: string;

  @Column('text')
  generatorVersion!: string;

  @Column('jsonb')
  options!: GenerationOptionsSnapshot;

  @Column('jsonb')
  quality!: BankQualitySnapshot;

  @Column('int')
  itemCount!: number;
}
