import { Injectable } from '@nestjs/common';
import { ITEM_TYPES, type ItemType } from '@markpoint/grading';
import { GetSpecificationUseCase } from '@markpoint/spec';
import type { QuestionBankEntity } from '../entities/question-bank.entity';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';
import { checkOptionsOf } from '../generator/alignment-targets';
import { generateBank } from '../generator/generate-bank';
import { KnowledgePackRegistry } from '../generator/packs/knowledge-pack.registry';
import { assessBank } from '../quality/assess-bank';
import { QuestionBankRepository } from '../repositories/question-bank.repository';
import { findingsByItem } from '../review/findings-by-item';
import { generatedItemStatus } from '../review/review-status';

export interface GenerateBankInput {
  tenantId: string;
  specificationId: string;
  version?: number;
  title?: string;
  seed?: string;
  itemsPerMarkingPoint?: number;
  types?: ItemType[];
  /** false: generate from the specification's text alone. */
  usePacks?: boolean;
  /**
   * Items at or above this confidence (0–1) with no error finding start APPROVED; the rest wait
   * as drafts. Unset: every generated item is a draft until a teacher approves it.
   */
  autoApproveAbove?: number;
}

export const DEFAULT_ITEMS_PER_MARKING_POINT = 6;

/**
 * Generates a bank from one specification version and stores it with its quality summary; each
 * item keeps its checker findings, and starts as a draft unless it clears the approval threshold.
 */
@Injectable()
export class GenerateBankUseCase {
  constructor(
    private readonly getSpec: GetSpecificationUseCase,
    private readonly banks: QuestionBankRepository,
    private readonly packs: KnowledgePackRegistry,
  ) {}

  async execute(input: GenerateBankInput): Promise<QuestionBankEntity> {
    const { specification, version, markingPoints } = await this.getSpec.execute({
      tenantId: input.tenantId,
      id: input.specificationId,
      version: input.version,
    });
    const seed = input.seed ?? `${specification.id}:v${version.version}`;
    const types = input.types && input.types.length > 0 ? input.types : [...ITEM_TYPES];
    const itemsPerMarkingPoint = input.itemsPerMarkingPoint ?? DEFAULT_ITEMS_PER_MARKING_POINT;
    const packs = input.usePacks === false ? [] : this.packs.all();
    const { items, generatorVersion } = generateBank(version.parsed, {
      specId: specification.id,
      specVersion: version.version,
      seed,
      itemsPerMarkingPoint,
      types,
      packs,
    });
    if (items.length === 0) {
      throw new BankException(
        `No item could be generated with the types ${types.join(', ')}`,
        BankExceptionCode.NOTHING_GENERATED,
        [
          {
            field: 'types',
            message: 'Add more item types (a numeric item needs a calculation in the specification)',
          },
        ],
      );
    }
    const quality = assessBank(items, markingPoints, checkOptionsOf(version.parsed));
    // The generator's own findings when it gives them; otherwise the bank linter's, per item.
    const linted = findingsByItem(items.length, quality.findings);
    const reviewed = items.map((item, i) => {
      const findings = item.findings ?? linted[i];
      return {
        ...item,
        findings,
        status: generatedItemStatus({ ...item, findings }, input.autoApproveAbove),
      };
    });
    return this.banks.insertBank(
      {
        tenantId: input.tenantId,
        specificationId: specification.id,
        specificationVersionId: version.id,
        title: input.title?.trim() || `${specification.title} (v${version.version})`,
        seed,
        generatorVersion,
        options: { itemsPerMarkingPoint, types, packs: packs.map((p) => p.name) },
        quality: quality.summary,
        itemCount: items.length,
      },
      reviewed,
    );
  }
}
