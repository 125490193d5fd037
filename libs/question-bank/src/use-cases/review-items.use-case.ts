import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ItemEntity } from '../entities/item.entity';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import { QuestionBankRepository, type BankItem } from '../repositories/question-bank.repository';
import { hasErrorFinding, STATUS_AFTER, type ReviewAction } from '../review/review-status';

export interface ReviewItemsInput {
  tenantId: string;
  bankId: string;
  itemIds: string[];
  action: ReviewAction;
  /** Approve items the checker found an error in (refused with ITEM_HAS_ERRORS otherwise). */
  override?: boolean;
}

/**
 * A teacher's review decision on one or many items of a bank: all of them change or none does.
 * Any status can move to any other (a retired item can come back as a draft); approving an item
 * whose current version has an ERROR finding needs an explicit override.
 */
@Injectable()
export class ReviewItemsUseCase {
  constructor(private readonly banks: QuestionBankRepository) {}

  async execute(input: ReviewItemsInput): Promise<BankItem[]> {
    const ids = [...new Set(input.itemIds)];
    if (!(await this.banks.findById(input.tenantId, input.bankId))) {
      throw new BankException(
        `No question bank has the id ${input.bankId}`,
        BankExceptionCode.BANK_NOT_FOUND,
      );
    }
    const status = STATUS_AFTER[input.action];
    const reviewed = await this.banks.dataSourceTransaction(async (m) => {
      const found = await this.banks.lockItems(m, input.tenantId, input.bankId, ids);
      const missing = ids.filter((id) => !found.some((f) => f.item.id === id));
      if (missing.length > 0) {
        throw new BankException(
          `The bank has no item ${missing.join(', ')}; nothing was changed`,
          BankExceptionCode.ITEM_NOT_FOUND,
          missing.map((id) => ({ field: 'itemIds', message: `no item ${id} in this bank` })),
        );
      }
      const flawed = found.filter((f) => hasErrorFinding(f.version.findings));
      if (input.action === 'APPROVE' && !input.override && flawed.length > 0) {
        throw new BankException(
          `${flawed.length} item(s) have checker errors; fix them or approve with override: true`,
          BankExceptionCode.ITEM_HAS_ERRORS,
          flawed.map(({ item, version }) => ({
            field: item.id,
            message: version.findings
              .filter((f) => f.severity === 'ERROR')
              .map((f) => `${f.rule}: ${f.message}`)
              .join('; '),
          })),
        );
      }
      await m.getRepository(ItemEntity).update({ id: In(ids) }, { status });
      return found;
    });
    return reviewed.map(({ item, version }) => ({ item: { ...item, status }, version }));
  }
}
