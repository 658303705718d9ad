/**
 * Country names as an order's shipping address shows them (English and Chinese) → ISO 3166 alpha-2
 * codes of the markets the extension knows. Unknown names give undefined: the caller leaves the
 * country out rather than guessing.
 */
import { resolveMarket, type Market } from '@/lib/carriers';

const COUNTRY_NAMES: Record<Market, readonly string[]> = {
  US: ['United States', 'United States of America', 'USA', '美国'],
  GB: ['United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', '英国'],
  ID: ['Indonesia', '印度尼西亚', '印尼'],
  TH: ['Thailand', '泰国'],
  VN: ['Vietnam', 'Viet Nam', '越南'],
  MY: ['Malaysia', '马来西亚'],
  PH: ['Philippines', '菲律宾'],
  SG: ['Singapore', '新加坡'],
};

const BY_NAME = new Map<string, Market>(
  (Object.entries(COUNTRY_NAMES) as Array<[Market, readonly string[]]>).flatMap(([code, names]) =>
    names.map((n) => [n.toLowerCase(), code] as [string, Market]),
  ),
);

/** "United States" / "美国" / "US" / "UK" → "US" / "GB"; undefined when unknown. */
export function countryCodeOf(text: string): Market | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return resolveMarket(t) ?? BY_NAME.get(t.toLowerCase());
}
