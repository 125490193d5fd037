import { Module } from '@nestjs/common';
import { WebhooksController } from './controllers/webhooks.controller';

// WebhooksModule is global (registered once by the app with its retry policy).
@Module({ controllers: [WebhooksController] })
export class WebhooksHttpModule {}
