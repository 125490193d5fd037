import { Module } from '@nestjs/common';
import { AttemptsController } from './controllers/attempts.controller';
import { QuizzesController } from './controllers/quizzes.controller';
import { DeliveryModule } from './delivery.module';

@Module({ imports: [DeliveryModule], controllers: [QuizzesController, AttemptsController] })
export class DeliveryHttpModule {}
