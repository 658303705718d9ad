import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '@/lib/diagnostics';
import { EXCLUSION_STATUSES, QUOTE_LINE_CODES } from '@/lib/fees';
import { excludedViewSchema, findingViewSchema, protocol, quoteLineSchema } from '@/lib/messaging/protocol';
import { CONNECTION_STATES } from '@/lib/storage/settings';
import { RISK_CODES } from '@/lib/tracking';

const text = { en: 'x', zh: 'x' };
const enumOptions = (schema: unknown): readonly string[] => (schema as { options: readonly string[] }).options;
const response = (type: keyof typeof protocol) => protocol[type].response;

describe('protocol enums follow the domain constants', () => {
  it('quote line codes, exclusion statuses and severities are the domain lists', () => {
    expect(enumOptions(quoteLineSchema.shape.code)).toEqual(QUOTE_LINE_CODES);
    expect(enumOptions(excludedViewSchema.shape.status.unwrap())).toEqual(EXCLUSION_STATUSES);
    expect(enumOptions(findingViewSchema.shape.severity)).toEqual(SEVERITIES);
  });

  it('accepts every risk code of lib/tracking on an at-risk row, and nothing else', () => {
    const overview = response('shop-overview');
    const row = (code: string) => ({
      generatedAt: 0,
      timeZone: 'UTC',
      apiConnected: true,
      atRisk: [{ orderId: '1', packageKey: 'k', risks: [{ code, text }] }],
      countsByCarrier: [],
      metrics: [],
      deliveryDays: [],
    });
    for (const code of RISK_CODES) expect(overview.safeParse(row(code)).success).toBe(true);
    expect(overview.safeParse(row('made-up-risk')).success).toBe(false);
  });

  it('connection states are the domain list', () => {
    const status = response('connection-status');
    const reply = (state: string) => ({
      connection: { state },
      pollIntervalMinutes: 15,
      lastPollAt: null,
      atRiskCount: 0,
      watchedCount: 0,
    });
    for (const state of CONNECTION_STATES) expect(status.safeParse(reply(state)).success).toBe(true);
    expect(status.safeParse(reply('sleeping')).success).toBe(false);
  });
});
