import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quote } from '@/lib/fees';
import {
  RATE_CARD_COLUMNS,
  defaultRulePack,
  mergeRulePacks,
  parseRateCardCsv,
  parseRulePack,
  serializeRulePack,
} from '@/lib/rules';

/** The first version's header: its files must keep importing. */
const V1_HEADER =
  'carrier_id,market,currency,max_weight_g,base,fuel_month,fuel_per_kg,fuel_percent,remote_fee,remote_areas,tracking_fee,priority_fee,rebate_above_monthly,rebate_percent,source';
const V2_COLUMNS =
  ',service,service_name_en,service_name_zh,carrier_name_en,carrier_name_zh,effective_from,effective_to,band_from,band_to' +
  ',format,format_name_en,format_name_zh,format_max_size,format_max_weight,surcharge,surcharge_fee,surcharge_postcodes' +
  ',surcharge_from,surcharge_to,fuel_from,fuel_to,volumetric_divisor,volumetric_unit';
const HEADER =
  'carrier_id,market,currency,zone,zone_postcodes,max_weight_g,max_weight,weight_unit,base,extra_step,extra_fee,fuel_month,fuel_per_kg,fuel_percent,remote_fee,remote_areas,tracking_fee,priority_fee,rebate_above_monthly,rebate_percent,source';

