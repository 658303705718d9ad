/** Market codes the extension knows. UK is written GB by the Open API; both are accepted. */
export const MARKET_CODES = ['US', 'GB', 'ID', 'TH', 'VN', 'MY', 'PH', 'SG'] as const;
export type Market = (typeof MARKET_CODES)[number];

/** Normalises a market code ("uk" → "GB"); `undefined` when unknown. */
export function resolveMarket(value: unknown): Market | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.trim().toUpperCase();
  const code = upper === 'UK' ? 'GB' : upper;
  return (MARKET_CODES as readonly string[]).includes(code) ? (code as Market) : undefined;
}
