import { Injectable } from '@nestjs/common';
import { SpecificationRepository } from '@markpoint/spec';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import { checkOptionsOf } from '../generator/alignment-targets';
import { assessBank, type BankAssessment } from '../quality/assess-bank';
import { bankItemToDraft, QuestionBankRepository } from '../repositories/question-bank.repository';

/** Lints the bank's current items and reports marking-point coverage (recomputed, never cached). */
@Injectable()
export class GetBankQualityUseCase {
  constructor(
    private readonly banks: QuestionBankRepository,
    private readonly specs: SpecificationRepository,
  ) {}

  async execute(input: { tenantId: string; bankId: string }): Promise<BankAssessment> {
    const bank = await this.banks.findById(input.tenantId, input.bankId);
    if (!bank)
      throw new BankException(
        `No question bank has the id ${input.bankId}`,
        BankExceptionCode.BANK_NOT_FOUND,
      );
    // Coverage is measured against the bank's own specification version, not a newer one.
    const [items, markingPoints, version] = await Promise.all([
      this.banks.allItems(input.tenantId, bank.id),
      this.specs.markingPoints(bank.specificationVersionId),
      this.specs.findVersionById(bank.specificationVersionId),
    ]);
    const drafts = items.map(bankItemToDraft);
    // The same checks generation applies, with what each marking point rewards in this version.
    return assessBank(drafts, markingPoints, version ? checkOptionsOf(version.parsed) : {});
  }
}
