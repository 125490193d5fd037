import { validateEnvClasses } from '@markpoint/common';
import { LtiEnv } from '@markpoint/lti';
import { DatabaseEnv } from '@markpoint/persistence';
import { WebhooksEnv } from '@markpoint/webhooks';
import { AppEnv } from './app.config';

export interface ServiceEnv {
  app: AppEnv;
  database: DatabaseEnv;
  webhooks: WebhooksEnv;
  lti: LtiEnv;
}

/** Every namespace the service reads; a wrong value stops the start with one line naming it. */
export function validateEnv(raw: NodeJS.ProcessEnv = process.env): ServiceEnv {
  return validateEnvClasses({ app: AppEnv, database: DatabaseEnv, webhooks: WebhooksEnv, lti: LtiEnv }, raw);
}
