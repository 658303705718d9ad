/**
 * Rate-card import: a seller's CSV of their own carrier rates → a `RulePackOverride` stamped
 * `source: 'user'`. The header is documented in lib/rules/RATE-CARD.md. A file with any bad line
 * returns every error (line by line) and no override, so a broken file changes nothing.
 */
import { isOwnCarrierId, resolveCarrierId, resolveMarket, type OwnCarrierId } from '@/lib/carriers';
import { defaultRulePack } from './default-pack';
import { fuelPeriod, sortFuel } from './fuel-period';
import { isZoneMatrixHeader, parseZoneMatrixRows } from './parse-zone-matrix-csv';
import { addFormat, addSurcharge, addVolumetric, readPeriod, readService } from './rate-card-v2-groups';
import { formatIssuePath } from './parse-rule-pack';
import {
  RATE_CARD_COLUMNS,
  isBlankRow,
  isCommentRow,
  parseInlineRule,
  parseMajorAmount,
  parsePercent,
  parseWholeNumber,
  readCsvRows,
  readDeclared,
  readUnit,
  sourceFromCell,
  type RateCardColumn,
  type RateCardError,
  type RowContext,
  type TableDraft,
} from './rate-card-cells';
import { floorGrams } from '@/lib/units';
import {
  checkPackReferences,
  feeTableKey,
  rulePackOverrideSchema,
  type FeeTableOverride,
  type PostcodeRule,
  type RulePack,
  type RulePackOverride,
} from './schema';

export { RATE_CARD_COLUMNS, type RateCardColumn, type RateCardError };
const REQUIRED_COLUMNS: readonly RateCardColumn[] = ['carrier_id', 'market', 'currency'];

