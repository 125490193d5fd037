import { Module } from '@nestjs/common';
import { SpecificationsController } from './controllers/specifications.controller';
import { SpecModule } from './spec.module';

@Module({ imports: [SpecModule], controllers: [SpecificationsController] })
export class SpecHttpModule {}
