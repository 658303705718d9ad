/**
 * Rate-card import: a seller's CSV of their own carrier rates → a `RulePackOverride` stamped
 * `source: 'user'`. The header is documented in lib/rules/RATE-CARD.md. A file with any bad line
 * returns every error (line by line) and no override, so a broken file changes nothing.
 */
import Papa from 'papaparse';
import { resolveCarrierId, resolveMarket } from '@/lib/carriers';
import { defaultRulePack } from './default-pack';
import { formatIssuePath } from './parse-rule-pack';
import { WEIGHT_UNITS, floorGrams, toPicograms, type WeightUnit } from '@/lib/units';
import {
  checkPackReferences,
  rulePackOverrideSchema,
  type FeeTableOverride,
  type PostcodeRule,
  type RulePack,
  type RulePackOverride,
} from './schema';

/** Every column the importer knows, in the documented order. `carrier_id`, `market` and `currency` are required. */
export const RATE_CARD_COLUMNS = [
  'carrier_id',
  'market',
  'currency',
  'zone',
  'zone_postcodes',
  'max_weight_g',
  'max_weight',
  'weight_unit',
  'base',
  'extra_step',
  'extra_fee',
  'fuel_month',
  'fuel_per_kg',
  'fuel_percent',
  'remote_fee',
  'remote_areas',
  'tracking_fee',
  'priority_fee',
  'rebate_above_monthly',
  'rebate_percent',
  'source',
] as const;
export type RateCardColumn = (typeof RATE_CARD_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly RateCardColumn[] = ['carrier_id', 'market', 'currency'];

/** One problem: 1-based `line` of the file (the header is line 1) and the column it concerns. */
export interface RateCardError {
  line: number;
  column?: RateCardColumn | string;
  message: string;
}

export type ParseRateCardResult =
  { ok: true; override: RulePackOverride; rows: number } | { ok: false; errors: RateCardError[] };

interface CsvRow {
  line: number;
  cells: string[];
}

function readCsvRows(text: string): { rows: CsvRow[]; errors: RateCardError[] } {
  const rows: CsvRow[] = [];
  const errors: RateCardError[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step(result) {
      const end = result.meta.cursor;
      // Line of the row's first character; quoted cells may span lines, so count from the offsets.
      rows.push({ line, cells: result.data.map((cell) => cell.trim()) });
      for (const e of result.errors) errors.push({ line, message: `CSV: ${e.message}` });
      for (let i = start; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return { rows, errors };
}

const isBlankRow = (row: CsvRow) => row.cells.every((cell) => cell === '');
const isCommentRow = (row: CsvRow) => row.cells[0]?.startsWith('#') ?? false;

/** `3.28` with exponent 2 → 328. Only plain decimals: no currency signs, no thousands separators. */
function parseMajorAmount(
  text: string,
  exponent: number,
): { ok: true; minor: number } | { ok: false; message: string } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match)
    return {
      ok: false,
      message: `"${text}" is not a plain amount such as 3.28 (no currency sign, no thousands separator)`,
    };
  const fraction = match[2] ?? '';
  if (fraction.length > exponent)
    return { ok: false, message: `"${text}" has more decimals than the currency's ${exponent}` };
  const minor = Number(match[1]) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
  return Number.isSafeInteger(minor) ? { ok: true, minor } : { ok: false, message: `"${text}" is too large` };
}

function parseWholeNumber(text: string, min: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

function parsePercent(text: string, allowZero: boolean): number | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 100 && (allowZero || value > 0) ? value : undefined;
}

/** `zip3:995-999`, `zip3:967`, `uk:KW15-17`, `uk:BT`, `prefix:GY` → a postcode rule. */
function parseInlineRule(token: string): PostcodeRule | undefined {
  const zip = /^zip3:(\d{3})(?:-(\d{3}))?$/i.exec(token);
  if (zip?.[1]) return { kind: 'zip3-range', from: zip[1], to: zip[2] ?? zip[1] };
  const uk = /^uk:([A-Z]{1,2})(?:(\d{1,2})(?:-(\d{1,2}))?)?$/i.exec(token);
  if (uk?.[1]) {
    const area = uk[1].toUpperCase();
    if (uk[2] === undefined) return { kind: 'uk-district', area };
    return { kind: 'uk-district', area, from: Number(uk[2]), to: Number(uk[3] ?? uk[2]) };
  }
  const prefix = /^prefix:([0-9A-Z]+)$/i.exec(token);
  if (prefix?.[1]) return { kind: 'prefix', prefix: prefix[1].toUpperCase() };
  return undefined;
}

function sourceFromCell(text: string): string {
  if (text === '') return 'user';
  return /^https?:\/\/\S+$/.test(text) ? text : `user:${text}`;
}

type TableDraft = FeeTableOverride & { weightBands: NonNullable<FeeTableOverride['weightBands']> };

interface RowContext {
  row: CsvRow;
  get: (column: RateCardColumn) => string;
  error: (column: RateCardColumn | undefined, message: string) => void;
}

/** The row's `weight_unit`, required when a v2 weight column is filled. */
function readUnit(ctx: RowContext): WeightUnit | undefined {
  const text = ctx.get('weight_unit').toLowerCase();
  if (!text) return (ctx.error('weight_unit', 'a weight needs weight_unit (g, kg, oz or lb)'), undefined);
  if (!(WEIGHT_UNITS as readonly string[]).includes(text))
    return (
      ctx.error('weight_unit', `"${ctx.get('weight_unit')}" is not a weight unit: use g, kg, oz or lb`),
      undefined
    );
  return text as WeightUnit;
}

/** A declared weight (`max_weight`, `extra_step`) in its unit: exact picograms, at most 3 decimals. */
function readDeclared(ctx: RowContext, column: 'max_weight' | 'extra_step', unit: WeightUnit) {
  const text = ctx.get(column);
  const picograms = toPicograms(text, unit);
  if (picograms === undefined)
    return (ctx.error(column, `"${text}" is not a weight above 0 with at most 3 decimals`), undefined);
  return { value: Number(text), unit, picograms };
}

/** `bandLines` remembers each band's line, to report its zone on that line once every zone is known. */
function addBand(
  ctx: RowContext,
  table: TableDraft,
  exponent: number,
  source: string,
  bandLines: Map<object, number>,
): void {
  const gramsText = ctx.get('max_weight_g');
  const declaredText = ctx.get('max_weight');
  const baseText = ctx.get('base');
  const column = declaredText ? 'max_weight' : 'max_weight_g';
  const maxText = declaredText || gramsText;
  if (!maxText && !baseText) return;
  if (gramsText && declaredText) return ctx.error('max_weight', 'give max_weight_g or max_weight, not both');
  if (!maxText || !baseText) return ctx.error(maxText ? 'base' : column, `a weight band needs both ${column} and base`);
  let band: Pick<TableDraft['weightBands'][number], 'maxWeightGrams' | 'maxWeight'>;
  if (declaredText) {
    const unit = readUnit(ctx);
    const declared = unit && readDeclared(ctx, 'max_weight', unit);
    if (!declared) return;
    const maxWeightGrams = floorGrams(declared.picograms);
    if (maxWeightGrams < 1) return ctx.error('max_weight', `"${declaredText} ${unit}" is under 1 g`);
    band =
      unit === 'g' && maxWeightGrams === declared.value
        ? { maxWeightGrams }
        : { maxWeightGrams, maxWeight: { value: declared.value, unit } };
  } else {
    const maxWeightGrams = parseWholeNumber(gramsText, 1);
    if (maxWeightGrams === undefined)
      return ctx.error('max_weight_g', `"${gramsText}" is not a whole number of grams above 0`);
    band = { maxWeightGrams };
  }
  const base = parseMajorAmount(baseText, exponent);
  if (!base.ok) return ctx.error('base', base.message);
  const zone = ctx.get('zone');
  if (table.weightBands.some((b) => b.maxWeightGrams === band.maxWeightGrams && (b.zone ?? '') === zone))
    return ctx.error(
      column,
      `band up to ${band.maxWeightGrams} g is listed twice for ${table.carrierId} ${table.market}${zone ? ` zone ${zone}` : ''}`,
    );
  table.weightBands.push({ ...band, ...(zone ? { zone } : {}), baseMinor: base.minor, source });
  bandLines.set(table.weightBands[table.weightBands.length - 1]!, ctx.row.line);
}

function addZone(ctx: RowContext, table: TableDraft, source: string): void {
  const text = ctx.get('zone_postcodes');
  if (!text) return;
  const zone = ctx.get('zone');
  if (!zone) return ctx.error('zone', 'zone_postcodes needs the zone it defines');
  const rules: PostcodeRule[] = [];
  for (const token of text
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const rule = parseInlineRule(token);
    if (!rule)
      return ctx.error('zone_postcodes', `"${token}" is not a postcode rule like zip3:100-149, uk:KW15-17, prefix:10`);
    rules.push(rule);
  }
  if (rules.length === 0) return ctx.error('zone_postcodes', 'zone_postcodes lists no postcodes');
  if ((table.zones ?? []).some((z) => z.zone === zone))
    return ctx.error('zone', `zone ${zone} is defined twice for ${table.carrierId} ${table.market}`);
  table.zones = [...(table.zones ?? []), { zone, rules, source }];
}

/** Every band of a zone card names a defined zone; a card without zones has no zoned band. */
function checkBandZones(
  tables: Iterable<TableDraft>,
  bandLines: ReadonlyMap<object, number>,
  errors: RateCardError[],
): void {
  for (const table of tables) {
    const zones = new Set((table.zones ?? []).map((z) => z.zone));
    for (const band of table.weightBands) {
      const line = bandLines.get(band) ?? 0;
      if (band.zone !== undefined && !zones.has(band.zone))
        errors.push({
          line,
          column: 'zone',
          message: `zone ${band.zone} has no zone_postcodes row for ${table.carrierId} ${table.market}`,
        });
      else if (band.zone === undefined && zones.size > 0)
        errors.push({
          line,
          column: 'zone',
          message: `${table.carrierId} ${table.market} is a zone card: name the band's zone`,
        });
    }
  }
}

function addExtraWeight(ctx: RowContext, table: TableDraft, exponent: number, source: string): void {
  const stepText = ctx.get('extra_step');
  const feeText = ctx.get('extra_fee');
  if (!stepText && !feeText) return;
  if (!stepText || !feeText)
    return ctx.error(
      stepText ? 'extra_fee' : 'extra_step',
      'a price per extra weight needs both extra_step and extra_fee',
    );
  const unit = readUnit(ctx);
  const step = unit && readDeclared(ctx, 'extra_step', unit);
  if (!step) return;
  const fee = parseMajorAmount(feeText, exponent);
  if (!fee.ok) return ctx.error('extra_fee', fee.message);
  if (table.extraWeight)
    return ctx.error('extra_step', `the price per extra weight is listed twice for ${table.carrierId} ${table.market}`);
  table.extraWeight = { step: { value: step.value, unit }, perStepMinor: fee.minor, source };
}

function addFuel(ctx: RowContext, table: TableDraft, exponent: number, source: string): void {
  const month = ctx.get('fuel_month');
  const perKgText = ctx.get('fuel_per_kg');
  const percentText = ctx.get('fuel_percent');
  if (!month && !perKgText && !percentText) return;
  if (!month) return ctx.error('fuel_month', 'a fuel figure needs fuel_month (YYYY-MM)');
  if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(month)) return ctx.error('fuel_month', `"${month}" is not a month as YYYY-MM`);
  if (Boolean(perKgText) === Boolean(percentText))
    return ctx.error('fuel_per_kg', 'give exactly one of fuel_per_kg or fuel_percent');
  if ((table.fuel ?? []).some((f) => f.month === month))
    return ctx.error('fuel_month', `fuel for ${month} is listed twice for ${table.carrierId} ${table.market}`);
  if (perKgText) {
    const perKg = parseMajorAmount(perKgText, exponent);
    if (!perKg.ok) return ctx.error('fuel_per_kg', perKg.message);
    table.fuel = [...(table.fuel ?? []), { month, perKgMinor: perKg.minor, source }];
    return;
  }
  const percent = parsePercent(percentText, true);
  if (percent === undefined) return ctx.error('fuel_percent', `"${percentText}" is not a percent from 0 to 100`);
  table.fuel = [...(table.fuel ?? []), { month, percent, source }];
}

function addRemote(ctx: RowContext, table: TableDraft, exponent: number, source: string, base: RulePack): void {
  const feeText = ctx.get('remote_fee');
  const areasText = ctx.get('remote_areas');
  if (!feeText && !areasText) return;
  if (!feeText || !areasText)
    return ctx.error(
      feeText ? 'remote_areas' : 'remote_fee',
      'a remote-area fee needs both remote_fee and remote_areas',
    );
  const fee = parseMajorAmount(feeText, exponent);
  if (!fee.ok) return ctx.error('remote_fee', fee.message);
  const knownSets = new Set(base.postcodeSets.map((s) => s.id));
  const postcodeSetIds: string[] = [];
  const rules: PostcodeRule[] = [];
  for (const token of areasText
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean)) {
    if (knownSets.has(token)) postcodeSetIds.push(token);
    else {
      const rule = parseInlineRule(token);
      if (!rule)
        return ctx.error(
          'remote_areas',
          `"${token}" is neither a postcode set of the pack (e.g. us-alaska) nor a rule like zip3:995-999, uk:KW15-17, prefix:GY`,
        );
      rules.push(rule);
    }
  }
  table.remoteAreas = [
    ...(table.remoteAreas ?? []),
    {
      ...(postcodeSetIds.length ? { postcodeSetIds } : {}),
      ...(rules.length ? { rules } : {}),
      feeMinor: fee.minor,
      source,
    },
  ];
}

