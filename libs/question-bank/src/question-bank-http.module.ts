import { Module } from '@nestjs/common';
import { BanksController } from './controllers/banks.controller';
import { QuestionBankModule } from './question-bank.module';

@Module({ imports: [QuestionBankModule], controllers: [BanksController] })
export class QuestionBankHttpModule {}