describe('parseRateCardCsv: good files', () => {
  it('documents the full header in RATE_CARD_COLUMNS', () => {
    expect(RATE_CARD_COLUMNS.join(',')).toBe(HEADER + V2_COLUMNS);
  });

  it('reads bands, fuel, remote, per-order fees and rebates into one fee table per carrier and market', () => {
    const csv = [
      V1_HEADER,
      'jt-express,US,USD,1000,4.10,,,,,,,,,,',
      'J&T Express,US,USD,500,3.30,,,,,,,,,,',
      'jt-express,US,USD,,,2024-09,0.22,,,,,,,,J&T fuel notice',
      'jt-express,US,USD,,,,,,3.00,us-alaska;zip3:006-009,0.20,0.90,,,https://example.com/rates',
      'jt-express,US,USD,,,,,,,,,,5000,2,',
    ].join('\n');
    const result = parseRateCardCsv(csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toBe(5);
    expect(result.override.feeTables).toEqual([
      {
        carrierId: 'jt-express',
        market: 'US',
        currency: 'USD',
        weightBands: [
          { maxWeightGrams: 500, baseMinor: 330, source: 'user' },
          { maxWeightGrams: 1000, baseMinor: 410, source: 'user' },
        ],
        fuel: [{ month: '2024-09', perKgMinor: 22, source: 'user:J&T fuel notice' }],
        remoteAreas: [
          {
            postcodeSetIds: ['us-alaska'],
            rules: [{ kind: 'zip3-range', from: '006', to: '009' }],
            feeMinor: 300,
            source: 'https://example.com/rates',
          },
        ],
        trackingFee: { perOrderMinor: 20, source: 'https://example.com/rates' },
        priorityFee: { perOrderMinor: 90, source: 'https://example.com/rates' },
        rebateTiers: [{ aboveMonthlyParcels: 5000, percent: 2, source: 'user' }],
      },
    ]);
  });

  it('accepts a subset of columns in any order, comments, blank lines, a BOM and UK for GB', () => {
    const csv = '\uFEFFbase,max_weight_g,currency,market,carrier_id\n# Evri contract\n\n2.95,1000,GBP,UK,evri\n';
    const result = parseRateCardCsv(csv);
    expect(result.ok && result.override.feeTables).toEqual([
      {
        carrierId: 'evri',
        market: 'GB',
        currency: 'GBP',
        weightBands: [{ maxWeightGrams: 1000, baseMinor: 295, source: 'user' }],
      },
    ]);
  });

  it('reads whole-unit currencies (IDR) without decimals', () => {
    const result = parseRateCardCsv('carrier_id,market,currency,max_weight_g,base\njt-express,ID,IDR,1000,9000');
    expect(result.ok && result.override.feeTables?.[0]?.weightBands).toEqual([
      { maxWeightGrams: 1000, baseMinor: 9000, source: 'user' },
    ]);
  });

  it('imports, merges and exports: the merged pack is valid and round-trips', () => {
    const result = parseRateCardCsv(
      'carrier_id,market,currency,max_weight_g,base,fuel_month,fuel_per_kg\njt-express,US,USD,1000,4.10,,\njt-express,US,USD,,,2024-09,0.22',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const merged = mergeRulePacks(defaultRulePack, result.override);
    const reread = parseRulePack(serializeRulePack(merged));
    expect(reread).toEqual({ ok: true, pack: merged });
    const jt = merged.feeTables.find((t) => t.carrierId === 'jt-express' && t.market === 'US')!;
    expect(jt.weightBands).toEqual([{ maxWeightGrams: 1000, baseMinor: 410, source: 'user' }]);
    expect(jt.fuel?.map((f) => [f.month, f.perKgMinor, f.source])).toEqual([
      ['2024-08', 21, 'seed:S21'],
      ['2024-09', 22, 'user'],
    ]);
  });
});

describe('RATE-CARD.md', () => {
  it('has an example that imports cleanly', () => {
    const doc = readFileSync(new URL('../../../lib/rules/RATE-CARD.md', import.meta.url), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseRateCardCsv(example!);
    expect(result.ok ? result.rows : result.errors).toBe(5);
  });
});

describe('parseRateCardCsv: bad files', () => {
  it('reports every bad line with its line number and column, and returns no override', () => {
    const csv = [
      'carrier_id,market,currency,max_weight_g,base,fuel_month,fuel_per_kg,fuel_percent',
      'jt-express,US,USD,500,3.28,,,',
      'Pony Express,US,USD,500,3.28,,,',
      '',
      'jt-express,UK,USD,500,3.28,,,',
      'jt-express,US,USD,500,$3.28,,,',
      'jt-express,US,USD,1000,3.285,,,',
      'jt-express,US,USD,,,2024-13,0.2,',
      'jt-express,US,USD,,,2024-09,0.2,5',
      'jt-express,US,USD,700,,,,',
      'jt-express,US,USD,500,3.50,,,',
      'jt-express,US,USD,,,,,',
    ].join('\n');
    const result = parseRateCardCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        line: 3,
        column: 'carrier_id',
        message:
          'unknown carrier "Pony Express" (for your own carrier write own-<name>, e.g. own-yunda-line, and its carrier_name_en)',
      },
      { line: 5, column: 'currency', message: `currency "USD" does not match GB's GBP` },
      { line: 6, column: 'base', message: expect.stringContaining('not a plain amount') },
      { line: 7, column: 'base', message: `"3.285" has more decimals than the currency's 2` },
      { line: 8, column: 'fuel_month', message: '"2024-13" is not a month as YYYY-MM' },
      { line: 9, column: 'fuel_per_kg', message: 'give exactly one of fuel_per_kg or fuel_percent' },
      { line: 10, column: 'base', message: 'a weight band needs both max_weight_g and base' },
      { line: 11, column: 'max_weight_g', message: 'band up to 500 g is listed twice for jt-express US' },
      { line: 12, message: 'the row has no figures' },
    ]);
  });

  it('changes nothing: the default pack is untouched by a refused file', () => {
    const before = serializeRulePack(defaultRulePack);
    const result = parseRateCardCsv('carrier_id,market,currency,max_weight_g,base\njt-express,US,USD,500,oops');
    expect(result.ok).toBe(false);
    expect(serializeRulePack(defaultRulePack)).toBe(before);
  });

  it('reports header problems on line 1', () => {
    const result = parseRateCardCsv('carrier,market,base,base\nx,US,1,1');
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 1, column: 'carrier', message: expect.stringContaining('unknown column "carrier"') },
      { line: 1, column: 'base', message: 'column "base" appears twice' },
      { line: 1, column: 'carrier_id', message: 'missing required column "carrier_id"' },
      { line: 1, column: 'currency', message: 'missing required column "currency"' },
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseRateCardCsv('')).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringContaining('empty') }],
    });
    expect(parseRateCardCsv('carrier_id,market,currency,max_weight_g,base\n')).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'no rate rows after the header' }],
    });
  });

  it('counts lines as an editor does when a quoted cell spans lines', () => {
    const result = parseRateCardCsv(
      'carrier_id,market,currency,max_weight_g,base,source\njt-express,US,USD,500,3.28,"two\nlines"\njt-express,US,USD,x,1,',
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 4, column: 'max_weight_g', message: expect.stringContaining('"x"') },
    ]);
  });

  it('refuses a row with the wrong number of cells and an unknown remote area', () => {
    const result = parseRateCardCsv(
      'carrier_id,market,currency,remote_fee,remote_areas\njt-express,US,USD,2.50\njt-express,US,USD,2.50,us-atlantis',
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 2, message: 'expected 5 cells like the header, found 4' },
      { line: 2, column: 'remote_areas', message: 'a remote-area fee needs both remote_fee and remote_areas' },
      { line: 3, column: 'remote_areas', message: expect.stringContaining('"us-atlantis"') },
    ]);
  });

  it('refuses rebate percents out of range', () => {
    const result = parseRateCardCsv(
      'carrier_id,market,currency,rebate_above_monthly,rebate_percent\nzongteng,US,USD,10000,0\nzongteng,US,USD,20000,101',
    );
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'rebate_percent'],
      [3, 'rebate_percent'],
    ]);
  });
});

