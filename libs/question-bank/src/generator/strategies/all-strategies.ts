import { ExtendedResponseStrategy } from './extended-response.strategy';
import type { ItemStrategy } from './item-strategy';
import { MatchingStrategy } from './matching.strategy';
import { MultipleResponseStrategy } from './multiple-response.strategy';
import { NumericStrategy } from './numeric.strategy';
import { OrderingStrategy } from './ordering.strategy';
import { QuantityClozeStrategy } from './quantity-cloze.strategy';
import { ShortAnswerStrategy } from './short-answer.strategy';
import { SingleChoiceStrategy } from './single-choice.strategy';
import { StatedFormulaChoiceStrategy } from './stated-formula-choice.strategy';
import { StatedThresholdTrueFalseStrategy } from './stated-threshold-true-false.strategy';
import { TrueFalseStrategy } from './true-false.strategy';

/** The strategies, in the order their candidates are offered to selection (a type may have several). */
export const ALL_STRATEGIES: readonly ItemStrategy[] = [
  // Before the general single-choice items: it writes only for points about a stated formula.
  new StatedFormulaChoiceStrategy(),
  new SingleChoiceStrategy(),
  new MultipleResponseStrategy(),
  // Before the general true/false items, for the same reason.
  new StatedThresholdTrueFalseStrategy(),
  new TrueFalseStrategy(),
  new OrderingStrategy(),
  new MatchingStrategy(),
  new NumericStrategy(),
  new ShortAnswerStrategy(),
  new QuantityClozeStrategy(),
  new ExtendedResponseStrategy(),
];
