/**
 * The three rate-card templates Options offers (public/rate-cards/) import cleanly and quote the
 * worked examples of lib/rules/RATE-CARD.md to the cent.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quote, quoteAll, type Parcel, type Quote, type QuoteResult } from '@/lib/fees';
import { defaultRulePack, mergeRulePacks, parseRateCardCsv, type RulePack } from '@/lib/rules';

const template = (name: string) => readFileSync(resolve(__dirname, '../../../public/rate-cards', name), 'utf8');

function importCard(text: string, base: RulePack = defaultRulePack): RulePack {
  const parsed = parseRateCardCsv(text, base);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return mergeRulePacks(base, parsed.override);
}

function expectQuote(result: QuoteResult): Quote {
  if (result.kind !== 'quote') throw new Error(`expected a quote, got ${result.reasonCode}: ${result.reason}`);
  return result;
}

const amounts = (q: Quote) => q.lines.map((l) => [l.code, l.amountMinor]);

describe('line card template (J&T-style, your own line)', () => {
  const pack = importCard(template('line-card-template.csv'));
  const parcel: Parcel = { weightGrams: 1700, destination: { country: 'US', postcode: '99501' } };

  it('imports cleanly as your own carrier with its en/zh name', () => {
    expect(parseRateCardCsv(template('line-card-template.csv')).ok).toBe(true);
    expect(pack.carriers.find((c) => c.id === 'own-example-line')?.name).toEqual({
      en: 'Example Line',
      zh: '示例专线',
    });
  });

  it('quotes 1,700 g to 99501 on 2025-01-15 as $10.65 (RATE-CARD.md)', () => {
    const q = expectQuote(quote(parcel, 'own-example-line', { market: 'US', date: '2025-01-15' }, pack));
    // $5.60 up to 1 kg + 2 started 0.5 kg × $1.30; fuel 5.5 % of $8.20 = 45.1 ¢ → 45 ¢; delivery area $2.00.
    expect(amounts(q)).toEqual([
      ['base', 820],
      ['fuel', 45],
      ['surcharge', 200],
    ]);
    expect(q.totalMinor).toBe(1065);
    expect(q.lines[1]!.explanation.en).toContain('2025-01-13–2025-01-19');
    expect(q.basis).toEqual({ en: 'service Standard', zh: '服务 标准' });
  });

  it('uses the week in force: 2025-01-08 takes 5 % (41 ¢)', () => {
    const q = expectQuote(quote(parcel, 'own-example-line', { market: 'US', date: '2025-01-08' }, pack));
    expect(q.lines[1]!.amountMinor).toBe(41);
  });

  it('has no rate before the card takes effect', () => {
    const r = quote(parcel, 'own-example-line', { market: 'US', date: '2024-12-31' }, pack);
    expect(r.kind === 'no-rate' && r.reasonCode).toBe('no-card-in-force');
  });

  it('eligibility says "your own carrier — no certification on file", en and zh', () => {
    const all = quoteAll(parcel, { market: 'US', date: '2025-01-15' }, pack);
    const own = all.excluded.find((e) => e.carrierId === 'own-example-line');
    expect(own?.status).toBe('unknown');
    expect(own?.reasons[0]?.code).toBe('own-carrier');
    expect(own?.reasons[0]?.text.en).toMatch(/^Your own carrier — no certification on file/);
    expect(own?.reasons[0]?.text.zh).toMatch(/^你自己的承运商 — 没有认证记录/);
  });
});

describe('zone card template (USPS-style)', () => {
  const pack = importCard(template('zone-card-template.csv'));

  it('quotes 1,500 g to ZIP 90210 on 2025-11-20 as $15.60 (zone 8, extra pound, peak)', () => {
    const q = expectQuote(
      quote(
        { weightGrams: 1500, destination: { country: 'US', postcode: '90210' } },
        'usps',
        { market: 'US', date: '2025-11-20' },
        pack,
      ),
    );
    expect(amounts(q)).toEqual([
      ['base', 1515],
      ['surcharge', 45],
    ]);
    expect(q.totalMinor).toBe(1560);
    expect(q.zone).toBe('8');
    expect(q.basis?.en).toBe('service Ground Advantage, zone 8');
    expect(q.basis?.zh).toBe('服务 Ground Advantage 地面服务,第 8 区');
  });

  it('quotes 400 g to ZIP 10001 on 2025-03-01 as $6.20 (zone 1, band up to 15.99 oz)', () => {
    const q = expectQuote(
      quote(
        { weightGrams: 400, destination: { country: 'US', postcode: '10001' } },
        'usps',
        { market: 'US', date: '2025-03-01' },
        pack,
      ),
    );
    expect(q.totalMinor).toBe(620);
    expect(q.lines[0]!.explanation.en).toBe(
      'Base freight for 400 g chargeable weight (band up to 15.99 oz; service Ground Advantage, zone 1) → $6.20.',
    );
  });

  it('a zone matrix imported on its own sets the zones by origin and destination', () => {
    const matrix = importCard(template('zone-matrix-template.csv'), defaultRulePack);
    const withCard = mergeRulePacks(matrix, {
      feeTables: [
        {
          ...pack.feeTables.find((t) => t.carrierId === 'usps')!,
          zones: undefined,
        },
      ],
    });
    const from = (origin: string) =>
      expectQuote(
        quote(
          { weightGrams: 400, origin: { postcode: origin }, destination: { country: 'US', postcode: '10001' } },
          'usps',
          { market: 'US', date: '2025-03-01' },
          withCard,
        ),
      );
    expect(from('90001').zone).toBe('8');
    expect(from('10001').zone).toBe('1');
  });
});

describe('size × weight card template (Royal Mail-style)', () => {
  const pack = importCard(template('size-card-template.csv'));
  const smallParcel: Parcel = {
    weightGrams: 900,
    dimensionsMm: { length: 300, width: 200, height: 100 },
    destination: { country: 'GB', postcode: 'SW1A 1AA' },
  };

  it('quotes Tracked 24 and Tracked 48 separately: £4.20 and £3.50 for a 900 g small parcel', () => {
    const all = quoteAll(smallParcel, { market: 'GB', date: '2025-06-02' }, pack);
    const royal = all.eligible.filter((q) => q.carrierId === 'royal-mail');
    expect(royal.map((q) => [q.service?.id, q.totalMinor])).toEqual([
      ['tracked-48', 350],
      ['tracked-24', 420],
    ]);
    expect(royal[0]!.basis?.en).toBe('service Tracked 48, format Small parcel (up to 450 × 350 × 160 mm, 2000 g)');
    expect(royal[0]!.basis?.zh).toBe('服务 48小时追踪,规格 小包裹(不超过 450 × 350 × 160 mm, 2000 g)');
  });

  it('picks the large letter for a flat 300 g item: £3.40 / £2.90; quote() gives the cheapest unless a service is asked', () => {
    const letter: Parcel = { ...smallParcel, weightGrams: 300, dimensionsMm: { length: 250, width: 180, height: 20 } };
    expect(expectQuote(quote(letter, 'royal-mail', { market: 'GB', date: '2025-06-02' }, pack)).totalMinor).toBe(290);
    const t24 = expectQuote(
      quote(letter, 'royal-mail', { market: 'GB', date: '2025-06-02', service: 'tracked-24' }, pack),
    );
    expect([t24.totalMinor, t24.format?.id]).toEqual([340, 'large-letter']);
  });

  it('needs dimensions to pick a format, and says so', () => {
    const r = quote(
      { ...smallParcel, dimensionsMm: undefined as never },
      'royal-mail',
      { market: 'GB', date: '2025-06-02' },
      pack,
    );
    expect(r.kind === 'no-rate' && [r.reasonCode, r.text.en]).toEqual([
      'no-format-for-parcel',
      "The Royal Mail Tracked 24 in United Kingdom card prices by size format: enter the parcel's dimensions.",
    ]);
  });
});

describe('rate card v2: broken cards are refused line by line, changing nothing', () => {
  it('lists every bad v2 cell with its line and column', () => {
    const text = [
      'carrier_id,market,currency,service,effective_from,format,format_max_size,max_weight,weight_unit,base,surcharge,surcharge_fee,fuel_from,fuel_to,fuel_percent,volumetric_divisor,volumetric_unit',
      'royal-mail,GB,GBP,Tracked 24,2025-04-07,,,1,kg,4.20,,,,,,,',
      'royal-mail,GB,GBP,tracked-24,2025-13-01,,,1,kg,4.20,,,,,,,',
      'royal-mail,GB,GBP,tracked-24,,small,45x35cm,,,,,,,,,,',
      'royal-mail,GB,GBP,tracked-24,,,,1,kg,4.20,,,,,,,',
      'royal-mail,GB,GBP,tracked-24,,,,,,,express,1.00,,,,,',
      'royal-mail,GB,GBP,tracked-24,,,,,,,,,2025-01-13,,5,,',
      'royal-mail,GB,GBP,tracked-24,,,,,,,,,,,,139,in3/kg',
      'own-line,GB,GBP,,,,,1,kg,3.00,,,,,,,',
    ].join('\n');
    const result = parseRateCardCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'service'],
      [3, 'effective_from'],
      [4, 'format_max_size'],
      [6, 'surcharge'],
      [7, 'fuel_to'],
      [8, 'volumetric_unit'],
      [9, 'carrier_name_en'],
    ]);
    expect(result.errors[3]!.message).toBe('"express" is not a surcharge: use residential, delivery-area or peak');
  });

  it('a size card band must name a defined format', () => {
    const text = [
      'carrier_id,market,currency,format,format_max_size,max_weight,weight_unit,base',
      'royal-mail,GB,GBP,small-parcel,45x35x16cm,,,',
      'royal-mail,GB,GBP,,,1,kg,4.20',
      'royal-mail,GB,GBP,medium,,2,kg,7.00',
    ].join('\n');
    const result = parseRateCardCsv(text);
    expect(!result.ok && result.errors).toEqual([
      { line: 3, column: 'format', message: "royal-mail GB is a size card: name the band's format" },
      { line: 4, column: 'format', message: 'format medium has no format_max_size row for royal-mail GB' },
    ]);
  });
});
