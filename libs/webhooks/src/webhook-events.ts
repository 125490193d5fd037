/** Events a tenant can subscribe to. `webhook.ping` is sent on demand to test an endpoint. */
export const WEBHOOK_EVENTS = ['attempt.submitted', 'attempt.graded', 'passback.failed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number] | 'webhook.ping';
