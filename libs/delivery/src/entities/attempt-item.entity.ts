import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ItemContent, ItemFeedback, ItemGrade, ItemResponse } from '@markpoint/grading';
import { BaseEntity } from '@markpoint/persistence';
import { AttemptEntity } from './attempt.entity';

export interface Presentation {
  stepOrder?: string[];
  answerOrder?: string[];
}

/**
 * An item as frozen for one attempt: the version, option order and parameter values it was given.
 * Later edits to the bank never reach it.
 */
@Entity('attempt_items')
@Index(['attemptId', 'position'], { unique: true })
export class AttemptItemEntity extends BaseEntity {
  @Column('uuid')
  attemptId!: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  attempt?: AttemptEntity;

  @Column('int')
  position!: number;

  @Column('uuid')
  itemId!: string;

  @Column('uuid')
  itemVersionId!: string;

  /** The content as presented (options and steps in this attempt's order). */
  @Column('jsonb')
  content!: ItemContent;

  @Column('jsonb')
  feedback!: ItemFeedback;

  @Column('jsonb', { nullable: true })
  parameters!: Record<string, number> | null;

  /** Display order of ordering steps and matching answers (choice options are stored shuffled). */
  @Column('jsonb', { nullable: true })
  presentation!: Presentation | null;

  @Column('text', { array: true })
  markingPointKeys!: string[];

  @Column('numeric', {
    precision: 8,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  maxScore!: number;

  @Column('jsonb', { nullable: true })
  response!: ItemResponse | null;

  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;

  @Column('jsonb', { nullable: true })
  grade!: ItemGrade | null;
}
