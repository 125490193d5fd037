import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type {
  GeneratorStamp,
  ItemContent,
  ItemEvidence,
  ItemFeedback,
  ItemFinding,
  ItemProvenance,
} from '@markpoint/grading';
import { BaseEntity } from '@markpoint/persistence';
import { ItemEntity } from './item.entity';

/** One immutable version of an item's content. */
@Entity('item_versions')
@Index(['itemId', 'version'], { unique: true })
@Check('CHK_item_versions_confidence', `"confidence" BETWEEN 0 AND 1`)
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

  /** The checker's findings on this version's content (an edit is checked again). */
  @Column('jsonb', { default: () => "'[]'" })
  findings!: ItemFinding[];

  /** The specification text the item rests on; null when nobody recorded it. */
  @Column('jsonb', { nullable: true })
  evidence!: ItemEvidence | null;

  /** The generator's confidence (0–1) in this version; null for authored, imported or edited ones. */
  // float8 comes back from pg as a number, so no transformer is needed.
  @Column('double precision', { nullable: true })
  confidence!: number | null;
}
