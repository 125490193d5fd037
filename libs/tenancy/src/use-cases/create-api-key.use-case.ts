import { Injectable } from '@nestjs/common';
import { ApiKeyRepository } from '../repositories/api-key.repository';
import type { ApiKeyEntity } from '../entities/api-key.entity';
import type { ApiScope } from '../auth/api-scope';
import { newKeySecret } from '../auth/api-key-secret';

export interface CreatedApiKey {
  entity: ApiKeyEntity;
  /** Shown once; only its prefix can be seen again. */
  key: string;
}

@Injectable()
export class CreateApiKeyUseCase {
  constructor(private readonly keys: ApiKeyRepository) {}

  async execute(input: { tenantId: string; name: string; scopes: ApiScope[] }): Promise<CreatedApiKey> {
    const secret = newKeySecret();
    const entity = await this.keys.insert({
      tenantId: input.tenantId,
      name: input.name,
      prefix: secret.prefix,
      secretHash: secret.hash,
      scopes: [...new Set(input.scopes)],
    });
    return { entity, key: secret.key };
  }
}
