import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { WebhookRetryPolicy } from '../delivery/webhook-delivery.worker';
import { toInteger } from '@markpoint/persistence';

const toInt = ({ value }: { value: unknown }) => toInteger(value);

/** Webhook delivery settings, validated at boot. */
export class WebhooksEnv {
  /** Retries after the first try; with the default delay the last one is about 42 minutes later. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_RETRY_LIMIT must be an integer from 0 to 20' })
  @Min(0)
  @Max(20)
  WEBHOOK_RETRY_LIMIT: number = 8;

  /** Seconds before the first retry; doubled for each further retry. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_RETRY_DELAY_SECONDS must be a positive integer' })
  @Min(1)
  WEBHOOK_RETRY_DELAY_SECONDS: number = 10;

  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_TIMEOUT_MS must be an integer of at least 100' })
  @Min(100)
  WEBHOOK_TIMEOUT_MS: number = 10000;
}

export function toWebhookRetryPolicy(env: WebhooksEnv): WebhookRetryPolicy {
  return {
    retryLimit: env.WEBHOOK_RETRY_LIMIT,
    retryDelaySeconds: env.WEBHOOK_RETRY_DELAY_SECONDS,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
  };
}
