import type { ItemFinding } from '@markpoint/grading';
import type { ItemStatus } from '../entities/item.entity';

/** What a teacher can do to items: approve them, send them back to draft, or retire them. */
export const REVIEW_ACTIONS = ['APPROVE', 'DRAFT', 'RETIRE'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const STATUS_AFTER: Record<ReviewAction, ItemStatus> = {
  APPROVE: 'APPROVED',
  DRAFT: 'DRAFT',
  RETIRE: 'RETIRED',
};

export function hasErrorFinding(findings: readonly ItemFinding[] | null | undefined): boolean {
  return (findings ?? []).some((f) => f.severity === 'ERROR');
}

/**
 * The status a generated item starts in. With no threshold every item waits as a draft; with one,
 * an item is approved when its confidence (absent = 0) is at or above it and the checker found no
 * error in it. An item with an ERROR finding is never approved automatically.
 */
export function generatedItemStatus(
  item: { confidence?: number; findings?: readonly ItemFinding[] },
  autoApproveAbove: number | undefined,
): ItemStatus {
  if (autoApproveAbove === undefined || hasErrorFinding(item.findings)) return 'DRAFT';
  return (item.confidence ?? 0) >= autoApproveAbove ? 'APPROVED' : 'DRAFT';
}