function addPerOrderFee(
  ctx: RowContext,
  table: TableDraft,
  exponent: number,
  source: string,
  column: 'tracking_fee' | 'priority_fee',
): void {
  const text = ctx.get(column);
  if (!text) return;
  const key = column === 'tracking_fee' ? 'trackingFee' : 'priorityFee';
  if (table[key]) return ctx.error(column, `${column} is listed twice for ${table.carrierId} ${table.market}`);
  const fee = parseMajorAmount(text, exponent);
  if (!fee.ok) return ctx.error(column, fee.message);
  table[key] = { perOrderMinor: fee.minor, source };
}

function addRebate(ctx: RowContext, table: TableDraft, source: string): void {
  const aboveText = ctx.get('rebate_above_monthly');
  const percentText = ctx.get('rebate_percent');
  if (!aboveText && !percentText) return;
  if (!aboveText || !percentText)
    return ctx.error(
      aboveText ? 'rebate_percent' : 'rebate_above_monthly',
      'a rebate tier needs both rebate_above_monthly and rebate_percent',
    );
  const above = parseWholeNumber(aboveText, 0);
  if (above === undefined) return ctx.error('rebate_above_monthly', `"${aboveText}" is not a whole number of parcels`);
  const percent = parsePercent(percentText, false);
  if (percent === undefined)
    return ctx.error('rebate_percent', `"${percentText}" is not a percent above 0 and at most 100`);
  if ((table.rebateTiers ?? []).some((t) => t.aboveMonthlyParcels === above))
    return ctx.error(
      'rebate_above_monthly',
      `rebate tier above ${above} is listed twice for ${table.carrierId} ${table.market}`,
    );
  table.rebateTiers = [...(table.rebateTiers ?? []), { aboveMonthlyParcels: above, percent, source }];
}

