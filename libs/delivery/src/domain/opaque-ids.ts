import { createHmac } from 'node:crypto';
import type { ItemContent, ItemResponse } from '@markpoint/grading';

/**
 * The ids a learner sees for one item of one attempt. Authored and generated ids (`s1…sN` in key
 * order, `a…d`, `p1…`) would give the key away, so the learner only ever sees a token drawn from
 * the attempt's seed (never sent to the learner), the item's position and the internal id.
 * Graders and storage keep the internal ids.
 */
export interface OpaqueIds {
  toOpaque(internalId: string): string;
  /** undefined for an id this item never showed (including its internal ids). */
  toInternal(opaqueId: string): string | undefined;
}

/** The internal ids an item shows a learner: options, ordering steps, matching prompts. */
export function shownIds(content: ItemContent): string[] {
  switch (content.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return content.options.map((o) => o.id);
    case 'ORDERING':
      return content.steps.map((s) => s.id);
    case 'MATCHING':
      return content.pairs.map((p) => p.id);
    case 'TRUE_FALSE':
    case 'NUMERIC':
    case 'SHORT_ANSWER':
    case 'EXTENDED_RESPONSE':
      return [];
    default:
      return content satisfies never;
  }
}

function token(seed: string, position: number, internalId: string): string {
  // 64 bits of HMAC-SHA256 keyed by the attempt's seed: unguessable without the seed.
  return createHmac('sha256', seed)
    .update(`opaque-id\u0000${position}\u0000${internalId}`)
    .digest('hex')
    .slice(0, 16);
}

export function opaqueIdsFor(seed: string, position: number, content: ItemContent): OpaqueIds {
  const toOpaque = new Map<string, string>();
  const toInternal = new Map<string, string>();
  for (const id of shownIds(content)) {
    const opaque = token(seed, position, id);
    // 2^-64 per pair; refuse rather than merge two choices.
    if (toInternal.has(opaque)) throw new Error(`Opaque id collision in item ${position}`);
    toOpaque.set(id, opaque);
    toInternal.set(opaque, id);
  }
  return {
    toOpaque: (id) => toOpaque.get(id) ?? token(seed, position, id),
    toInternal: (opaque) => toInternal.get(opaque),
  };
}

/** A stored response (internal ids) as the learner's view shows it. */
export function responseToLearner(response: ItemResponse | null, ids: OpaqueIds): ItemResponse | null {
  if (!response) return null;
  switch (response.type) {
    case 'SINGLE_CHOICE':
      return { ...response, optionId: ids.toOpaque(response.optionId) };
    case 'MULTIPLE_RESPONSE':
      return { ...response, optionIds: response.optionIds.map(ids.toOpaque) };
    case 'ORDERING':
      return { ...response, stepIds: response.stepIds.map(ids.toOpaque) };
    case 'MATCHING':
      return {
        ...response,
        matches: Object.fromEntries(Object.entries(response.matches).map(([k, v]) => [ids.toOpaque(k), v])),
      };
    case 'TRUE_FALSE':
    case 'NUMERIC':
    case 'SHORT_ANSWER':
    case 'EXTENDED_RESPONSE':
      return response;
    default:
      return response satisfies never;
  }
}

export type LearnerResponseMapping = { response: ItemResponse } | { unknownIds: string[] };

/**
 * A learner's response (opaque ids) in internal ids, for validation, storage and grading. Ids the
 * item never showed are returned as unknown; fields of the wrong shape are left for validation.
 */
export function responseFromLearner(response: ItemResponse, ids: OpaqueIds): LearnerResponseMapping {
  const unknown: string[] = [];
  const map = (id: unknown): string => {
    const internal = typeof id === 'string' ? ids.toInternal(id) : undefined;
    if (internal === undefined) unknown.push(String(id));
    return internal ?? String(id);
  };
  const mapped = mapIds(response, map);
  return unknown.length ? { unknownIds: unknown } : { response: mapped };
}

function mapIds(response: ItemResponse, map: (id: unknown) => string): ItemResponse {
  switch (response.type) {
    case 'SINGLE_CHOICE':
      return { ...response, optionId: map(response.optionId) };
    case 'MULTIPLE_RESPONSE':
      return Array.isArray(response.optionIds)
        ? { ...response, optionIds: response.optionIds.map(map) }
        : response;
    case 'ORDERING':
      return Array.isArray(response.stepIds) ? { ...response, stepIds: response.stepIds.map(map) } : response;
    case 'MATCHING':
      return response.matches && typeof response.matches === 'object'
        ? {
            ...response,
            matches: Object.fromEntries(Object.entries(response.matches).map(([k, v]) => [map(k), v])),
          }
        : response;
    default:
      return response;
  }
}
