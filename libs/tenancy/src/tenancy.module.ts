import { Module } from '@nestjs/common';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ApiKeyRepository } from './repositories/api-key.repository';
import { TenantRepository } from './repositories/tenant.repository';
import { CreateApiKeyUseCase } from './use-cases/create-api-key.use-case';

@Module({
  providers: [TenantRepository, ApiKeyRepository, ApiKeyGuard, CreateApiKeyUseCase],
  exports: [TenantRepository, ApiKeyRepository, ApiKeyGuard, CreateApiKeyUseCase],
})
export class TenancyModule {}
