import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import type { AttemptStatus } from '../domain/attempt-state';
import { QuizEntity } from './quiz.entity';

export interface BreakdownEntry {
  markingPointKey: string;
  score: number;
  maxScore: number;
  percentage: number;
}

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One learner's attempt. Partial unique index (migration): one IN_PROGRESS attempt per learner
 * and quiz; unique (quiz, learner, number) keeps the attempt limit under concurrency.
 */
@Entity('attempts')
@Index(['quizId', 'learnerRef', 'number'], { unique: true })
@Index('uq_attempts_one_open', { synchronize: false })
@Index(['status', 'deadlineAt'])
export class AttemptEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  quizId!: string;

  @ManyToOne(() => QuizEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  quiz?: QuizEntity;

  /** Who takes it: a name the REST client gives, or `lti:<platform>:<sub>`. */
  @Column('text')
  learnerRef!: string;

  @Column('int')
  number!: number;

  @Column('text')
  status!: AttemptStatus;

  @Column('text')
  seed!: string;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz', { nullable: true })
  deadlineAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('text', { nullable: true })
  submittedBy!: 'LEARNER' | 'DEADLINE' | 'CLIENT' | null;

  @Column('timestamptz', { nullable: true })
  gradedAt!: Date | null;

  @Column('numeric', { precision: 10, scale: 2, nullable: true, transformer: numeric })
  score!: number | null;

  @Column('numeric', { precision: 10, scale: 2, nullable: true, transformer: numeric })
  maxScore!: number | null;

  @Column('numeric', { precision: 5, scale: 2, nullable: true, transformer: numeric })
  percentage!: number | null;

  @Column('boolean', { nullable: true })
  passed!: boolean | null;

  @Column('jsonb', { nullable: true })
  breakdown!: BreakdownEntry[] | null;
}