export type ParseRateCardResult =
  { ok: true; override: RulePackOverride; rows: number } | { ok: false; errors: RateCardError[] };

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
  const format = ctx.get('format');
  const period = readPeriod(ctx, 'band_from', 'band_to');
  if (period === null) return;
  const sameGroup = (b: TableDraft['weightBands'][number]) =>
    (b.zone ?? '') === zone &&
    (b.format ?? '') === format &&
    b.effectiveFrom === period.from &&
    b.effectiveTo === period.to;
  if (table.weightBands.some((b) => b.maxWeightGrams === band.maxWeightGrams && sameGroup(b)))
    return ctx.error(
      column,
      `band up to ${band.maxWeightGrams} g is listed twice for ${table.carrierId} ${table.market}${zone ? ` zone ${zone}` : ''}${format ? ` format ${format}` : ''}`,
    );
  table.weightBands.push({
    ...band,
    ...(zone ? { zone } : {}),
    ...(format ? { format } : {}),
    ...(period.from ? { effectiveFrom: period.from } : {}),
    ...(period.to ? { effectiveTo: period.to } : {}),
    baseMinor: base.minor,
    source,
  });
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
  base: RulePack,
): void {
  for (const table of tables) {
    // Zones come from the card's zone_postcodes rows, else from a zone matrix imported before it.
    const known = table.zones ?? base.feeTables.find((t) => feeTableKey(t) === feeTableKey(table))?.zones ?? [];
    const zones = new Set(known.map((z) => z.zone));
    for (const band of table.weightBands) {
      const line = bandLines.get(band) ?? 0;
      if (band.zone !== undefined && !zones.has(band.zone))
        errors.push({
          line,
          column: 'zone',
          message: `zone ${band.zone} has no zone_postcodes row (nor an imported zone matrix) for ${table.carrierId} ${table.market}`,
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

/** Every band of a size card names a format the card defines; a card without formats has no format band. */
function checkBandFormats(
  tables: Iterable<TableDraft>,
  bandLines: ReadonlyMap<object, number>,
  errors: RateCardError[],
): void {
  for (const table of tables) {
    const formats = new Set((table.formats ?? []).map((f) => f.id));
    for (const band of table.weightBands) {
      const line = bandLines.get(band) ?? 0;
      if (band.format !== undefined && !formats.has(band.format))
        errors.push({
          line,
          column: 'format',
          message: `format ${band.format} has no format_max_size row for ${table.carrierId} ${table.market}`,
        });
      else if (band.format === undefined && formats.size > 0)
        errors.push({
          line,
          column: 'format',
          message: `${table.carrierId} ${table.market} is a size card: name the band's format`,
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
  const range = readPeriod(ctx, 'fuel_from', 'fuel_to');
  if (range === null) return;
  if (!month && !perKgText && !percentText && !range.from && !range.to) return;
  // A month (`2024-09`) or a period (`fuel_from`–`fuel_to`, e.g. one week of a weekly-changing table).
  let period: { month: string } | { from: string; to: string };
  if (month) {
    if (range.from || range.to) return ctx.error('fuel_from', 'give fuel_month or fuel_from + fuel_to, not both');
    if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(month))
      return ctx.error('fuel_month', `"${month}" is not a month as YYYY-MM`);
    period = { month };
  } else if (range.from && range.to) period = { from: range.from, to: range.to };
  else if (range.from || range.to)
    return ctx.error(range.from ? 'fuel_to' : 'fuel_from', 'a fuel period needs both fuel_from and fuel_to');
  else return ctx.error('fuel_month', 'a fuel figure needs fuel_month (YYYY-MM) or fuel_from + fuel_to');
  if (Boolean(perKgText) === Boolean(percentText))
    return ctx.error('fuel_per_kg', 'give exactly one of fuel_per_kg or fuel_percent');
  const key = fuelPeriod(period).key;
  if ((table.fuel ?? []).some((f) => fuelPeriod(f).key === key))
    return ctx.error(
      month ? 'fuel_month' : 'fuel_from',
      `fuel for ${key} is listed twice for ${table.carrierId} ${table.market}`,
    );
  if (perKgText) {
    const perKg = parseMajorAmount(perKgText, exponent);
    if (!perKg.ok) return ctx.error('fuel_per_kg', perKg.message);
    table.fuel = [...(table.fuel ?? []), { ...period, perKgMinor: perKg.minor, source }];
    return;
  }
  const percent = parsePercent(percentText, true);
  if (percent === undefined) return ctx.error('fuel_percent', `"${percentText}" is not a percent from 0 to 100`);
  table.fuel = [...(table.fuel ?? []), { ...period, percent, source }];
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

/** Columns that only describe a row's figures (which card, zone, format, period…), never a figure alone. */
const DESCRIPTIVE_COLUMNS: readonly RateCardColumn[] = [
  'source',
  'weight_unit',
  'zone',
  'format',
  'service',
  'service_name_en',
  'service_name_zh',
  'carrier_name_en',
  'carrier_name_zh',
  'effective_from',
  'effective_to',
  'band_from',
  'band_to',
  'format_name_en',
  'format_name_zh',
];
const FIGURE_COLUMNS: readonly RateCardColumn[] = RATE_CARD_COLUMNS.filter(
  (c) => !REQUIRED_COLUMNS.includes(c) && !DESCRIPTIVE_COLUMNS.includes(c),
);

/** A seller's own carrier (`own-<name>`): its display name from the first row that gives one. */
function readOwnCarrierName(
  ctx: RowContext,
  names: Map<string, { name?: { en: string; zh: string }; line: number }>,
  id: string,
): void {
  const en = ctx.get('carrier_name_en');
  const zh = ctx.get('carrier_name_zh');
  const known = names.get(id) ?? { line: ctx.row.line };
  if (en && !known.name) known.name = { en, zh: zh || en };
  else if (zh && !en) ctx.error('carrier_name_en', 'carrier_name_zh needs carrier_name_en');
  names.set(id, known);
}

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
  if (isZoneMatrixHeader(columns)) {
    const feeTables = parseZoneMatrixRows([header, ...content], columns, base, errors);
    return errors.length ? { ok: false, errors } : checkOverride(feeTables, base, content.length);
  }
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
  const ownNames = new Map<string, { name?: { en: string; zh: string }; line: number }>();
  for (const row of content) {
    const ctx: RowContext = {
      row,
      get: (column) => row.cells[columns.indexOf(column)] ?? '',
      error: (column, message) => void errors.push({ line: row.line, ...(column ? { column } : {}), message }),
    };
    if (row.cells.length !== columns.length)
      ctx.error(undefined, `expected ${columns.length} cells like the header, found ${row.cells.length}`);

    const carrierText = ctx.get('carrier_id');
    const carrierId = isOwnCarrierId(carrierText) ? carrierText : resolveCarrierId(carrierText);
    if (!carrierId)
      ctx.error(
        'carrier_id',
        `unknown carrier "${carrierText}" (for your own carrier write own-<name>, e.g. own-yunda-line, and its carrier_name_en)`,
      );
    else if (isOwnCarrierId(carrierId)) readOwnCarrierName(ctx, ownNames, carrierId);
    else if (ctx.get('carrier_name_en') || ctx.get('carrier_name_zh'))
      ctx.error('carrier_name_en', `${carrierId} is named by lib/carriers; carrier_name_en is for own-<name> carriers`);
    const service = readService(ctx);
    const card = readPeriod(ctx, 'effective_from', 'effective_to');
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
    if (!carrierId || !marketRules || service === null || card === null) continue;

    const identity = {
      carrierId,
      market: marketRules.code,
      ...(service ? { service } : {}),
      ...(card.from ? { effectiveFrom: card.from } : {}),
    };
    const key = feeTableKey(identity);
    const table = tables.get(key) ?? { ...identity, currency: marketRules.currency.code, weightBands: [] };
    if (!tables.has(key) && card.to) table.effectiveTo = card.to;
    else if (card.to !== table.effectiveTo)
      ctx.error(
        'effective_to',
        `the card from ${card.from ?? 'the start'} ends ${table.effectiveTo ?? 'never'} on an earlier row`,
      );
    tables.set(key, table);
    const exponent = marketRules.currency.minorUnitExponent;
    const source = sourceFromCell(ctx.get('source'));
    addZone(ctx, table, source);
    addFormat(ctx, table, source);
    addBand(ctx, table, exponent, source, bandLines);
    addSurcharge(ctx, table, exponent, source);
    addVolumetric(ctx, table, source);
    addExtraWeight(ctx, table, exponent, source);
    addFuel(ctx, table, exponent, source);
    addRemote(ctx, table, exponent, source, base);
    addPerOrderFee(ctx, table, exponent, source, 'tracking_fee');
    addPerOrderFee(ctx, table, exponent, source, 'priority_fee');
    addRebate(ctx, table, source);
  }
  checkBandZones(tables.values(), bandLines, errors, base);
  checkBandFormats(tables.values(), bandLines, errors);
  for (const [id, { name, line }] of ownNames)
    if (!name)
      errors.push({ line, column: 'carrier_name_en', message: `your own carrier ${id} needs carrier_name_en` });
  if (errors.length) return { ok: false, errors };

  const feeTables = [...tables.values()].map((table): FeeTableOverride => {
    const { weightBands, ...rest } = table;
    const sorted = {
      ...rest,
      ...(weightBands.length
        ? {
            weightBands: [...weightBands].sort(
              (a, b) =>
                (a.zone ?? '').localeCompare(b.zone ?? '') ||
                (a.format ?? '').localeCompare(b.format ?? '') ||
                a.maxWeightGrams - b.maxWeightGrams,
            ),
          }
        : {}),
    };
    if (sorted.fuel) sorted.fuel = sortFuel(sorted.fuel);
    return sorted;
  });
  const named = [...ownNames].map(([id, { name }]) => ({
    id: id as OwnCarrierId,
    name: name!,
    markets: [...new Set(feeTables.filter((t) => t.carrierId === id).map((t) => t.market))].map((market) => ({
      market,
      source: 'user',
    })),
  }));
  return checkOverride(feeTables, base, content.length, named);
}

/** Belt and braces: the override must also pass the pack schema (a bug here must not reach the pack). */
function checkOverride(
  feeTables: FeeTableOverride[],
  base: RulePack,
  rows: number,
  carriers: NonNullable<RulePackOverride['carriers']> = [],
): ParseRateCardResult {
  const checked = rulePackOverrideSchema
    .superRefine((o, c) => checkPackReferences(o, c, base))
    .safeParse({ ...(carriers.length ? { carriers } : {}), feeTables });
  if (!checked.success)
    return {
      ok: false,
      errors: checked.error.issues.map((i) => ({ line: 0, message: `${formatIssuePath(i.path)}: ${i.message}` })),
    };
  return { ok: true, override: checked.data, rows };
}
