import { Injectable } from '@nestjs/common';
import { QuestionBankRepository } from '@markpoint/question-bank';
import {
  DEFAULT_SETTINGS,
  drawableStatuses,
  type Blueprint,
  type QuizSettings,
} from '../domain/quiz-settings';
import { selectItems } from '../domain/select-items';
import type { BlueprintDto, QuizSettingsDto } from '../dtos/quiz.dto';
import type { QuizEntity } from '../entities/quiz.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { QuizRepository } from '../repositories/quiz.repository';

const DEFAULT_BLUEPRINT: Blueprint = { perMarkingPoint: 2, markingPoints: [], types: [], total: null };

/**
 * Creates or updates a quiz; the blueprint must select at least one item the quiz may draw
 * (approved, or also drafts when the quiz includes them). Asking for more than there are is
 * allowed: attempts get what there is.
 */
@Injectable()
export class SaveQuizUseCase {
  constructor(
    private readonly quizzes: QuizRepository,
    private readonly banks: QuestionBankRepository,
  ) {}

  async create(input: {
    tenantId: string;
    bankId: string;
    title: string;
    blueprint?: BlueprintDto;
    settings?: QuizSettingsDto;
  }): Promise<QuizEntity> {
    const blueprint = mergeBlueprint(DEFAULT_BLUEPRINT, input.blueprint);
    const settings = mergeSettings(DEFAULT_SETTINGS, input.settings);
    await this.checkBlueprint(input.tenantId, input.bankId, blueprint, settings);
    return this.quizzes.save({
      tenantId: input.tenantId,
      bankId: input.bankId,
      title: input.title.trim(),
      blueprint,
      settings,
    });
  }

  async update(input: {
    tenantId: string;
    id: string;
    title?: string;
    blueprint?: BlueprintDto;
    settings?: QuizSettingsDto;
  }): Promise<QuizEntity> {
    const quiz = await this.quizzes.findById(input.tenantId, input.id);
    if (!quiz)
      throw new DeliveryException(`No quiz has the id ${input.id}`, DeliveryExceptionCode.QUIZ_NOT_FOUND);
    quiz.blueprint = mergeBlueprint(quiz.blueprint, input.blueprint);
    quiz.settings = mergeSettings(quiz.settings, input.settings);
    if (input.title) quiz.title = input.title.trim();
    await this.checkBlueprint(input.tenantId, quiz.bankId, quiz.blueprint, quiz.settings);
    return this.quizzes.save(quiz);
  }

  private async checkBlueprint(
    tenantId: string,
    bankId: string,
    blueprint: Blueprint,
    settings: QuizSettings,
  ): Promise<void> {
    if (!(await this.banks.findById(tenantId, bankId))) {
      throw new DeliveryException(
        `No question bank has the id ${bankId}`,
        DeliveryExceptionCode.QUIZ_NOT_FOUND,
        [{ field: 'bankId', message: 'unknown bank' }],
      );
    }
    if (settings.opensAt && settings.closesAt && new Date(settings.opensAt) >= new Date(settings.closesAt)) {
      throw new DeliveryException(
        'The quiz must open before it closes',
        DeliveryExceptionCode.EMPTY_BLUEPRINT,
        [{ field: 'settings.closesAt', message: 'must be after opensAt' }],
      );
    }
    const statuses = drawableStatuses(settings);
    const items = (await this.banks.allItems(tenantId, bankId, statuses)).map(({ item }) => item);
    if (selectItems(items, blueprint, 'check').length === 0) {
      const drawable = settings.includeDrafts ? 'approved or draft' : 'approved';
      throw new DeliveryException(
        `The blueprint selects no ${drawable} item of the bank`,
        DeliveryExceptionCode.EMPTY_BLUEPRINT,
        [
          {
            field: 'blueprint',
            message: `no ${drawable} item matches these marking points and types (approve items, or set settings.includeDrafts)`,
          },
        ],
      );
    }
  }
}

function mergeBlueprint(base: Blueprint, patch?: BlueprintDto): Blueprint {
  return {
    perMarkingPoint: patch?.perMarkingPoint !== undefined ? patch.perMarkingPoint : base.perMarkingPoint,
    markingPoints: patch?.markingPoints ?? base.markingPoints,
    types: patch?.types ?? base.types,
    total: patch?.total !== undefined ? patch.total : base.total,
  };
}

function mergeSettings(base: QuizSettings, patch?: QuizSettingsDto): QuizSettings {
  if (!patch) return base;
  const { review, ...rest } = patch;
  const defined = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  ) as Partial<QuizSettings>;
  const reviewPatch = Object.fromEntries(Object.entries(review ?? {}).filter(([, v]) => v !== undefined));
  return { ...base, ...defined, review: { ...base.review, ...reviewPatch } };
}
