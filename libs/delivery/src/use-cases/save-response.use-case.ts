import { Injectable } from '@nestjs/common';
import type { ItemResponse } from '@markpoint/grading';
import { internalResponse } from '../domain/internal-response';
import { responseProblem } from '../domain/validate-response';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { AttemptRepository } from '../repositories/attempt.repository';

/**
 * Autosave: an idempotent write of one item's response. The write itself is guarded (open attempt,
 * before the deadline), so a save racing the deadline job either lands before it or is refused.
 */
@Injectable()
export class SaveResponseUseCase {
  constructor(private readonly attempts: AttemptRepository) {}

  async execute(input: {
    tenantId: string;
    attemptId: string;
    position: number;
    response: ItemResponse;
  }): Promise<{ savedAt: Date }> {
    const found = await this.attempts.itemForResponse(input.tenantId, input.attemptId, input.position);
    if (!found) {
      throw new DeliveryException(
        `Attempt ${input.attemptId} has no item ${input.position}`,
        DeliveryExceptionCode.ITEM_NOT_FOUND,
      );
    }
    const itemType = found.item.content.type;
    if (input.response.type !== itemType) {
      const message = `Item ${input.position} is ${itemType}; the response is ${input.response.type}`;
      throw new DeliveryException(message, DeliveryExceptionCode.RESPONSE_TYPE_MISMATCH, [
        { field: 'response.type', message: `must be ${itemType}` },
      ]);
    }
    const response = internalResponse(found.attempt.seed, found.item, input.response);
    const problem = responseProblem(found.item.content, response);
    if (problem) {
      throw new DeliveryException(problem, DeliveryExceptionCode.INVALID_RESPONSE, [
        { field: 'response', message: problem },
      ]);
    }
    if (await this.attempts.saveResponse(input.attemptId, input.position, response))
      return { savedAt: new Date() };
    // Read again: the attempt read before the write may predate the submit that refused it.
    const attempt = (await this.attempts.findById(input.tenantId, input.attemptId)) ?? found.attempt;
    if (attempt.status === 'IN_PROGRESS' && attempt.deadlineAt) {
      throw new DeliveryException(
        `The deadline (${attempt.deadlineAt.toISOString()}) has passed`,
        DeliveryExceptionCode.DEADLINE_PASSED,
      );
    }
    throw new DeliveryException(
      `The attempt is ${attempt.status.toLowerCase()}; it takes no more answers`,
      DeliveryExceptionCode.ATTEMPT_NOT_IN_PROGRESS,
    );
  }
}
