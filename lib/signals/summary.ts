import type { PageSummary, ProblemCode, RowSignals, SummaryGroup } from './types';

const GROUP_OF: Record<ProblemCode, SummaryGroup> = {
  'waybill-malformed': 'waybill',
  'waybill-duplicate': 'waybill',
  'waybill-wrong-carrier': 'waybill',
  'ship-by-overdue': 'ship-by-overdue',
  'ship-by-4h': 'ship-by-4h',
  'ship-by-12h': 'ship-by-12h',
  'ship-by-24h': 'ship-by-24h',
  'collection-overdue': 'collection-overdue',
  'first-scan-overdue': 'first-scan-overdue',
  diagnosis: 'diagnosis',
};

export const SUMMARY_GROUPS: readonly SummaryGroup[] = [
  'waybill',
  'ship-by-overdue',
  'ship-by-4h',
  'ship-by-12h',
  'ship-by-24h',
  'collection-overdue',
  'first-scan-overdue',
  'diagnosis',
];

/**
 * Counts by problem over every row given (one row counts once per group), for the page summary.
 * Example: two rows, one with a malformed waybill → `{ checked: 2, groups: [{ group: 'waybill', orderIds: ['1'] }], problemRows: 1 }`.
 */
export function summarizeSignals(rows: readonly RowSignals[], total?: number): PageSummary {
  const members = new Map<SummaryGroup, Set<string>>();
  let problemRows = 0;
  for (const row of rows) {
    if (row.problems.length) problemRows++;
    for (const problem of row.problems) {
      const group = GROUP_OF[problem.code];
      let set = members.get(group);
      if (!set) members.set(group, (set = new Set()));
      set.add(row.orderId);
    }
  }
  const summary: PageSummary = {
    checked: rows.length,
    groups: SUMMARY_GROUPS.filter((g) => members.has(g)).map((group) => ({
      group,
      orderIds: [...members.get(group)!],
    })),
    problemRows,
  };
  if (total !== undefined && Number.isFinite(total) && total >= 0) summary.total = Math.max(total, rows.length);
  return summary;
}
