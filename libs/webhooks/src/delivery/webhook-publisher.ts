import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '@markpoint/persistence';
import { WebhookRepository } from '../repositories/webhook.repository';
import type { WebhookEvent } from '../webhook-events';
import { WEBHOOK_QUEUE, type WebhookJob } from './webhook-delivery.worker';

/**
 * Records an event for every subscribed endpoint of the tenant and queues its delivery. Pass the
 * caller's transaction manager: the deliveries and their jobs then commit with the change itself.
 */
@Injectable()
export class WebhookPublisher {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly queue: JobQueue,
  ) {}

  async publish(
    tenantId: string,
    event: WebhookEvent,
    data: Record<string, unknown>,
    manager?: EntityManager,
  ): Promise<string[]> {
    const endpoints = await this.webhooks.subscribers(tenantId, event, manager);
    return this.enqueue(
      tenantId,
      endpoints.map((e) => e.id),
      event,
      data,
      manager,
    );
  }

  async enqueue(
    tenantId: string,
    endpointIds: string[],
    event: WebhookEvent,
    data: Record<string, unknown>,
    manager?: EntityManager,
  ): Promise<string[]> {
    const repo = this.webhooks.deliveries(manager);
    const ids: string[] = [];
    for (const endpointId of endpointIds) {
      const delivery = await repo.save(
        repo.create({ tenantId, endpointId, event, payload: data, status: 'PENDING', attempts: 0 }),
      );
      await this.queue.send<WebhookJob>(WEBHOOK_QUEUE, { deliveryId: delivery.id }, { manager });
      ids.push(delivery.id);
    }
    return ids;
  }

  /** Sends a FAILED (or stuck) delivery again, with a fresh set of retries. */
  async redeliver(deliveryId: string): Promise<void> {
    await this.webhooks.deliveries().update({ id: deliveryId }, { status: 'PENDING', lastError: null });
    await this.queue.send<WebhookJob>(WEBHOOK_QUEUE, { deliveryId });
  }
}
