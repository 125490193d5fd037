import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '@markpoint/persistence';
import { WebhookRepository } from '../repositories/webhook.repository';
import { SIGNATURE_HEADER, signPayload } from './sign-payload';

export const WEBHOOK_QUEUE = 'webhook-delivery';

export interface WebhookJob {
  deliveryId: string;
}

export interface WebhookRetryPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  timeoutMs: number;
}

export const WEBHOOK_RETRY_POLICY = Symbol('WEBHOOK_RETRY_POLICY');

/**
 * Sends one delivery per job: signed, with a timeout. Any answer but 2xx, or no answer, makes the
 * job fail so pg-boss retries it with exponential backoff; after the last try the delivery is
 * FAILED, visible in the API and re-sendable.
 */
@Injectable()
export class WebhookDeliveryWorker {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);

  constructor(
    queue: JobQueue,
    private readonly webhooks: WebhookRepository,
    @Inject(WEBHOOK_RETRY_POLICY) private readonly policy: WebhookRetryPolicy,
  ) {
    queue.defineQueue(WEBHOOK_QUEUE, {
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: Math.ceil(policy.timeoutMs / 1000) + 30,
    });
    queue.work<WebhookJob>(WEBHOOK_QUEUE, (job) => this.deliver(job.data.deliveryId, job.retryCount));
  }

  async deliver(deliveryId: string, retryCount: number): Promise<void> {
    const deliveries = this.webhooks.deliveries();
    const delivery = await deliveries.findOneBy({ id: deliveryId });
    if (!delivery || delivery.status !== 'PENDING') return;
    const endpoint = await this.webhooks.findEndpointById(delivery.endpointId);
    if (!endpoint) {
      await deliveries.update(
        { id: deliveryId },
        { status: 'FAILED', lastError: 'The endpoint was deleted' },
      );
      return;
    }
    const body = JSON.stringify({
      id: delivery.id,
      event: delivery.event,
      createdAt: delivery.createdAt.toISOString(),
      data: delivery.payload,
    });
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Markpoint-Webhooks/1',
          'markpoint-event': delivery.event,
          'markpoint-delivery': delivery.id,
          [SIGNATURE_HEADER]: signPayload(endpoint.secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        signal: AbortSignal.timeout(this.policy.timeoutMs),
        redirect: 'manual',
      });
      statusCode = res.status;
      await res.body?.cancel();
      if (res.ok) {
        await deliveries.update(
          { id: deliveryId },
          {
            status: 'DELIVERED',
            attempts: () => 'attempts + 1',
            lastStatusCode: statusCode,
            lastError: null,
            deliveredAt: new Date(),
          },
        );
        return;
      }
      error = `HTTP ${statusCode}`;
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const last = retryCount >= this.policy.retryLimit;
    await deliveries.update(
      { id: deliveryId },
      {
        status: last ? 'FAILED' : 'PENDING',
        attempts: () => 'attempts + 1',
        lastStatusCode: statusCode,
        lastError: error,
      },
    );
    this.logger.warn(
      `Webhook delivery ${deliveryId} to ${endpoint.url} failed (${error})${last ? '; giving up' : '; will retry'}`,
    );
    if (!last) throw new Error(`Webhook delivery failed: ${error}`);
  }
}
