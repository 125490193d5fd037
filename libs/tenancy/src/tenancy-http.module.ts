import { Module } from '@nestjs/common';
import { ApiKeysController } from './controllers/api-keys.controller';
import { TenancyModule } from './tenancy.module';

@Module({ imports: [TenancyModule], controllers: [ApiKeysController] })
export class TenancyHttpModule {}
