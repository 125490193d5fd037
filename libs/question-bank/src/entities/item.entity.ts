import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CognitiveLevel, ItemType } from '@markpoint/grading';
import { BaseEntity } from '@markpoint/persistence';
import { QuestionBankEntity } from './question-bank.entity';

export type ItemOrigin = 'GENERATED' | 'AUTHORED' | 'IMPORTED';
/** DRAFT: waits for a teacher; APPROVED: quizzes draw it; RETIRED: never drawn again (versions stay). */
export type ItemStatus = 'DRAFT' | 'APPROVED' | 'RETIRED';
export const ITEM_STATUSES: readonly ItemStatus[] = ['DRAFT', 'APPROVED', 'RETIRED'];

/** An item's identity in a bank; its content lives in versions (attempts keep the one they got). */
@Entity('items')
@Index(['bankId', 'position'])
@Index('idx_items_marking_point_keys', { synchronize: false })
@Check('CHK_items_status', `"status" IN ('DRAFT', 'APPROVED', 'RETIRED')`)
export class ItemEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  bankId!: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  bank?: QuestionBankEntity;

  @Column('int')
  position!: number;

  @Column('text')
  type!: ItemType;

  @Column('text')
  level!: CognitiveLevel;

  @Column('text', { array: true })
  markingPointKeys!: string[];

  @Column('text', { default: 'GENERATED' })
  origin!: ItemOrigin;

  @Column('text', { default: 'DRAFT' })
  status!: ItemStatus;

  @Column('int')
  currentVersion!: number;
}
