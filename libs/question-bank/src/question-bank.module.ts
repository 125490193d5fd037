import { Module } from '@nestjs/common';
import { SpecModule } from '@markpoint/spec';
import { KnowledgePackRegistry } from './generator/packs/knowledge-pack.registry';
import { QuestionBankRepository } from './repositories/question-bank.repository';
import { AuthorItemUseCase } from './use-cases/author-item.use-case';
import { BankInterchangeUseCase } from './use-cases/bank-interchange.use-case';
import { GenerateBankUseCase } from './use-cases/generate-bank.use-case';
import { GetBankQualityUseCase } from './use-cases/get-bank-quality.use-case';
import { ReviewItemsUseCase } from './use-cases/review-items.use-case';

@Module({
  imports: [SpecModule],
  providers: [
    QuestionBankRepository,
    KnowledgePackRegistry,
    GenerateBankUseCase,
    GetBankQualityUseCase,
    BankInterchangeUseCase,
    AuthorItemUseCase,
    ReviewItemsUseCase,
  ],
  exports: [
    QuestionBankRepository,
    KnowledgePackRegistry,
    GenerateBankUseCase,
    GetBankQualityUseCase,
    BankInterchangeUseCase,
    AuthorItemUseCase,
    ReviewItemsUseCase,
  ],
})
export class QuestionBankModule {}
