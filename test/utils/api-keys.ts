import type { INestApplication } from '@nestjs/common';
import { CreateApiKeyUseCase, TenantRepository, type ApiScope } from '@markpoint/tenancy';

export interface TestCaller {
  tenantId: string;
  key: string;
  /** `{ Authorization: 'Bearer …' }` for supertest's `.set()`. */
  auth: Record<string, string>;
}

/** A new organisation (or the given one) and a key with the scopes, made through the real use case. */
export async function newCaller(
  app: INestApplication,
  scopes: ApiScope[],
  tenant?: { tenantId: string } | string,
): Promise<TestCaller> {
  const tenantId =
    typeof tenant === 'object'
      ? tenant.tenantId
      : (
          await app
            .get(TenantRepository)
            .create(tenant ?? `t-${Math.random().toString(36).slice(2, 10)}`, 'Test organisation')
        ).id;
  const { key } = await app.get(CreateApiKeyUseCase).execute({ tenantId, name: 'test', scopes });
  return { tenantId, key, auth: { Authorization: `Bearer ${key}` } };
}
