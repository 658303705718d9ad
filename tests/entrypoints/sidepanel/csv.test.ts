import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultRulePack } from '@/lib/rules';
import {
  atRiskCsv,
  carrierNamer,
  CSV_BOM,
  csvField,
  csvFileName,
  slaReportCsv,
  toCsv,
} from '@/entrypoints/sidepanel/csv';
import { NOW, sampleOverview } from './fixtures';

/** Parses our CSV back with an independent RFC 4180 parser (papaparse). */
function parse(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['中文，全角', '中文，全角'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('writes numbers as numbers (a negative number is not a formula) and absent values as empty', () => {
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});

describe('atRiskCsv', () => {
  it('has one row per at-risk package, in the order given, with risks joined', () => {
    const rows = parse(atRiskCsv(sampleOverview(), defaultRulePack, 'en'));
    expect(rows[0]).toEqual([
      'Order ID',
      'Tracking number',
      'Carrier',
      'Carrier ID',
      'Market',
      'Risk codes',
      'Risks',
      'Label created (UTC)',
      'Last update (UTC)',
      'First scan due (UTC)',
      'Ship by (UTC)',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '576800000000000002',
      'JT0001234567',
      'J&T Express',
      'jt-express',
      'US',
      'first-scan-overdue',
      'No first scan — 1 h 12 m past the 4 h window',
      '2026-03-05 03:48',
      '',
      '2026-03-05 07:48',
      '',
    ]);
    expect(rows[2]![5]).toBe('no-update-24h; exception');
    expect(rows[2]![6]).toBe('No tracking update for 1 d 2 h; Carrier reports an exception');
    // A tracking number that reads as a formula is neutralised.
    expect(rows[2]![1]).toBe('\'=HYPERLINK("x")');
  });

  it('writes Chinese headers and texts for the zh locale', () => {
    const rows = parse(atRiskCsv(sampleOverview(), defaultRulePack, 'zh'));
    expect(rows[0]![0]).toBe('订单号');
    expect(rows[1]![2]).toBe('极兔速递');
    expect(rows[1]![6]).toContain('1 小时 12 分钟');
  });

  it('is only the header for an empty list', () => {
    expect(parse(atRiskCsv({ ...sampleOverview(), atRisk: [] }, defaultRulePack, 'en'))).toHaveLength(1);
  });
});

describe('slaReportCsv', () => {
  it('lists every metric with value, counts, target, status, previous window, trend and source', () => {
    const rows = parse(slaReportCsv(sampleOverview(), defaultRulePack, 'en'));
    expect(rows[0]).toEqual([
      'Scope',
      'Market',
      'Carrier',
      'Carrier ID',
      'Metric code',
      'Metric',
      'Value (%)',
      'Numerator',
      'Denominator',
      'Comparator',
      'Target (%)',
      'Status',
      'Previous window (%)',
      'Trend',
      'Source',
    ]);
    expect(rows[1]).toEqual([
      'shop',
      '',
      '',
      '',
      'exception-rate',
      'Delivery exception rate',
      '5',
      '1',
      '20',
      '<',
      '1.3',
      'Breached',
      '0',
      'worsening',
      'seed:S8',
    ]);
    expect(rows[2]).toEqual([
      'market × carrier',
      'US',
      'USPS',
      'usps',
      'valid-tracking-rate',
      'Valid tracking rate (VTR)',
      '',
      '0',
      '0',
      '>=',
      '95',
      'No data yet',
      '',
      'no earlier data',
      'ref:seller-center#5',
    ]);
  });

  it('appends the delivery-day distribution as counts over delivered parcels', () => {
    const rows = parse(slaReportCsv(sampleOverview(), defaultRulePack, 'en'));
    expect(rows.slice(3)).toEqual([
      [
        'market',
        'US',
        '',
        '',
        'delivery-days',
        'Delivered in 2 calendar days',
        '',
        '3',
        '4',
        '',
        '',
        '',
        '',
        '',
        'seed:S4',
      ],
      [
        'market',
        'US',
        '',
        '',
        'delivery-days',
        'Delivered in 4 calendar days',
        '',
        '1',
        '4',
        '',
        '',
        '',
        '',
        '',
        'seed:S4',
      ],
    ]);
  });

  it('uses Chinese words for the zh locale', () => {
    const rows = parse(slaReportCsv(sampleOverview(), defaultRulePack, 'zh'));
    expect(rows[1]!.slice(0, 1)).toEqual(['全店']);
    expect(rows[1]![11]).toBe('未达标');
    expect(rows[2]![2]).toBe('美国邮政');
  });
});

describe('csvFileName', () => {
  it('stamps the file with the overview time in UTC', () => {
    expect(csvFileName('at-risk', NOW)).toBe('lastmile-lens-at-risk-20260305-0900Z.csv');
    expect(csvFileName('sla-report', NOW)).toBe('lastmile-lens-sla-report-20260305-0900Z.csv');
  });
});

describe('carrierNamer', () => {
  it('names carriers from the effective pack, not the built-in one (a renamed carrier once kept its built-in name in the CSV)', () => {
    const usps = defaultRulePack.carriers.find((c) => c.id === 'usps')!;
    const pack = { carriers: [{ ...usps, name: { en: 'USPS (my contract)', zh: 'USPS(我的合同)' } }] };
    const nameOf = carrierNamer({ atRisk: [], countsByCarrier: [] }, pack);
    expect(nameOf('usps')).toEqual({ en: 'USPS (my contract)', zh: 'USPS(我的合同)' });
    expect(carrierNamer({ atRisk: [], countsByCarrier: [] }, undefined)('usps')).toEqual({ en: 'usps', zh: 'usps' });
  });
});