describe('rate card v2 columns: weights in g/kg/oz/lb and a price per extra unit (issue 15)', () => {
  const US_LB_CARD = [
    'carrier_id,market,currency,max_weight,weight_unit,base,extra_step,extra_fee,source',
    'usps,US,USD,4,oz,4.50,,,my USPS card',
    'usps,US,USD,8,oz,5.10,,,my USPS card',
    'usps,US,USD,15.99,oz,6.20,,,my USPS card',
    'usps,US,USD,,lb,,1,1.15,my USPS card',
  ].join('\n');

  it('converts the bounds exactly and quotes the worked example to the cent', () => {
    const result = parseRateCardCsv(US_LB_CARD);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const table = result.override.feeTables![0]!;
    expect(table.weightBands!.map((b) => [b.maxWeightGrams, b.maxWeight])).toEqual([
      [113, { value: 4, unit: 'oz' }],
      [226, { value: 8, unit: 'oz' }],
      [453, { value: 15.99, unit: 'oz' }],
    ]);
    expect(table.extraWeight).toEqual({
      step: { value: 1, unit: 'lb' },
      perStepMinor: 115,
      source: 'user:my USPS card',
    });
    const pack = mergeRulePacks(defaultRulePack, result.override);
    // 1,000 g: 15.99 oz = 453.31 g; 546.7 g over → 2 started pounds: $6.20 + 2 × $1.15 = $8.50.
    const q = quote(
      { weightGrams: 1000, destination: { country: 'US', postcode: '10001' } },
      'usps',
      { market: 'US', date: '2024-08-15' },
      pack,
    );
    expect(q).toMatchObject({ kind: 'quote', totalMinor: 850 });
  });

  it('still reads v1 files with max_weight_g', () => {
    expect(parseRateCardCsv('carrier_id,market,currency,max_weight_g,base\njt-express,US,USD,1000,4.10').ok).toBe(true);
  });

  it('reports every broken line, line by line, and returns nothing to merge', () => {
    const result = parseRateCardCsv(
      [
        'carrier_id,market,currency,max_weight,weight_unit,base,extra_step,extra_fee',
        'usps,US,USD,4,stone,4.50,,',
        'usps,US,USD,4.12345,oz,4.50,,',
        'usps,US,USD,8,,5.10,,',
        'usps,US,USD,,lb,,1,',
        'usps,US,USD,1,lb,6.20,,',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'weight_unit'],
      [3, 'max_weight'],
      [4, 'weight_unit'],
      [5, 'extra_fee'],
    ]);
    expect(result.errors[0]!.message).toBe('"stone" is not a weight unit: use g, kg, oz or lb');
  });
});

describe('rate card v2: a zone card in CSV (issue 15)', () => {
  const ZONE_CARD = [
    'carrier_id,market,currency,zone,zone_postcodes,max_weight,weight_unit,base,extra_step,extra_fee',
    'usps,US,USD,1,zip3:100-149,,,,,',
    'usps,US,USD,8,zip3:900-961;zip3:995-999,,,,,',
    'usps,US,USD,1,,1,lb,5.40,,',
    'usps,US,USD,1,,2,lb,6.10,,',
    'usps,US,USD,8,,1,lb,8.95,,',
    'usps,US,USD,8,,2,lb,12.10,,',
    'usps,US,USD,,,,lb,,1,0.95',
  ].join('\n');

  it('imports zones and per-zone bands, and quotes the worked example to the cent', () => {
    const result = parseRateCardCsv(ZONE_CARD);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const pack = mergeRulePacks(defaultRulePack, result.override);
    const total = (postcode: string, weightGrams: number) => {
      const q = quote(
        { weightGrams, destination: { country: 'US', postcode } },
        'usps',
        { market: 'US', date: '2024-08-15' },
        pack,
      );
      return q.kind === 'quote' ? q.totalMinor : q.reasonCode;
    };
    expect(total('10001', 400)).toBe(540);
    expect(total('90210', 800)).toBe(1210);
    // 1,000 g to ZIP 99501 (zone 8): one pound past 2 lb → $12.10 + $0.95 = $13.05.
    expect(total('99501', 1000)).toBe(1305);
    expect(total('60601', 400)).toBe('no-zone-for-postcode');
  });

  it('refuses a band of an undefined zone and a zone defined twice, line by line', () => {
    const result = parseRateCardCsv(
      [
        'carrier_id,market,currency,zone,zone_postcodes,max_weight_g,base',
        'usps,US,USD,1,zip3:100-149,,',
        'usps,US,USD,1,zip3:150-199,,',
        'usps,US,USD,2,,500,5.40',
        'usps,US,USD,3,zip9:x,,',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'zone'],
      [5, 'zone_postcodes'],
      [4, 'zone'],
    ]);
  });
});
