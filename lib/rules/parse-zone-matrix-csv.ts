/**
 * A zone matrix as its own CSV (issue 15): origin postcodes × destination postcodes → zone, the way
 * UPS/FedEx and consolidators publish zone charts. It sets the zones of a card (carrier + market, and
 * optionally service and start day); the card's bands name those zones. Errors line by line; a file
 * with any error returns no override.
 */
import { isOwnCarrierId, resolveCarrierId, resolveMarket } from '@/lib/carriers';
import {
  isBlankRow,
  isCommentRow,
  parseInlineRule,
  readCsvRows,
  sourceFromCell,
  type RateCardError,
  type RowContext,
} from './rate-card-cells';
import { readPeriod } from './rate-card-v2-groups';
import { feeTableKey, type FeeTableOverride, type PostcodeRule, type RulePack, type Zone } from './schema';

export const ZONE_MATRIX_COLUMNS = [
  'carrier_id',
  'market',
  'service',
  'effective_from',
  'origin',
  'destination',
  'zone',
  'source',
] as const;
const REQUIRED = ['carrier_id', 'market', 'origin', 'destination', 'zone'] as const;

/** Whether a CSV header (lower-cased cells) is a zone matrix rather than a rate card. */
export function isZoneMatrixHeader(columns: readonly string[]): boolean {
  return columns.includes('origin') && columns.includes('destination');
}

function readRules(ctx: RowContext, column: 'origin' | 'destination'): PostcodeRule[] | undefined {
  const text = ctx.get(column);
  const rules: PostcodeRule[] = [];
  for (const token of text
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const rule = parseInlineRule(token);
    if (!rule) {
      ctx.error(column, `"${token}" is not a postcode rule like zip3:100-149, uk:KW15-17, prefix:10`);
      return undefined;
    }
    rules.push(rule);
  }
  if (!rules.length) ctx.error(column, `${column} lists no postcodes`);
  return rules.length ? rules : undefined;
}

/**
 * Reads a zone matrix CSV (header `carrier_id,market,origin,destination,zone`, optional `service`,
 * `effective_from`, `source`) into fee-table overrides that set each card's `zones`. Example row:
 * `usps,US,zip3:100-119,zip3:900-961,8` → parcels from ZIP3 100–119 to ZIP3 900–961 are zone 8.
 */
export function parseZoneMatrixRows(
  rows: ReturnType<typeof readCsvRows>['rows'],
  columns: readonly string[],
  base: RulePack,
  errors: RateCardError[],
): FeeTableOverride[] {
  const header = rows[0]!;
  for (const required of REQUIRED)
    if (!columns.includes(required))
      errors.push({ line: header.line, column: required, message: `missing required column "${required}"` });
  columns.forEach((name, i) => {
    if (!(ZONE_MATRIX_COLUMNS as readonly string[]).includes(name))
      errors.push({
        line: header.line,
        column: name || `#${i + 1}`,
        message: `unknown column "${name}" in a zone matrix; known columns: ${ZONE_MATRIX_COLUMNS.join(', ')}`,
      });
  });
  if (errors.length) return [];
  const tables = new Map<string, FeeTableOverride & { zones: Zone[] }>();
  for (const row of rows.slice(1)) {
    if (isBlankRow(row) || isCommentRow(row)) continue;
    const ctx: RowContext = {
      row,
      get: (column) => row.cells[columns.indexOf(column)] ?? '',
      error: (column, message) => void errors.push({ line: row.line, ...(column ? { column } : {}), message }),
    };
    if (row.cells.length !== columns.length)
      ctx.error(undefined, `expected ${columns.length} cells like the header, found ${row.cells.length}`);
    const carrierText = ctx.get('carrier_id');
    const carrierId = isOwnCarrierId(carrierText) ? carrierText : resolveCarrierId(carrierText);
    if (!carrierId) ctx.error('carrier_id', `unknown carrier "${carrierText}"`);
    const market = resolveMarket(ctx.get('market'));
    if (!market || !base.markets.some((m) => m.code === market))
      ctx.error('market', `the pack has no rules for market "${ctx.get('market')}"`);
    const serviceId = ctx.get('service');
    if (serviceId && !/^[a-z0-9][a-z0-9-]*$/.test(serviceId))
      ctx.error('service', `"${serviceId}" is not a service id: lowercase letters, digits and hyphens`);
    const period = readPeriod(ctx, 'effective_from', 'effective_from');
    const origin = readRules(ctx, 'origin');
    const destination = readRules(ctx, 'destination');
    const zone = ctx.get('zone');
    if (!zone || zone.length > 40) ctx.error('zone', 'zone needs a name of 1 to 40 characters, e.g. 8');
    if (!carrierId || !market || !period || !origin || !destination || !zone || zone.length > 40) continue;
    // The service keeps the name the pack already gives it (the card names it; the matrix only refers to it).
    const known = base.feeTables.find((t) => t.carrierId === carrierId && t.service?.id === serviceId)?.service;
    const identity = {
      carrierId,
      market,
      ...(serviceId ? { service: known ?? { id: serviceId, name: { en: serviceId, zh: serviceId } } } : {}),
      ...(period.from ? { effectiveFrom: period.from } : {}),
    };
    const key = feeTableKey(identity);
    const table = tables.get(key) ?? { ...identity, zones: [] };
    tables.set(key, table);
    const cell = JSON.stringify([origin, destination]);
    if (table.zones.some((z) => JSON.stringify([z.originRules, z.rules]) === cell))
      ctx.error('destination', `this origin × destination pair is listed twice for ${carrierId} ${market}`);
    else table.zones.push({ zone, rules: destination, originRules: origin, source: sourceFromCell(ctx.get('source')) });
  }
  if (!errors.length && tables.size === 0) errors.push({ line: header.line, message: 'no zone rows after the header' });
  return [...tables.values()];
}
