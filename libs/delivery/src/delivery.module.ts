import { Module } from '@nestjs/common';
import { QuestionBankModule } from '@markpoint/question-bank';
import { AttemptDeadlineWorker } from './jobs/attempt-deadline.worker';
import { AttemptRepository } from './repositories/attempt.repository';
import { QuizRepository } from './repositories/quiz.repository';
import { AttemptEvents } from './use-cases/attempt-events';
import { GetAttemptResultUseCase } from './use-cases/get-attempt-result.use-case';
import { MarkItemUseCase } from './use-cases/mark-item.use-case';
import { QuizResultsUseCase } from './use-cases/quiz-results.use-case';
import { SaveQuizUseCase } from './use-cases/save-quiz.use-case';
import { SaveResponseUseCase } from './use-cases/save-response.use-case';
import { StartAttemptUseCase } from './use-cases/start-attempt.use-case';
import { SubmitAttemptUseCase } from './use-cases/submit-attempt.use-case';

const USE_CASES = [
  SaveQuizUseCase,
  StartAttemptUseCase,
  SaveResponseUseCase,
  SubmitAttemptUseCase,
  MarkItemUseCase,
  GetAttemptResultUseCase,
  QuizResultsUseCase,
];

@Module({
  imports: [QuestionBankModule],
  providers: [QuizRepository, AttemptRepository, AttemptEvents, AttemptDeadlineWorker, ...USE_CASES],
  exports: [QuizRepository, AttemptRepository, AttemptEvents, ...USE_CASES],
})
export class DeliveryModule {}
