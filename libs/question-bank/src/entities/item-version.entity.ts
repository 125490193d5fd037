import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { GeneratorStamp, ItemContent, ItemFeedback, ItemProvenance } from '@markpoint/grading';
import { BaseEntity } from '@markpoint/persistence';
import { ItemEntity } from './item.entity';

/** One immutable version of an item's content. */
@Entity('item_versions')
@Index(['itemId', 'version'], { unique: true })
export class ItemVersionEntity extends BaseEntity {
  @Column('uuid')
  itemId!: string;

  @ManyToOne(() => ItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  item?: ItemEntity;

  @Column('int')
  version!: number;

  @Column('jsonb')
  content!: ItemContent;

  @Column('jsonb')
  feedback!: ItemFeedback;

  @Column('numeric', {
    precision: 8,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  maxScore!: number;

  @Column('jsonb')
  provenance!: ItemProvenance;

  @Column('jsonb', { nullable: true })
  generator!: GeneratorStamp | null;
}
