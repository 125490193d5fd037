export { WebhooksModule } from './webhooks.module';
export { WebhooksHttpModule } from './webhooks-http.module';
export { WebhookPublisher } from './delivery/webhook-publisher';
export { signPayload, verifySignature, SIGNATURE_HEADER } from './delivery/sign-payload';
export { WebhooksEnv, toWebhookRetryPolicy } from './config/webhooks.config';
export { WEBHOOK_EVENTS } from './webhook-events';
export type { WebhookEvent } from './webhook-events';
export { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
export { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
