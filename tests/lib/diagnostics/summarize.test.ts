import { describe, expect, it } from 'vitest';
import { diagnosePendingShipment, summarizeForTicket, type DiagnosisFacts } from '@/lib/diagnostics';
import { defaultRulePack } from '@/lib/rules';

const H = 3_600_000;
const LABEL = Date.UTC(2024, 5, 3, 15, 0); // 08:00 in Los Angeles

const facts: DiagnosisFacts = {
  orderId: '577088',
  market: 'US',
  status: 'Awaiting shipment',
  carrier: { text: 'J&T Express' },
  waybill: 'JTUS12（34567890',
  labelCreatedAt: LABEL,
  labelCreatedSource: 'print-click',
  events: [],
  apiConnected: true,
};
const now = LABEL + 5 * H + 12 * 60_000;
const findings = diagnosePendingShipment(facts, now, defaultRulePack);

describe('summarizeForTicket', () => {
  it('English: facts first, then every finding with its fix and source, most likely first', () => {
    const text = summarizeForTicket(facts, findings, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Order 577088: label printed, order still Pending Shipment');
    expect(text).toContain('Market: US');
    expect(text).toContain('Status: Awaiting shipment');
    expect(text).toContain('Carrier: J&T Express');
    expect(text).toContain('Waybill: “JTUS12（34567890”');
    expect(text).toContain(
      'Label created: 2024-06-03 08:00 (America/Los_Angeles), first click on Seller Center’s print-label button',
    );
    expect(text).toContain('First carrier scan: none recorded');
    expect(text).toContain('Carrier tracking callback (options): not saved');
    expect(text).toContain('Findings, most likely cause first:');
    expect(text).toContain('1. [Critical] Waybill has a full-width bracket at position 7');
    expect(text).toContain('2. [High] No first scan 5 h 12 m after label (the seed’s 4 h rule) — call J&T Express');
    expect(text).toContain('   Fix: Revise the tracking number to JTUS1234567890');
    expect(text).toContain('   Source: seed:S28');
    expect(lines.filter((l) => /^\d+\. \[/.test(l))).toHaveLength(findings.length);
    expect(lines.filter((l) => l.startsWith('   Fix: '))).toHaveLength(findings.length);
  });

  it('Chinese: the same facts and findings with Chinese labels and texts', () => {
    const text = summarizeForTicket(facts, findings, 'zh');
    expect(text.split('\n')[0]).toBe('订单 577088：已打印面单，订单仍显示“待发货”');
    expect(text).toContain('承运商：极兔（J&T Express）');
    expect(text).toContain('订单状态：待发货（Awaiting shipment）');
    expect(text).toContain('运单号：“JTUS12（34567890”');
    expect(text).toContain('承运商首次扫描：暂无记录');
    expect(text).toContain('1. [严重] 运单号第 7 个字符是全角括号');
    expect(text).toContain('   处理：请将运单号修改为 JTUS1234567890');
    expect(text).not.toContain('Fix:');
  });

  it('ranks findings itself, so any order gives the same text', () => {
    expect(summarizeForTicket(facts, [...findings].reverse(), 'en')).toBe(summarizeForTicket(facts, findings, 'en'));
  });

  it('shows the first scan and last update when there are events, and unknowns when there are none', () => {
    const withScan = summarizeForTicket(
      { ...facts, events: [{ description: 'Picked up', update_time_millis: LABEL + 2 * H }] },
      [],
      'en',
    );
    expect(withScan).toContain('First carrier scan: 2024-06-03 10:00 (America/Los_Angeles)');
    expect(withScan).toContain('Last tracking update: 2024-06-03 10:00 (America/Los_Angeles) — “Picked up”');
    expect(withScan).toContain('No findings.');
    const offline = summarizeForTicket({ orderId: '1', apiConnected: false }, [], 'en');
    expect(offline).toContain('First carrier scan: unknown (API not connected)');
    expect(offline).toContain('Waybill: not seen');
    expect(offline).toContain('Carrier: not seen');
    expect(offline).toContain('Label created: unknown');
    expect(offline).toContain('Market: unknown');
  });

  it('uses the market’s time zone and lists the printer and callback when saved', () => {
    const text = summarizeForTicket(
      {
        orderId: '9',
        market: 'TH',
        labelCreatedAt: LABEL,
        printerDpi: 300,
        carrierCallbackUrl: 'https://x.example/cb',
        apiConnected: true,
      },
      [],
      'en',
    );
    expect(text).toContain('Label created: 2024-06-03 22:00 (Asia/Bangkok)');
    expect(text).toContain('Label printer: 300 dpi');
    expect(text).toContain('Carrier tracking callback (options): x.example/cb');
    expect(text).toContain('First carrier scan: unknown (tracking not fetched yet)');
  });
});
