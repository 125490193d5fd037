import { Injectable } from '@nestjs/common';
import type { LearnerItemView } from '../../domain/learner-item-view';
import { DeliveryException, DeliveryExceptionCode } from '../../exceptions/delivery.exception';
import { SaveResponseUseCase } from '../../use-cases/save-response.use-case';
import { itemResponseErrors } from '../../utils/item-response-errors';
import { parseItemFields, type FieldProblem, type FormFields } from '../domain/item-fields';

export interface SavedAnswers {
  /** Items whose fields could not be saved, with why. */
  problems: { position: number; problem: FieldProblem }[];
  /** The attempt takes no more answers (submitted, or past its deadline). */
  closed: boolean;
}

/** Saves the answers a player form posted (the no-script path); unchanged answers are not written. */
@Injectable()
export class SavePlayerAnswersUseCase {
  constructor(private readonly saveResponse: SaveResponseUseCase) {}

  async execute(input: {
    tenantId: string;
    attemptId: string;
    items: LearnerItemView[];
    fields: FormFields;
  }): Promise<SavedAnswers> {
    const problems: SavedAnswers['problems'] = [];
    for (const item of input.items) {
      const parsed = parseItemFields(item, input.fields);
      if (parsed.kind === 'problem') problems.push({ position: item.position, problem: parsed.problem });
      if (parsed.kind !== 'response' || canonical(parsed.response) === canonical(item.response)) continue;
      // The same rules as a JSON autosave's body (SaveResponseDto): sizes, and the shape per type.
      if (itemResponseErrors(parsed.response).length > 0) {
        problems.push({ position: item.position, problem: 'NOT_ACCEPTED' });
        continue;
      }
      try {
        await this.saveResponse.execute({
          tenantId: input.tenantId,
          attemptId: input.attemptId,
          position: item.position,
          response: parsed.response,
        });
      } catch (error) {
        if (error instanceof DeliveryException && isClosed(error.code)) return { problems, closed: true };
        throw error;
      }
    }
    return { problems, closed: false };
  }
}

// jsonb reorders object keys, so responses are compared with their keys sorted.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function isClosed(code: DeliveryExceptionCode): boolean {
  return (
    code === DeliveryExceptionCode.DEADLINE_PASSED || code === DeliveryExceptionCode.ATTEMPT_NOT_IN_PROGRESS
  );
}
