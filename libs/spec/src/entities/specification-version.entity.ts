import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import type { ParsedSpec } from '../parser/topic-spec';
import { SpecificationEntity } from './specification.entity';

/** One ingested text of a specification. An unchanged text (same hash) never makes a new version. */
@Entity('specification_versions')
@Index(['specificationId', 'version'], { unique: true })
@Index(['specificationId', 'contentHash'], { unique: true })
export class SpecificationVersionEntity extends BaseEntity {
  @Column('uuid')
  specificationId!: string;

  @ManyToOne(() => SpecificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  specification?: SpecificationEntity;

  @Column('int')
  version!: number;

  @Column('char', { length: 64 })
  contentHash!: string;

  @Column('text')
  sourceText!: string;

  @Column('jsonb')
  parsed!: ParsedSpec;
}
