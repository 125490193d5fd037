import type { ItemContent } from '@markpoint/grading';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { internalResponse } from './internal-response';
import { opaqueIdsFor } from './opaque-ids';

const CONTENT: ItemContent = {
  type: 'ORDERING',
  stem: 'Order',
  steps: ['Plan', 'Do', 'Check'].map((text, i) => ({ id: `s${i + 1}`, text })),
};
const ITEM = { position: 2, content: CONTENT } as AttemptItemEntity;

describe(internalResponse.name, () => {
  const sut = internalResponse;
  const ids = opaqueIdsFor('attempt-seed', 2, CONTENT);

  it("should turn the attempt's ids into the item's own, in the learner's order", () => {
    const stepIds = ['s2', 's1', 's3'].map(ids.toOpaque);
    expect(sut('attempt-seed', ITEM, { type: 'ORDERING', stepIds })).toEqual({
      type: 'ORDERING',
      stepIds: ['s2', 's1', 's3'],
    });
  });

  it("should refuse the item's own ids and ids of another attempt as an invalid response", () => {
    for (const stepIds of [
      ['s1', 's2', 's3'],
      ['s1', 's2', 's3'].map(opaqueIdsFor('other-seed', 2, CONTENT).toOpaque),
    ]) {
      let caught: unknown;
      try {
        sut('attempt-seed', ITEM, { type: 'ORDERING', stepIds });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DeliveryException);
      expect((caught as DeliveryException).code).toBe(DeliveryExceptionCode.INVALID_RESPONSE);
    }
  });

  it('should leave a response of another type to validation', () => {
    const other = { type: 'SINGLE_CHOICE' as const, optionId: 's1' };
    expect(sut('attempt-seed', ITEM, other)).toBe(other);
  });
});
