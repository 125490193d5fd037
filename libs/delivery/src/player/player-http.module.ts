import { Module } from '@nestjs/common';
import { QuestionBankModule } from '@markpoint/question-bank';
import { SpecModule } from '@markpoint/spec';
import { DeliveryModule } from '../delivery.module';
import { PlayerAssetsController } from './controllers/player-assets.controller';
import { PlayerAutosaveController } from './controllers/player-autosave.controller';
import { PlayerItemsController } from './controllers/player-items.controller';
import { PlayerPagesController } from './controllers/player-pages.controller';
import { PlayerSessionGuard } from './session/player-session.guard';
import { PlayerSessionModule } from './session/player-session.module';
import { GetPlayerReviewUseCase } from './use-cases/get-player-review.use-case';
import { LoadPlayerAttemptUseCase } from './use-cases/load-player-attempt.use-case';
import { SavePlayerAnswersUseCase } from './use-cases/save-player-answers.use-case';

/** The learner player under /play (outside /api/v1): server-rendered pages, autosave, assets. */
@Module({
  imports: [DeliveryModule, QuestionBankModule, SpecModule, PlayerSessionModule],
  providers: [PlayerSessionGuard, LoadPlayerAttemptUseCase, SavePlayerAnswersUseCase, GetPlayerReviewUseCase],
  controllers: [
    PlayerAssetsController,
    PlayerPagesController,
    PlayerItemsController,
    PlayerAutosaveController,
  ],
})
export class PlayerHttpModule {}