const FIGURE_COLUMNS: readonly RateCardColumn[] = RATE_CARD_COLUMNS.filter(
  (c) => !REQUIRED_COLUMNS.includes(c) && c !== 'source' && c !== 'weight_unit' && c !== 'zone',
);

/**
 * Reads a seller's rate card (CSV, header per lib/rules/RATE-CARD.md) into an override for
 * `mergeRulePacks`, checked against `base` (markets, currencies, postcode sets). Money columns are in
 * major units of the market's currency ("3.28" USD → 328 cents); figures get `source: 'user'` (or the
 * row's `source` column). Any error → `{ ok: false, errors }` listing every bad line; nothing is returned
 * to merge. Example: `parseRateCardCsv('carrier_id,market,currency,max_weight_g,base\njt-express,US,USD,1000,4.10')`
 * → `{ ok: true, override: { feeTables: [{ carrierId: 'jt-express', market: 'US', weightBands: [{ maxWeightGrams: 1000, baseMinor: 410, source: 'user' }] }] }, rows: 1 }`.
 */
export function parseRateCardCsv(text: string, base: RulePack = defaultRulePack): ParseRateCardResult {
  const { rows, errors } = readCsvRows(text.replace(/^\uFEFF/, ''));
  const content = rows.filter((row) => !isBlankRow(row) && !isCommentRow(row));
  const header = content.shift();
  if (!header)
    return {
      ok: false,
      errors: [{ line: 1, message: 'the file is empty: expected a header line starting carrier_id,market,currency' }],
    };

  const columns = header.cells.map((cell) => cell.toLowerCase());
  columns.forEach((name, i) => {
    if (!(RATE_CARD_COLUMNS as readonly string[]).includes(name))
      errors.push({
        line: header.line,
        column: name || `#${i + 1}`,
        message: `unknown column "${name}"; known columns: ${RATE_CARD_COLUMNS.join(', ')}`,
      });
    else if (columns.indexOf(name) !== i)
      errors.push({ line: header.line, column: name, message: `column "${name}" appears twice` });
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required))
      errors.push({ line: header.line, column: required, message: `missing required column "${required}"` });
  }
  if (!FIGURE_COLUMNS.some((c) => columns.includes(c)))
    errors.push({ line: header.line, message: 'the header has no figure columns (e.g. max_weight_g,base)' });
  if (errors.length) return { ok: false, errors };
  if (!content.length) return { ok: false, errors: [{ line: header.line, message: 'no rate rows after the header' }] };

  const tables = new Map<string, TableDraft>();
  const bandLines = new Map<object, number>();
  for (const row of content) {
    const ctx: RowContext = {
      row,
      get: (column) => row.cells[columns.indexOf(column)] ?? '',
      error: (column, message) => void errors.push({ line: row.line, ...(column ? { column } : {}), message }),
    };
    if (row.cells.length !== columns.length)
      ctx.error(undefined, `expected ${columns.length} cells like the header, found ${row.cells.length}`);

    const carrierText = ctx.get('carrier_id');
    const carrierId = resolveCarrierId(carrierText);
    if (!carrierId) ctx.error('carrier_id', `unknown carrier "${carrierText}"`);
    const marketText = ctx.get('market');
    const market = resolveMarket(marketText);
    const marketRules = market ? base.markets.find((m) => m.code === market) : undefined;
    if (!marketRules)
      ctx.error('market', market ? `the pack has no rules for market ${market}` : `unknown market "${marketText}"`);
    const currency = ctx.get('currency').toUpperCase();
    if (marketRules && currency !== marketRules.currency.code)
      ctx.error('currency', `currency "${currency}" does not match ${marketRules.code}'s ${marketRules.currency.code}`);
    if (!FIGURE_COLUMNS.some((c) => ctx.get(c) !== '')) ctx.error(undefined, 'the row has no figures');
    // Figures are still checked on a row with other errors, so one pass reports every problem.
    if (!carrierId || !marketRules) continue;

    const key = `${carrierId}/${marketRules.code}`;
    const table = tables.get(key) ?? {
      carrierId,
      market: marketRules.code,
      currency: marketRules.currency.code,
      weightBands: [],
    };
    tables.set(key, table);
    const exponent = marketRules.currency.minorUnitExponent;
    const source = sourceFromCell(ctx.get('source'));
    addZone(ctx, table, source);
    addBand(ctx, table, exponent, source, bandLines);
    addExtraWeight(ctx, table, exponent, source);
    addFuel(ctx, table, exponent, source);
    addRemote(ctx, table, exponent, source, base);
    addPerOrderFee(ctx, table, exponent, source, 'tracking_fee');
    addPerOrderFee(ctx, table, exponent, source, 'priority_fee');
    addRebate(ctx, table, source);
  }
  checkBandZones(tables.values(), bandLines, errors);
  if (errors.length) return { ok: false, errors };

  const feeTables = [...tables.values()].map((table): FeeTableOverride => {
    const { weightBands, ...rest } = table;
    const sorted = {
      ...rest,
      ...(weightBands.length
        ? {
            weightBands: [...weightBands].sort(
              (a, b) => (a.zone ?? '').localeCompare(b.zone ?? '') || a.maxWeightGrams - b.maxWeightGrams,
            ),
          }
        : {}),
    };
    if (sorted.fuel) sorted.fuel = [...sorted.fuel].sort((a, b) => a.month.localeCompare(b.month));
    return sorted;
  });
  // Belt and braces: the override must also pass the pack schema (a bug here must not reach the pack).
  const checked = rulePackOverrideSchema
    .superRefine((o, c) => checkPackReferences(o, c, base))
    .safeParse({ feeTables });
  if (!checked.success)
    return {
      ok: false,
      errors: checked.error.issues.map((i) => ({ line: 0, message: `${formatIssuePath(i.path)}: ${i.message}` })),
    };
  return { ok: true, override: checked.data, rows: content.length };
}
