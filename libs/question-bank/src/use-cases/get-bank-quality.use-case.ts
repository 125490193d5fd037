import { Injectable } from '@nestjs/common';
import { SpecificationRepository } from '@markpoint/spec';
import type { ItemStatus } from '../entities/item.entity';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import { checkOptionsOf } from '../generator/alignment-targets';
import { assessBank, type BankAssessment } from '../quality/assess-bank';
import { bankItemToDraft, QuestionBankRepository } from '../repositories/question-bank.repository';

export type BankQualityReport = BankAssessment & { itemsByStatus: Record<ItemStatus, number> };

/**
 * Lints the bank's drafts and approved items and reports marking-point coverage (recomputed, never
 * cached), with how many items wait for review, are approved or retired.
 */
@Injectable()
export class GetBankQualityUseCase {
  constructor(
    private readonly banks: QuestionBankRepository,
    private readonly specs: SpecificationRepository,
  ) {}

  async execute(input: { tenantId: string; bankId: string }): Promise<BankQualityReport> {
    const bank = await this.banks.findById(input.tenantId, input.bankId);
    if (!bank)
      throw new BankException(
        `No question bank has the id ${input.bankId}`,
        BankExceptionCode.BANK_NOT_FOUND,
      );
    // Coverage is measured against the bank's own specification version, not a newer one.
    const [items, markingPoints, version, itemsByStatus] = await Promise.all([
      this.banks.allItems(input.tenantId, bank.id),
      this.specs.markingPoints(bank.specificationVersionId),
      this.specs.findVersionById(bank.specificationVersionId),
      this.banks.statusCounts(input.tenantId, bank.id),
    ]);
    const drafts = items.map(bankItemToDraft);
    // The same checks generation applies, with what each marking point rewards in this version.
    const assessment = assessBank(drafts, markingPoints, version ? checkOptionsOf(version.parsed) : {});
    return { ...assessment, itemsByStatus };
  }
}
