import type { ItemResponse } from '@markpoint/grading';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { opaqueIdsFor, responseFromLearner } from './opaque-ids';

/**
 * Autosave's first step: the learner answered with this attempt's opaque ids; storage and graders
 * use the item's internal ids. An id the item never showed (an internal one included) is refused.
 * A response of another type is left for validation to refuse.
 */
export function internalResponse(
  seed: string,
  item: AttemptItemEntity,
  response: ItemResponse,
): ItemResponse {
  if (!response || response.type !== item.content.type) return response;
  const mapped = responseFromLearner(response, opaqueIdsFor(seed, item.position, item.content));
  if ('response' in mapped) return mapped.response;
  const problem = `Unknown ids ${mapped.unknownIds.join(', ')}: answer with the ids this attempt shows`;
  throw new DeliveryException(problem, DeliveryExceptionCode.INVALID_RESPONSE, [
    { field: 'response', message: problem },
  ]);
}
