import type { Localized } from '@/lib/i18n';
import { DUPLICATE_FIX, describeDuplicate } from './messages';
import { normalizeWaybill } from './normalize-waybill';

export interface DuplicateWaybillGroup {
  /** The shared number, cleaned (so `JT 123` and `jt123` are the same number). */
  normalized: string;
  /** Distinct order ids using it, in first-seen order. */
  orderIds: string[];
  issue: { code: 'duplicate'; severity: 'warning'; message: string; text: Localized; fix: Localized; source: string };
}

/**
 * Groups orders that share one waybill number (after cleaning), e.g. the same label pasted into two
 * orders on a page. Only groups of two or more distinct orders are returned, in first-seen order;
 * an order listed twice with its own number is not a duplicate; empty numbers are ignored.
 * Never throws: malformed entries are skipped.
 * Example: `findDuplicateWaybills([{ orderId: 'A', raw: 'JT0001' }, { orderId: 'B', raw: 'jt 0001' }])`
 * → `[{ normalized: 'JT0001', orderIds: ['A', 'B'], issue: { code: 'duplicate', … } }]`.
 */
export function findDuplicateWaybills(
  entries: ReadonlyArray<{ orderId: string; raw: string }>,
): DuplicateWaybillGroup[] {
  if (!Array.isArray(entries)) return [];
  const byNumber = new Map<string, string[]>();
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { orderId, raw } = entry as { orderId?: unknown; raw?: unknown };
    if (typeof orderId !== 'string' && typeof orderId !== 'number') continue;
    const normalized = normalizeWaybill(raw);
    if (!normalized) continue;
    const id = String(orderId);
    const ids = byNumber.get(normalized);
    if (!ids) byNumber.set(normalized, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
  const groups: DuplicateWaybillGroup[] = [];
  for (const [normalized, orderIds] of byNumber) {
    if (orderIds.length < 2) continue;
    const text = describeDuplicate(normalized, orderIds);
    groups.push({
      normalized,
      orderIds,
      issue: { code: 'duplicate', severity: 'warning', message: text.en, text, fix: DUPLICATE_FIX, source: 'seed:S28' },
    });
  }
  return groups;
}
