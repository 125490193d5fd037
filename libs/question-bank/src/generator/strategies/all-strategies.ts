import { ExtendedResponseStrategy } from './extended-response.strategy';
import type { ItemStrategy } from './item-strategy';
import { MatchingStrategy } from './matching.strategy';
import { MultipleResponseStrategy } from './multiple-response.strategy';
import { NumericStrategy } from './numeric.strategy';
import { OrderingStrategy } from './ordering.strategy';
import { QuantityClozeStrategy } from './quantity-cloze.strategy';
import { ShortAnswerStrategy } from './short-answer.strategy';
import { SingleChoiceStrategy } from './single-choice.strategy';
import { TrueFalseStrategy } from './true-false.strategy';

/** One strategy per item type, in the order their candidates are offered to selection. */
export const ALL_STRATEGIES: readonly ItemStrategy[] = [
  new SingleChoiceStrategy(),
  new MultipleResponseStrategy(),
  new TrueFalseStrategy(),
  new OrderingStrategy(),
  new MatchingStrategy(),
  new NumericStrategy(),
  new ShortAnswerStrategy(),
  new QuantityClozeStrategy(),
  new ExtendedResponseStrategy(),
];
