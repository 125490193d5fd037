import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import type { WebhookEvent } from '../webhook-events';

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One event for one endpoint; the row outlives its job so its history stays visible. */
@Entity('webhook_deliveries')
@Index(['endpointId', 'createdAt'])
export class WebhookDeliveryEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  endpointId!: string;

  @Column('text')
  event!: WebhookEvent;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column('text', { default: 'PENDING' })
  status!: DeliveryStatus;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('int', { nullable: true })
  lastStatusCode!: number | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;
}
