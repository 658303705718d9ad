import { describe, expect, it } from 'vitest';
import {
  RATE_CARD_COLUMNS,
  defaultRulePack,
  parseRateCardCsv,
  parseRulePackOverride,
  serializeRulePack,
} from '@/lib/rules';
import {
  buildRateCardTemplate,
  combineOverrides,
  describePackChanges,
  detectImportKind,
  formatImportError,
  readImport,
} from '@/entrypoints/options/rule-import';

const JT_CARD = [
  'carrier_id,market,currency,max_weight_g,base,fuel_month,fuel_per_kg,source',
  'jt-express,US,USD,500,3.28,,,',
  'jt-express,US,USD,1000,4.10,,,',
  'jt-express,US,USD,,,2024-09,0.22,',
].join('\n');
const USPS_CARD = 'carrier_id,market,currency,tracking_fee\nusps,US,USD,0.20';

describe('readImport', () => {
  it('reports every bad CSV line in file order and returns nothing to save', () => {
    const csv = [
      'carrier_id,market,currency,max_weight_g,base,fuel_month,fuel_per_kg',
      'Pony Express,US,USD,500,3.00,,',
      'jt-express,US,USD,,,2024-09,0.2x',
      'jt-express,GB,USD,500,3.00,,',
    ].join('\n');
    const result = readImport('card.csv', csv, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'carrier_id'],
      [3, 'fuel_per_kg'],
      [4, 'currency'],
    ]);
  });

  it('previews a good card as the combined override and the packs before and after', () => {
    const result = readImport('jt.csv', JT_CARD, null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toBe(3);
    expect(result.before).toBe(defaultRulePack);
    const jt = result.after.feeTables.find((t) => t.carrierId === 'jt-express' && t.market === 'US')!;
    expect(jt.weightBands.map((b) => [b.maxWeightGrams, b.baseMinor])).toEqual([
      [500, 328],
      [1000, 410],
    ]);
    expect(jt.fuel?.map((f) => f.month)).toEqual(['2024-08', '2024-09']);
    expect(parseRulePackOverride(result.combined, defaultRulePack).ok).toBe(true);
  });

  it('adds a second card to the stored override instead of replacing it', () => {
    const first = readImport('jt.csv', JT_CARD, null);
    if (!first.ok) throw new Error('first card must import');
    const second = readImport('usps.csv', USPS_CARD, first.combined);
    if (!second.ok) throw new Error('second card must import');
    expect(second.combined.feeTables?.map((t) => `${t.carrierId}/${t.market}`)).toEqual(['jt-express/US', 'usps/US']);
    expect(second.before.feeTables.find((t) => t.carrierId === 'jt-express')?.weightBands).toHaveLength(2);
  });

  it('reads a pack JSON — also a whole exported pack — and refuses a bad one by path', () => {
    expect(readImport('pack.json', serializeRulePack(defaultRulePack), null).ok).toBe(true);
    const bad = readImport(
      'pack.json',
      '{"feeTables":[{"carrierId":"usps","market":"US","currency":"GBP","trackingFee":{"perOrderMinor":20,"source":"user"}}]}',
      null,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors).toEqual([{ path: 'feeTables[0].currency', message: "currency GBP does not match US's USD" }]);
    const notJson = readImport('pack.json', '{ nope', null);
    expect(!notJson.ok && notJson.errors[0]?.message).toMatch(/^not valid JSON/);
  });
});

describe('combineOverrides', () => {
  it('merges fuel by month and replaces other groups of the same carrier and market', () => {
    const a = parseRateCardCsv(
      'carrier_id,market,currency,fuel_month,fuel_per_kg,tracking_fee\njt-express,US,USD,2024-09,0.22,0.15',
    );
    const b = parseRateCardCsv(
      'carrier_id,market,currency,fuel_month,fuel_per_kg,tracking_fee\njt-express,US,USD,2024-10,0.25,0.18',
    );
    if (!a.ok || !b.ok) throw new Error('cards must parse');
    const table = combineOverrides(a.override, b.override).feeTables?.[0];
    expect(table?.fuel?.map((f) => [f.month, f.perKgMinor])).toEqual([
      ['2024-09', 22],
      ['2024-10', 25],
    ]);
    expect(table?.trackingFee?.perOrderMinor).toBe(18);
  });
  it('is the incoming override when nothing is stored', () => {
    const incoming = { feeTables: [] };
    expect(combineOverrides(undefined, incoming)).toBe(incoming);
  });
});

describe('formatImportError', () => {
  it('says where each problem is', () => {
    expect(formatImportError({ line: 4, column: 'fuel_per_kg', message: 'bad' })).toEqual({
      en: 'line 4, column fuel_per_kg: bad',
      zh: '第 4 行，fuel_per_kg 列：bad',
    });
    expect(formatImportError({ line: 2, message: 'bad' }).en).toBe('line 2: bad');
    expect(formatImportError({ path: 'feeTables[0].currency', message: 'bad' }).en).toBe(
      'at feeTables[0].currency: bad',
    );
    expect(formatImportError({ message: 'bad' }).en).toBe('file: bad');
  });
});

describe('describePackChanges', () => {
  it('shows the figures before and after for a changed fee table', () => {
    const result = readImport('jt.csv', JT_CARD, null);
    if (!result.ok) throw new Error('card must import');
    const changes = describePackChanges(result.before, result.after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'fee-table-changed',
      subject: { en: 'J&T Express · US', zh: '极兔速递 · US' },
    });
    expect(changes[0]!.details.map((d) => d.en)).toEqual([
      'Weight bands: up to 500 g $3.28 → up to 500 g $3.28; up to 1000 g $4.10',
      'Fuel surcharge: 2024-08: $0.21/kg → 2024-08: $0.21/kg; 2024-09: $0.22/kg',
    ]);
  });
  it('lists a new carrier (no certification on file) and its new fee table', () => {
    const result = readImport(
      'yun.csv',
      'carrier_id,market,currency,max_weight_g,base\nYunExpress,US,USD,500,5.00',
      null,
    );
    if (!result.ok) throw new Error('card must import');
    const kinds = describePackChanges(result.before, result.after).map((c) => [c.kind, c.subject.en]);
    expect(kinds).toEqual([
      ['carrier-added', 'YunExpress'],
      ['fee-table-added', 'YunExpress · US'],
    ]);
  });
  it('is empty when nothing changes', () => {
    expect(describePackChanges(defaultRulePack, defaultRulePack)).toEqual([]);
  });
});

describe('buildRateCardTemplate and detectImportKind', () => {
  it('has the documented header and no figures (importing it unedited adds nothing)', () => {
    const template = buildRateCardTemplate();
    expect(template.split('\r\n')).toContain(RATE_CARD_COLUMNS.join(','));
    expect(RATE_CARD_COLUMNS).toContain('format_max_size');
    expect(parseRateCardCsv(template)).toEqual({
      ok: false,
      errors: [{ line: 5, message: 'no rate rows after the header' }],
    });
  });
  it('tells JSON from CSV by name, then by content', () => {
    expect(detectImportKind('a.json', 'x')).toBe('json');
    expect(detectImportKind('a.CSV', '{')).toBe('csv');
    expect(detectImportKind('rates', '\uFEFF  {"version":"1"}')).toBe('json');
    expect(detectImportKind('rates.txt', 'carrier_id,market')).toBe('csv');
  });
});
