import { DynamicModule, Module } from '@nestjs/common';
import {
  WebhookDeliveryWorker,
  WEBHOOK_RETRY_POLICY,
  type WebhookRetryPolicy,
} from './delivery/webhook-delivery.worker';
import { WebhookPublisher } from './delivery/webhook-publisher';
import { WebhookRepository } from './repositories/webhook.repository';

@Module({})
export class WebhooksModule {
  static register(policy: WebhookRetryPolicy): DynamicModule {
    return {
      module: WebhooksModule,
      global: true,
      providers: [
        { provide: WEBHOOK_RETRY_POLICY, useValue: policy },
        WebhookRepository,
        WebhookPublisher,
        WebhookDeliveryWorker,
      ],
      exports: [WebhookRepository, WebhookPublisher],
    };
  }
}
