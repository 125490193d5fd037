import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import { QuestionBankEntity } from '@markpoint/question-bank';
import type { Blueprint, QuizSettings } from '../domain/quiz-settings';

@Entity('quizzes')
@Index(['tenantId', 'createdAt'])
export class QuizEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  bankId!: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  bank?: QuestionBankEntity;

  @Column('text')
  title!: string;

  @Column('jsonb')
  blueprint!: Blueprint;

  @Column('jsonb')
  settings!: QuizSettings;
}
