import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';

export type PassbackStatus = 'PENDING' | 'DELIVERED' | 'FAILED' | 'SUPERSEDED';
export type GradingProgress = 'FullyGraded' | 'PendingManual';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One score to send to a platform's gradebook (an outbox row, written with the grade). Only the
 * newest row per link, user and tag is sent; older ones become SUPERSEDED.
 */
@Entity('lti_passbacks')
@Index(['linkId', 'userId', 'tag', 'scoredAt'])
@Index(['tenantId', 'status'])
export class LtiPassbackEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  /** lti_resource_links.id */
  @Column('uuid')
  linkId!: string;

  @Column('uuid')
  attemptId!: string;

  /** The platform's user id (`sub`). */
  @Column('text')
  userId!: string;

  /** null: the quiz's line item; otherwise a marking point key (its own line item). */
  @Column('text', { nullable: true })
  tag!: string | null;

  @Column('text')
  label!: string;

  @Column('numeric', { precision: 10, scale: 2, transformer: numeric })
  scoreGiven!: number;

  @Column('numeric', { precision: 10, scale: 2, transformer: numeric })
  scoreMaximum!: number;

  @Column('text')
  gradingProgress!: GradingProgress;

  /** The score's timestamp, fixed when the grade was decided (sent with milliseconds). */
  @Column('timestamptz')
  scoredAt!: Date;

  @Column('text')
  status!: PassbackStatus;

  @Column('int', { default: 0 })
  tries!: number;

  @Column('timestamptz', { nullable: true })
  nextTryAt!: Date | null;

  @Column('int', { nullable: true })
  lastStatusCode!: number | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('text', { nullable: true })
  lineItemUrl!: string | null;

  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;
}
