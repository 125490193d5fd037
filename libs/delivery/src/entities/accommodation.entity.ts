import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import { QuizEntity } from './quiz.entity';

/** Extra time and attempts for one learner on one quiz. */
@Entity('accommodations')
@Index(['quizId', 'learnerRef'], { unique: true })
export class AccommodationEntity extends BaseEntity {
  @Column('uuid')
  quizId!: string;

  @ManyToOne(() => QuizEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  quiz?: QuizEntity;

  @Column('text')
  learnerRef!: string;

  @Column('numeric', {
    precision: 4,
    scale: 2,
    default: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  timeMultiplier!: number;

  @Column('int', { default: 0 })
  extraAttempts!: number;
}
