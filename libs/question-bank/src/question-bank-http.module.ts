import { Module } from '@nestjs/common';
import { BankInterchangeController } from './controllers/bank-interchange.controller';
import { BanksController } from './controllers/banks.controller';
import { ItemReviewController } from './controllers/item-review.controller';
import { ItemsController } from './controllers/items.controller';
import { QuestionBankModule } from './question-bank.module';

@Module({
  imports: [QuestionBankModule],
  controllers: [BanksController, BankInterchangeController, ItemsController, ItemReviewController],
})
export class QuestionBankHttpModule {}
