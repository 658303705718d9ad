import type { RiskCode } from '@/lib/tracking';

/** Most urgent first: the side panel's at-risk list and the one risk an order's notification leads with. */
export const RISK_ORDER: readonly RiskCode[] = [
  'lost-suspected',
  'exception',
  'first-scan-overdue',
  'dispatch-overdue',
  'no-update-24h',
  'first-scan-due-soon',
  'dispatch-due-4h',
];

/** Risk codes most urgent first, unknown codes last (in their given order), without duplicates. */
export function byUrgency(codes: Iterable<string>): string[] {
  const rank = (c: string) => {
    const i = RISK_ORDER.indexOf(c as RiskCode);
    return i === -1 ? RISK_ORDER.length : i;
  };
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b));
}
