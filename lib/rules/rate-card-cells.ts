/**
 * Rate-card CSV building blocks shared by the card and zone-matrix importers: the columns, CSV rows
 * with their editor line numbers, and cell readers (amounts, percents, postcode rules, weights).
 */
import Papa from 'papaparse';
import { WEIGHT_UNITS, toPicograms, type WeightUnit } from '@/lib/units';
import type { FeeTableOverride, PostcodeRule } from './schema';

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
  // v2 (issue 15): services, own carriers, card periods, size formats, surcharges, weekly fuel, volumetric divisor.
  'service',
  'service_name_en',
  'service_name_zh',
  'carrier_name_en',
  'carrier_name_zh',
  'effective_from',
  'effective_to',
  'band_from',
  'band_to',
  'format',
  'format_name_en',
  'format_name_zh',
  'format_max_size',
  'format_max_weight',
  'surcharge',
  'surcharge_fee',
  'surcharge_postcodes',
  'surcharge_from',
  'surcharge_to',
  'fuel_from',
  'fuel_to',
  'volumetric_divisor',
  'volumetric_unit',
] as const;
export type RateCardColumn = (typeof RATE_CARD_COLUMNS)[number];

/** One problem: 1-based `line` of the file (the header is line 1) and the column it concerns. */
export interface RateCardError {
  line: number;
  column?: RateCardColumn | string;
  message: string;
}

export interface CsvRow {
  line: number;
  cells: string[];
}

export function readCsvRows(text: string): { rows: CsvRow[]; errors: RateCardError[] } {
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

export const isBlankRow = (row: CsvRow) => row.cells.every((cell) => cell === '');
export const isCommentRow = (row: CsvRow) => row.cells[0]?.startsWith('#') ?? false;

/** `3.28` with exponent 2 → 328. Only plain decimals: no currency signs, no thousands separators. */
export function parseMajorAmount(
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

export function parseWholeNumber(text: string, min: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

export function parsePercent(text: string, allowZero: boolean): number | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 100 && (allowZero || value > 0) ? value : undefined;
}

/** `zip3:995-999`, `zip3:967`, `uk:KW15-17`, `uk:BT`, `prefix:GY` → a postcode rule. */
export function parseInlineRule(token: string): PostcodeRule | undefined {
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

export function sourceFromCell(text: string): string {
  if (text === '') return 'user';
  return /^https?:\/\/\S+$/.test(text) ? text : `user:${text}`;
}

export type TableDraft = FeeTableOverride & { weightBands: NonNullable<FeeTableOverride['weightBands']> };

/** A column of a rate card, or the two a zone matrix adds. */
type CardOrMatrixColumn = RateCardColumn | 'origin' | 'destination';

export interface RowContext {
  row: CsvRow;
  get: (column: CardOrMatrixColumn) => string;
  error: (column: CardOrMatrixColumn | undefined, message: string) => void;
}

/** The row's `weight_unit`, required when a v2 weight column is filled. */
export function readUnit(ctx: RowContext): WeightUnit | undefined {
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
export function readDeclared(
  ctx: RowContext,
  column: 'max_weight' | 'extra_step' | 'format_max_weight',
  unit: WeightUnit,
) {
  const text = ctx.get(column);
  const picograms = toPicograms(text, unit);
  if (picograms === undefined)
    return (ctx.error(column, `"${text}" is not a weight above 0 with at most 3 decimals`), undefined);
  return { value: Number(text), unit, picograms };
}
