export { QuestionBankModule } from './question-bank.module';
export { QuestionBankHttpModule } from './question-bank-http.module';
export { QuestionBankEntity } from './entities/question-bank.entity';
export { ItemEntity, ITEM_STATUSES } from './entities/item.entity';
export type { ItemStatus } from './entities/item.entity';
export { ItemVersionEntity } from './entities/item-version.entity';
export { QuestionBankRepository } from './repositories/question-bank.repository';
export type { BankItem } from './repositories/question-bank.repository';
export { GenerateBankUseCase } from './use-cases/generate-bank.use-case';
export { GetBankQualityUseCase } from './use-cases/get-bank-quality.use-case';
export type { BankQualityReport } from './use-cases/get-bank-quality.use-case';
export { ReviewItemsUseCase } from './use-cases/review-items.use-case';
export type { ReviewItemsInput } from './use-cases/review-items.use-case';
export { REVIEW_ACTIONS } from './review/review-status';
export type { ReviewAction } from './review/review-status';
export { BankException, BankExceptionCode } from './exceptions/bank.exception';
export { KnowledgePackRegistry } from './generator/packs/knowledge-pack.registry';
export { generateBank } from './generator/generate-bank';
export { checkOptionsOf } from './generator/alignment-targets';
export { loadPacks } from './generator/packs/load-packs';
export { assessBank } from './quality/assess-bank';
export type { BankAssessment } from './quality/assess-bank';
export { renderQualityReport } from './quality/render-quality-report';
export { renderBankMarkdown } from './quality/render-bank-markdown';

// The generator: facts → strategies → a bank aligned to marking points (see generator/generate-bank.ts).
export { DEFAULT_ITEMS_PER_MARKING_POINT } from './generator/generate-bank';
export type { GenerateBankOptions, GeneratedBank, MarkingPointGap } from './generator/generate-bank';
export { GENERATOR_VERSION } from './generator/generator-version';
export { buildFactBase } from './generator/facts/build-fact-base';
export type { Fact, FactBase, FactKind, MarkingPointFacts } from './generator/facts/fact-types';
export { orderedFactsOf } from './generator/facts/ordered-facts';
export type { OrderedSequence } from './generator/facts/ordered-facts';
export { builtInPackDirectory } from './generator/packs/load-packs';
export type { LoadPacksOptions } from './generator/packs/load-packs';
export { parsePack } from './generator/packs/parse-pack';
export {
  KnowledgePackException,
  KnowledgePackExceptionCode,
} from './generator/packs/knowledge-pack.exception';
export type {
  KnowledgePack,
  PackCategory,
  PackFormula,
  PackFormulaParameter,
  PackLegislation,
  PackModel,
  PackTerm,
} from './generator/packs/knowledge-pack';
export type { ItemStrategy, StrategyContext } from './generator/strategies/item-strategy';
export { ALL_STRATEGIES } from './generator/strategies/all-strategies';
export { lintBank } from './quality/lint-bank';
export type { LintFinding, LintOptions, LintRule, OrderedFact } from './quality/lint-finding';
export { coverageReport } from './quality/coverage-report';
export type {
  CoverageReport,
  CoverageRule,
  MarkingPointCoverage,
  MarkingPointRef,
} from './quality/coverage-report';
export * from './interchange';
