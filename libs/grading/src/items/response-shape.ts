import { assertUnreachable } from '../utils/assert-unreachable';
import { ITEM_TYPES, type ItemResponse, type ItemType } from './item-content';
import type { ResponseOf } from './item-grade';

// Responses are stored as JSON, and older code stored whatever shape a client sent. Graders must
// cope with such rows, so they check the shape here instead of trusting the type.

/** Why `response` is not a well-formed response for an item of `type`, or null. */
export function responseShapeProblem(type: ItemType, response: unknown): string | null {
  if (!isRecord(response)) return 'is not an object';
  if (response.type !== type) return `has type ${describe(response.type)}, not ${type}`;
  switch (type) {
    case 'SINGLE_CHOICE':
      return typeof response.optionId === 'string' ? null : 'optionId is not a string';
    case 'MULTIPLE_RESPONSE':
      return isStringArray(response.optionIds) ? null : 'optionIds is not a list of strings';
    case 'ORDERING':
      return isStringArray(response.stepIds) ? null : 'stepIds is not a list of strings';
    case 'TRUE_FALSE':
      return typeof response.value === 'boolean' ? null : 'value is not a boolean';
    case 'MATCHING':
      return isRecord(response.matches) && Object.values(response.matches).every((v) => typeof v === 'string')
        ? null
        : 'matches is not an object of strings';
    case 'NUMERIC':
      return typeof response.value === 'number' && Number.isFinite(response.value)
        ? null
        : 'value is not a finite number';
    case 'SHORT_ANSWER':
    case 'EXTENDED_RESPONSE':
      return typeof response.text === 'string' ? null : 'text is not a string';
    default:
      return assertUnreachable(type, 'Unknown item type');
  }
}

/** Whether `response` is a well-formed response for an item of `type`. */
export function isResponseOf<T extends ItemType>(type: T, response: unknown): response is ResponseOf<T> {
  return responseShapeProblem(type, response) === null;
}

/** Whether `response` is a well-formed response of some item type. */
export function isItemResponse(response: unknown): response is ItemResponse {
  return (
    isRecord(response) &&
    (ITEM_TYPES as readonly unknown[]).includes(response.type) &&
    responseShapeProblem(response.type as ItemType, response) === null
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 40) : typeof value;
}
