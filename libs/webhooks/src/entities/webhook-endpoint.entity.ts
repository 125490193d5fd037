import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@markpoint/persistence';
import type { WebhookEvent } from '../webhook-events';

/** A tenant's receiver. The secret signs deliveries; it is shown once, at creation. */
@Entity('webhook_endpoints')
@Index(['tenantId'])
export class WebhookEndpointEntity extends BaseEntity {
  @Column('uuid')
  tenantId!: string;

  @Column('text')
  url!: string;

  @Column('text', { array: true })
  events!: WebhookEvent[];

  @Column('text')
  secret!: string;

  @Column('boolean', { default: true })
  active!: boolean;
}
