import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import { SpecificationVersionEntity } from './specification-version.entity';

/** An examiner marking point of one version; `key` is stable across versions of the same text. */
@Entity('marking_points')
@Index(['specificationVersionId', 'key'], { unique: true })
export class MarkingPointEntity extends BaseEntity {
  @Column('uuid')
  specificationVersionId!: string;

  @ManyToOne(() => SpecificationVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  specificationVersion?: SpecificationVersionEntity;

  @Column('text')
  key!: string;

  @Column('int')
  position!: number;

  @Column('text')
  text!: string;

  @Column('int')
  line!: number;
}
