/**
 * Rate card v2 figure groups (issue 15): a card's service and period, size formats, surcharges and
 * volumetric divisor. Each reader reports its problems on the row's line and adds nothing then.
 */
import {
  parseInlineRule,
  parseMajorAmount,
  readDeclared,
  readUnit,
  type RowContext,
  type TableDraft,
} from './rate-card-cells';
import { floorGrams } from '@/lib/units';
import type { PostcodeRule, Service, Surcharge } from './schema';

const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** A day column: empty, or `YYYY-MM-DD`. `null` = reported as bad. */
export function readDay(ctx: RowContext, column: Parameters<RowContext['get']>[0]): string | undefined | null {
  const text = ctx.get(column);
  if (!text) return undefined;
  if (DAY.test(text)) return text;
  ctx.error(column, `"${text}" is not a day as YYYY-MM-DD`);
  return null;
}

/** `from`–`to` of a row (both optional); `null` when either is bad or they are in the wrong order. */
export function readPeriod(
  ctx: RowContext,
  fromColumn: Parameters<RowContext['get']>[0],
  toColumn: Parameters<RowContext['get']>[0],
): { from?: string; to?: string } | null {
  const from = readDay(ctx, fromColumn);
  const to = readDay(ctx, toColumn);
  if (from === null || to === null) return null;
  if (from && to && from > to) {
    ctx.error(toColumn, `${toColumn} ${to} is before ${fromColumn} ${from}`);
    return null;
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The row's service (`tracked-24`, named `Tracked 24` / `24小时追踪`); `null` = reported as bad. */
export function readService(ctx: RowContext): Service | undefined | null {
  const id = ctx.get('service');
  const en = ctx.get('service_name_en');
  const zh = ctx.get('service_name_zh');
  if (!id) {
    if (en || zh) ctx.error('service', 'service_name_en / service_name_zh need the service id in service');
    return en || zh ? null : undefined;
  }
  if (!ID.test(id)) {
    ctx.error('service', `"${id}" is not a service id: lowercase letters, digits and hyphens, e.g. tracked-24`);
    return null;
  }
  return { id, name: { en: en || id, zh: zh || en || id } };
}

const SIZE = /^(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm|cm|in)$/i;
const MM_PER: Record<string, number> = { mm: 1, cm: 10, in: 25.4 };

/** `35.3x25x2.5cm` → sides in whole mm, longest first (rounded down: a format's limit is never raised). */
function parseSize(text: string): [number, number, number] | undefined {
  const match = SIZE.exec(text.trim());
  if (!match) return undefined;
  const per = MM_PER[match[4]!.toLowerCase()]!;
  // The 1e-9 keeps 35.3 cm at 353 mm despite binary floats (35.3 × 10 = 352.99999…).
  const sides = [match[1], match[2], match[3]].map((v) => Math.floor(Number(v) * per + 1e-9)).sort((a, b) => b - a);
  if (sides.some((side) => side < 1)) return undefined;
  return sides as [number, number, number];
}

/** A size format defined on this row (`format` + `format_max_size`, optional `format_max_weight`). */
export function addFormat(ctx: RowContext, table: TableDraft, source: string): void {
  const sizeText = ctx.get('format_max_size');
  const weightText = ctx.get('format_max_weight');
  if (!sizeText && !weightText) return;
  const id = ctx.get('format');
  if (!id) return ctx.error('format', 'format_max_size needs the format id it defines in format');
  if (!ID.test(id))
    return ctx.error('format', `"${id}" is not a format id: lowercase letters, digits and hyphens, e.g. large-letter`);
  if (!sizeText) return ctx.error('format_max_size', 'a format needs its largest size, e.g. 35.3x25x2.5cm');
  const sides = parseSize(sizeText);
  if (!sides)
    return ctx.error('format_max_size', `"${sizeText}" is not a size like 35.3x25x2.5cm, 610x460x460mm or 24x16x3in`);
  let maxWeightGrams: number | undefined;
  if (weightText) {
    const unit = readUnit(ctx);
    const declared = unit && readDeclared(ctx, 'format_max_weight', unit);
    if (!declared) return;
    maxWeightGrams = floorGrams(declared.picograms);
    if (maxWeightGrams < 1) return ctx.error('format_max_weight', `"${weightText} ${unit}" is under 1 g`);
  }
  if ((table.formats ?? []).some((f) => f.id === id))
    return ctx.error('format', `format ${id} is defined twice for ${table.carrierId} ${table.market}`);
  const en = ctx.get('format_name_en') || id;
  const name = { en, zh: ctx.get('format_name_zh') || en };
  table.formats = [
    ...(table.formats ?? []),
    { id, name, maxSidesMm: sides, ...(maxWeightGrams ? { maxWeightGrams } : {}), source },
  ];
}

const SURCHARGE_KINDS: readonly Surcharge['kind'][] = ['residential', 'delivery-area', 'peak'];

/** A surcharge on this row: `surcharge` (kind) + `surcharge_fee`, with postcodes or dates as the kind needs. */
export function addSurcharge(ctx: RowContext, table: TableDraft, exponent: number, source: string): void {
  const kindText = ctx.get('surcharge').toLowerCase();
  const feeText = ctx.get('surcharge_fee');
  const postcodesText = ctx.get('surcharge_postcodes');
  const period = readPeriod(ctx, 'surcharge_from', 'surcharge_to');
  if (!kindText && !feeText && !postcodesText && !period?.from && !period?.to) return;
  const kind = SURCHARGE_KINDS.find((k) => k === kindText);
  if (!kind)
    return ctx.error(
      'surcharge',
      `"${ctx.get('surcharge')}" is not a surcharge: use residential, delivery-area or peak`,
    );
  if (!feeText) return ctx.error('surcharge_fee', `a ${kind} surcharge needs surcharge_fee`);
  const fee = parseMajorAmount(feeText, exponent);
  if (!fee.ok) return ctx.error('surcharge_fee', fee.message);
  if (period === null) return;
  let rules: PostcodeRule[] | undefined;
  if (kind === 'delivery-area') {
    rules = [];
    for (const token of postcodesText
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean)) {
      const rule = parseInlineRule(token);
      if (!rule)
        return ctx.error(
          'surcharge_postcodes',
          `"${token}" is not a postcode rule like zip3:995-999, uk:KW15-17, prefix:GY`,
        );
      rules.push(rule);
    }
    if (!rules.length) return ctx.error('surcharge_postcodes', 'a delivery-area surcharge needs surcharge_postcodes');
  } else if (postcodesText) return ctx.error('surcharge_postcodes', `a ${kind} surcharge takes no postcodes`);
  if (kind === 'peak' && !(period.from && period.to))
    return ctx.error(
      period.from ? 'surcharge_to' : 'surcharge_from',
      'a peak surcharge needs surcharge_from and surcharge_to',
    );
  if (kind !== 'peak' && (period.from || period.to))
    return ctx.error('surcharge_from', `a ${kind} surcharge takes no dates`);
  table.surcharges = [
    ...(table.surcharges ?? []),
    {
      kind,
      feeMinor: fee.minor,
      ...(rules ? { rules } : {}),
      ...(kind === 'peak' ? { from: period.from!, to: period.to! } : {}),
      source,
    },
  ];
}

/**
 * The card's volumetric divisor: `volumetric_divisor` + `volumetric_unit` (`in3/lb` or `cm3/kg`).
 * In inches, sides go to the nearest inch and the weight up to the next pound, as US carriers bill
 * (ref:carriers-and-labels#3); in centimetres the exact volume is divided.
 */
export function addVolumetric(ctx: RowContext, table: TableDraft, source: string): void {
  const divisorText = ctx.get('volumetric_divisor');
  const unitText = ctx.get('volumetric_unit').toLowerCase().replace(/\s/g, '');
  if (!divisorText && !unitText) return;
  if (!divisorText || !unitText)
    return ctx.error(
      divisorText ? 'volumetric_unit' : 'volumetric_divisor',
      'a volumetric divisor needs both volumetric_divisor and volumetric_unit (in3/lb or cm3/kg)',
    );
  const divisor = /^\d+(?:\.\d+)?$/.test(divisorText) ? Number(divisorText) : 0;
  if (!(divisor > 0)) return ctx.error('volumetric_divisor', `"${divisorText}" is not a divisor above 0`);
  if (unitText !== 'in3/lb' && unitText !== 'cm3/kg')
    return ctx.error('volumetric_unit', `"${ctx.get('volumetric_unit')}" is not in3/lb or cm3/kg`);
  if (table.volumetric)
    return ctx.error(
      'volumetric_divisor',
      `the volumetric divisor is listed twice for ${table.carrierId} ${table.market}`,
    );
  table.volumetric =
    unitText === 'in3/lb'
      ? { unit: 'in3-per-lb', divisor, sideRounding: 'nearest', weightRounding: 'up-whole', source }
      : { unit: 'cm3-per-kg', divisor, sideRounding: 'none', weightRounding: 'none', source };
}
