import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FINDING_CODES,
  diagnosePendingShipment,
  summarizeForTicket,
  topFinding,
  type DiagnosisFacts,
  type Finding,
  type FindingCode,
} from '@/lib/diagnostics';
import { SOURCE_PATTERN, defaultRulePack, type RulePack } from '@/lib/rules';

const MIN = 60_000;
const H = 3_600_000;
// 2024-06-03 08:00 PDT (15:00 UTC), a Monday.
const LABEL = Date.UTC(2024, 5, 3, 15, 0);
const VALID_USPS = '9400111899223197428497';
const US_ENDPOINT = 'https://us-api.tiktokshop.com/logistics/v3/tracking';

/** A healthy US order one hour after its label: every fact known, nothing wrong. */
function healthy(overrides: Partial<DiagnosisFacts> = {}): DiagnosisFacts {
  return {
    orderId: '577001',
    market: 'US',
    status: 'Awaiting shipment',
    carrier: { text: 'USPS Ground Advantage' },
    waybill: VALID_USPS,
    labelCreatedAt: LABEL,
    labelCreatedSource: 'api',
    events: [],
    apiConnected: true,
    carrierCallbackUrl: US_ENDPOINT,
    printerDpi: 203,
    connectedCarriers: ['USPS'],
    ...overrides,
  };
}

function without(facts: DiagnosisFacts, ...keys: Array<keyof DiagnosisFacts>): DiagnosisFacts {
  const copy: Record<string, unknown> = { ...facts };
  for (const key of keys) delete copy[key];
  return copy as unknown as DiagnosisFacts;
}

const diagnose = (facts: DiagnosisFacts, now = LABEL + H, pack: RulePack = defaultRulePack) =>
  diagnosePendingShipment(facts, now, pack);
const codes = (findings: Finding[]) => findings.map((f) => f.code);
const find = (findings: Finding[], code: FindingCode) => findings.find((f) => f.code === code);
const ev = (description: string, at: number) => ({ description, update_time_millis: at });

/** The default pack with one carrier's US entry changed. */
function packWithUsEntry(
  carrierId: string,
  change: (entry: RulePack['carriers'][number]['markets'][number]) => void,
): RulePack {
  const pack = structuredClone(defaultRulePack);
  const entry = pack.carriers.find((c) => c.id === carrierId)?.markets.find((m) => m.market === 'US');
  if (!entry) throw new Error(`no US entry for ${carrierId}`);
  change(entry);
  return pack;
}

describe('a healthy order', () => {
  it('gets only the informational first-scan clock', () => {
    const findings = diagnose(healthy());
    expect(codes(findings)).toEqual(['first-scan-pending']);
    expect(findings[0]!.title.en).toBe('First scan not due yet — 3 h left');
    expect(findings[0]!.title.zh).toBe('首次扫描尚未到期 — 还剩 3 小时');
  });
});

describe('waybill-malformed (S28 step 3, prior S29)', () => {
  it('names the first defect exactly in the title and gives the corrected number in the fix', () => {
    const f = find(diagnose(healthy({ waybill: '940011（1899223197428497' })), 'waybill-malformed')!;
    expect(f.title.en).toBe('Waybill has a full-width bracket at position 7');
    expect(f.title.zh).toBe('运单号第 7 个字符是全角括号');
    expect(f.fix.en).toContain(`Revise the tracking number to ${VALID_USPS}`);
    expect(f.fix.zh).toContain(VALID_USPS);
    expect(f.fix.en).toContain('only once, within 72 h of the first upload');
    expect(f.fix.zh).toContain('72 小时');
    expect(f).toMatchObject({
      severity: 'critical',
      evidence: 'observed',
      source: 'seed:S28',
      prior: { value: 0.837, source: 'seed:S29' },
    });
    expect(f.sources).toEqual(expect.arrayContaining(['seed:S28', 'seed:S29', 'ref:seller-center#5']));
    expect(f.detail.en).toContain('“940011（1899223197428497”');
  });

  it('uses "an" before a vowel and counts the other defects', () => {
    const f = find(diagnose(healthy({ waybill: '9400\u200b1118 99223197428497' })), 'waybill-malformed')!;
    expect(f.title.en).toBe('Waybill has a zero-width space at position 5');
    expect(f.detail.en).toContain('(and 1 more)');
    const accented = find(diagnose(healthy({ waybill: 'É400111899223197428497' })), 'waybill-malformed')!;
    expect(accented.title.en).toBe('Waybill has an accented letter at position 1');
  });

  it('says when the cleaned number still fails, instead of offering it as the fix', () => {
    const f = find(diagnose(healthy({ waybill: '9400 1118 9922 3197 4284 90' })), 'waybill-malformed')!;
    expect(f.title.en).toBe('Waybill has a space at position 5');
    expect(f.fix.en).toContain('Removing the bad characters gives 9400111899223197428490, which still fails the check');
    expect(f.fix.en).not.toContain('Revise the tracking number to');
  });

  it('words a defect without a position from the waybill issue title', () => {
    const f = find(diagnose(healthy({ waybill: '9400111899223197428490' })), 'waybill-malformed')!;
    expect(f.title.en).toBe('Waybill has a problem: check digit does not match');
    expect(f.title.zh).toBe('运单号有问题：校验位不符');
    const mismatch = find(diagnose(healthy({ waybill: '1Z999AA10123456784' })), 'waybill-malformed')!;
    expect(mismatch.title.en).toBe('Waybill has a problem: number belongs to another carrier');
  });

  it('states how much of the 72 h revision window is left, or that it closed', () => {
    const now = LABEL + H;
    const open = find(
      diagnose(healthy({ waybill: '940011（1899223197428497', trackingUploadedAt: now - 10 * H }), now),
      'waybill-malformed',
    )!;
    expect(open.fix.en).toContain('(2 d 14 h left)');
    expect(open.fix.zh).toContain('（还剩 2 天 14 小时）');
    const closed = find(
      diagnose(healthy({ waybill: '940011（1899223197428497', trackingUploadedAt: now - 80 * H }), now),
      'waybill-malformed',
    )!;
    expect(closed.fix.en).toContain('(that window closed 8 h ago)');
  });

  it('is absent for a valid number', () => {
    expect(codes(diagnose(healthy()))).not.toContain('waybill-malformed');
    expect(
      codes(diagnose(healthy({ market: 'GB', carrier: { text: 'Royal Mail Tracked 24' }, waybill: 'RB123456785GB' }))),
    ).not.toContain('waybill-malformed');
  });
});

describe('waybill-unverified (prior only) and waybill-unknown', () => {
  it('a clean number whose format cannot be verified is a prior, ranked below every observed finding', () => {
    const findings = diagnose(
      healthy({ carrier: { text: 'J&T Express' }, waybill: 'JTUS1234567890', connectedCarriers: ['J&T Express'] }),
    );
    const f = find(findings, 'waybill-unverified')!;
    expect(f).toMatchObject({ severity: 'low', evidence: 'prior', prior: { value: 0.837 } });
    expect(f.title.en).toBe('Waybill has no illegal characters, but its format cannot be verified for J&T Express');
    expect(f.fix.en).toContain('“JTUS1234567890”');
    expect(codes(diagnose(healthy()))).not.toContain('waybill-unverified');
  });

  it('no waybill on the page says to open the order detail', () => {
    for (const waybill of [undefined, '', '   ']) {
      const facts = waybill === undefined ? without(healthy(), 'waybill') : healthy({ waybill });
      const f = find(diagnose(facts), 'waybill-unknown')!;
      expect(f).toMatchObject({ severity: 'unknown', evidence: 'unknown' });
      expect(f.title.en).toMatch(/^Unknown — /);
      expect(f.fix.en).toContain('Open the order detail');
    }
    expect(codes(diagnose(healthy()))).not.toContain('waybill-unknown');
  });
});

describe('first scan within 4 h of the label (S7, S27)', () => {
  it('overdue: says how long since the label and whom to call', () => {
    const findings = diagnose(
      healthy({ carrier: { text: 'J&T Express' }, waybill: 'JTUS1234567890', connectedCarriers: ['J&T Express'] }),
      LABEL + 5 * H + 12 * MIN,
    );
    const f = find(findings, 'first-scan-overdue')!;
    expect(f.title.en).toBe('No first scan 5 h 12 m after label (the seed’s 4 h rule) — call J&T Express');
    expect(f.detail.en).toContain('that window closed 1 h 12 m ago');
    expect(f.detail.zh).toContain('1 小时 12 分钟');
    expect(f.detail.en).toContain('2024-06-03 08:00 (America/Los_Angeles), from the API');
    expect(f.fix.en).toContain('back office (S28 step 1)');
    expect(f).toMatchObject({ severity: 'high', evidence: 'observed', source: 'seed:S27' });
    expect(topFinding(findings)?.code).toBe('first-scan-overdue');
  });

  it('exactly 4 h after the label is not overdue yet; one millisecond later is', () => {
    const atLimit = diagnose(healthy(), LABEL + 4 * H);
    expect(codes(atLimit)).not.toContain('first-scan-overdue');
    expect(find(atLimit, 'first-scan-due-soon')!.title.en).toBe(
      'First scan due in less than 1 m — hand the parcel to USPS now',
    );
    const after = diagnose(healthy(), LABEL + 4 * H + 1);
    expect(codes(after)).toContain('first-scan-overdue');
    expect(codes(after)).not.toContain('first-scan-due-soon');
  });

  it('a scan at exactly 4 h is on time (no finding); one minute later is late', () => {
    const onTime = diagnose(
      healthy({ events: [ev('Accepted at USPS Origin Facility', LABEL + 4 * H)] }),
      LABEL + 6 * H,
    );
    expect(codes(onTime).filter((c) => c.startsWith('first-scan'))).toEqual([]);
    const late = diagnose(healthy({ events: [ev('Accepted at USPS Origin Facility', LABEL + 5 * H)] }), LABEL + 6 * H);
    const f = find(late, 'first-scan-late')!;
    expect(f.title.en).toBe('First scan came 1 h after the 4 h window');
    expect(f.title.zh).toBe('首次扫描比 4 小时时限晚了 1 小时');
    expect(f).toMatchObject({ severity: 'high', evidence: 'observed' });
    expect(codes(late)).not.toContain('first-scan-overdue');
  });

  it('a first scan known only as firstScanAt counts as a scan', () => {
    const findings = diagnose(
      healthy({ apiConnected: false, events: undefined, firstScanAt: LABEL + 2 * H }),
      LABEL + 6 * H,
    );
    expect(codes(findings).filter((c) => c.startsWith('first-scan'))).toEqual([]);
  });

  it('due soon within the last 30 minutes, with the time left', () => {
    const f = find(diagnose(healthy(), LABEL + 3 * H + 42 * MIN), 'first-scan-due-soon')!;
    expect(f.title.en).toBe('First scan due in 18 m — hand the parcel to USPS now');
    expect(f.title.zh).toBe('首次扫描将在 18 分钟 后到期 — 请立即交给美国邮政');
    expect(f.severity).toBe('medium');
    expect(codes(diagnose(healthy(), LABEL + 3 * H + 30 * MIN))).toContain('first-scan-due-soon');
    expect(codes(diagnose(healthy(), LABEL + 3 * H + 29 * MIN))).toEqual(['first-scan-pending']);
  });

  it('mentions suspected loss after 10 calendar days without a scan', () => {
    const f = find(diagnose(healthy(), LABEL + 11 * 24 * H), 'first-scan-overdue')!;
    expect(f.detail.en).toContain('No carrier scan for 10 calendar days');
    expect(f.sources).toContain('ref:seller-center#5');
    expect(find(diagnose(healthy(), LABEL + 5 * H), 'first-scan-overdue')!.detail.en).not.toContain('calendar days');
  });

  it('a print-click label time is flagged as possibly later than the real label', () => {
    const f = find(diagnose(healthy({ labelCreatedSource: 'print-click' }), LABEL + 5 * H), 'first-scan-overdue')!;
    expect(f.detail.en).toContain('from your first click on Seller Center’s print-label button');
  });
});

describe('first scan and label time unknown', () => {
  it('without the API, the first-scan status is unknown and the fix points to the carrier back office', () => {
    const findings = diagnose(healthy({ apiConnected: false, events: undefined }), LABEL + 5 * H);
    const f = find(findings, 'first-scan-unknown')!;
    expect(f).toMatchObject({ severity: 'unknown', evidence: 'unknown' });
    expect(f.title.en).toBe('Unknown — whether USPS has scanned the parcel');
    expect(f.fix.en).toContain('Check the first-scan time in USPS’s back office (S28 step 1)');
    expect(f.detail.en).toContain('the 4 h window closed 1 h ago');
    expect(codes(findings)).not.toContain('first-scan-overdue');
  });

  it('stored events without a scan are no proof of "no scan" while the API is disconnected', () => {
    const findings = diagnose(healthy({ apiConnected: false, events: [] }), LABEL + 5 * H);
    expect(codes(findings)).toContain('first-scan-unknown');
  });

  it('connected but tracking not fetched yet is unknown too, and says so', () => {
    const f = find(diagnose(without(healthy(), 'events'), LABEL + 2 * H), 'first-scan-unknown')!;
    expect(f.detail.en).toContain('has not been fetched yet');
    expect(f.detail.en).toContain('closes in 2 h');
  });

  it('no label time: says how to get one; the carrier’s label-created event stands in when present', () => {
    const f = find(diagnose(without(healthy(), 'labelCreatedAt', 'labelCreatedSource')), 'label-time-unknown')!;
    expect(f.fix.en).toContain(
      'connect the API in options, or print the label from Seller Center with the extension active'.replace(/^c/, 'C'),
    );
    const withEvent = diagnose(
      without(
        healthy({ events: [ev('Shipping Label Created, USPS Awaiting Item', LABEL)] }),
        'labelCreatedAt',
        'labelCreatedSource',
      ),
      LABEL + 5 * H,
    );
    expect(codes(withEvent)).not.toContain('label-time-unknown');
    expect(find(withEvent, 'first-scan-overdue')!.detail.en).toContain('from the carrier’s “label created” event');
  });
});

describe('tracking-stale (> 24 h, S7) and tracking-exception (S8)', () => {
  const picked = ev('Picked Up', LABEL + H);

  it('stale after more than 24 h without an update; exactly 24 h is not stale', () => {
    const f = find(diagnose(healthy({ events: [picked] }), LABEL + H + 24 * H + 30 * MIN), 'tracking-stale')!;
    expect(f.title.en).toBe('No tracking update for 1 d 30 m');
    expect(f.title.zh).toBe('物流轨迹已 1 天 30 分钟 未更新');
    expect(f.detail.en).toContain('“Picked Up”');
    expect(codes(diagnose(healthy({ events: [picked] }), LABEL + H + 24 * H))).not.toContain('tracking-stale');
  });

  it('is not raised before the first scan (the 4 h rule covers that)', () => {
    expect(codes(diagnose(healthy(), LABEL + 30 * H))).not.toContain('tracking-stale');
  });

  it('an exception as the latest update is high; an exception the trail moved past is low', () => {
    const latest = find(
      diagnose(healthy({ events: [picked, ev('Undeliverable as Addressed', LABEL + 3 * H)] }), LABEL + 4 * H),
      'tracking-exception',
    )!;
    expect(latest.severity).toBe('high');
    expect(latest.title.en).toBe('Carrier reports an exception: “Undeliverable as Addressed”');
    expect(latest.detail.en).toContain('the latest update');
    const earlier = find(
      diagnose(
        healthy({
          events: [
            picked,
            ev('Undeliverable as Addressed', LABEL + 3 * H),
            ev('Arrived at USPS Regional Facility', LABEL + 5 * H),
          ],
        }),
        LABEL + 6 * H,
      ),
      'tracking-exception',
    )!;
    expect(earlier.severity).toBe('low');
    expect(codes(diagnose(healthy({ events: [picked] }), LABEL + 3 * H))).not.toContain('tracking-exception');
  });

  it('accepts normalised events as well as raw ones', () => {
    const normalised = {
      at: LABEL + 3 * H,
      status: 'exception' as const,
      description: 'Refused',
      isCarrierScan: true,
      unknown: false,
    };
    expect(codes(diagnose(healthy({ events: [picked, normalised] }), LABEL + 4 * H))).toContain('tracking-exception');
  });
});

describe('callback-mismatch (S28 step 2)', () => {
  it('a different path is a mismatch naming both addresses', () => {
    const f = find(
      diagnose(healthy({ carrierCallbackUrl: 'https://us-api.tiktokshop.com/logistics/v2/tracking' })),
      'callback-mismatch',
    )!;
    expect(f).toMatchObject({ severity: 'medium', evidence: 'observed', source: 'seed:S28' });
    expect(f.title.en).toBe('USPS’s tracking callback is not TikTok’s United States endpoint');
    expect(f.detail.en).toContain('the path differs');
    expect(f.fix.en).toContain('us-api.tiktokshop.com/logistics/v3/tracking');
  });

  it('another host, or text that is not an address, is a mismatch too', () => {
    expect(
      find(
        diagnose(healthy({ carrierCallbackUrl: 'https://api.carrier.example/logistics/v3/tracking' })),
        'callback-mismatch',
      )!.detail.en,
    ).toContain('the host differs');
    expect(find(diagnose(healthy({ carrierCallbackUrl: 'ask support' })), 'callback-mismatch')!.detail.en).toContain(
      'not a web address',
    );
  });

  it.each([
    'https://us-api.tiktokshop.com/logistics/v3/tracking',
    'http://us-api.tiktokshop.com/logistics/v3/tracking/',
    'us-api.tiktokshop.com/logistics/v3/tracking',
    '  HTTPS://US-API.TikTokShop.com/logistics/v3/tracking  ',
  ])('scheme, trailing slash and host case do not matter: %s', (url) => {
    const findings = diagnose(healthy({ carrierCallbackUrl: url }));
    expect(codes(findings)).not.toContain('callback-mismatch');
    expect(codes(findings)).not.toContain('callback-unknown');
  });

  it('nothing saved: an unknown finding saying how to check it', () => {
    const f = find(diagnose(without(healthy(), 'carrierCallbackUrl')), 'callback-unknown')!;
    expect(f.title.en).toBe('Unknown — USPS’s tracking callback not checked');
    expect(f.fix.en).toContain('it must be us-api.tiktokshop.com/logistics/v3/tracking');
    expect(codes(diagnose(without(healthy(), 'carrierCallbackUrl')))).not.toContain('callback-mismatch');
  });

  it('a market without an endpoint on file cannot be compared', () => {
    const findings = diagnose(
      healthy({
        market: 'GB',
        carrier: { text: 'Royal Mail' },
        waybill: 'RB123456785GB',
        connectedCarriers: ['Royal Mail'],
        carrierCallbackUrl: 'https://example.com/cb',
      }),
    );
    expect(codes(findings)).not.toContain('callback-mismatch');
    expect(find(findings, 'callback-unknown')!.detail.en).toContain('no platform endpoint on file for United Kingdom');
  });
});

describe('carrier certification and connection (S2, S9, S11)', () => {
  it('carrier-not-certified when the pack says so for the market', () => {
    const pack = packWithUsEntry('ups', (entry) => {
      entry.certification = { status: 'not-certified', source: 'user' };
    });
    const facts = healthy({ carrier: { text: 'UPS' }, waybill: '1Z999AA10123456784', connectedCarriers: ['UPS'] });
    const f = find(diagnose(facts, LABEL + H, pack), 'carrier-not-certified')!;
    expect(f).toMatchObject({ severity: 'critical', evidence: 'observed', source: 'seed:S2' });
    expect(f.title.en).toBe('UPS is not a certified last-mile carrier in United States');
    expect(f.detail.en).toContain('Since 2024-07');
    expect(f.fix.en).toContain('Settings → Logistics → Select Carrier');
  });

  it('a certified carrier gets no certification finding', () => {
    const findings = diagnose(healthy());
    expect(codes(findings)).not.toContain('carrier-not-certified');
    expect(codes(findings)).not.toContain('carrier-certification-unknown');
  });

  it('no certification on file is unknown, not "not certified"', () => {
    const findings = diagnose(
      healthy({ carrier: { text: 'UPS' }, waybill: '1Z999AA10123456784', connectedCarriers: ['UPS'] }),
    );
    expect(codes(findings)).not.toContain('carrier-not-certified');
    expect(find(findings, 'carrier-certification-unknown')!.title.en).toBe(
      'Unknown — whether UPS is certified in United States',
    );
    const unlisted = diagnose(healthy({ carrier: { text: 'Acme Parcel' }, connectedCarriers: ['Acme Parcel'] }));
    expect(find(unlisted, 'carrier-certification-unknown')!.title.en).toBe(
      'Unknown — whether Acme Parcel is certified in United States',
    );
  });

  it('carrier-removed-manual-label when the pack says it cannot print labels through the API', () => {
    const pack = packWithUsEntry('usps', (entry) => {
      entry.apiLabelPrinting = { value: false, source: 'seed:S9' };
    });
    const f = find(diagnose(healthy(), LABEL + H, pack), 'carrier-removed-manual-label')!;
    expect(f).toMatchObject({ severity: 'critical', evidence: 'observed', source: 'seed:S9' });
    expect(f.title.en).toBe('USPS needs manual label upload — removed from the certified list');
    expect(codes(diagnose(healthy()))).not.toContain('carrier-removed-manual-label');
  });

  it('carrier-not-connected when the seller’s connected list lacks it; names and ids both match', () => {
    const f = find(diagnose(healthy({ connectedCarriers: ['J&T Express', 'Cainiao'] })), 'carrier-not-connected')!;
    expect(f).toMatchObject({ severity: 'high', evidence: 'observed', source: 'seed:S11' });
    expect(f.title.en).toBe('USPS is not connected to your shop');
    expect(f.detail.en).toContain('J&T Express, Cainiao');
    for (const listed of [['usps'], ['USPS Ground Advantage'], ['美国邮政']]) {
      expect(codes(diagnose(healthy({ connectedCarriers: listed })))).not.toContain('carrier-not-connected');
    }
  });

  it('no connected list saved: connection unknown', () => {
    for (const connectedCarriers of [undefined, []]) {
      const facts =
        connectedCarriers === undefined ? without(healthy(), 'connectedCarriers') : healthy({ connectedCarriers });
      const findings = diagnose(facts);
      expect(codes(findings)).toContain('carrier-connection-unknown');
      expect(codes(findings)).not.toContain('carrier-not-connected');
    }
  });

  it('unknown carrier or market are reported once, and the checks that need them are skipped', () => {
    const noCarrier = diagnose(without(healthy(), 'carrier'));
    expect(codes(noCarrier)).toContain('carrier-unknown');
    expect(codes(noCarrier)).not.toContain('carrier-connection-unknown');
    expect(find(noCarrier, 'callback-unknown')).toBeUndefined();
    const noMarket = diagnose(without(healthy(), 'market'));
    expect(codes(noMarket)).toContain('market-unknown');
    expect(codes(noMarket)).not.toContain('callback-unknown');
    expect(codes(noMarket)).not.toContain('carrier-certification-unknown');
    expect(codes(diagnose(healthy({ market: 'XX' })))).toContain('market-unknown');
  });
});

describe('printer-below-203dpi (S33, S34)', () => {
  it('below 203 dpi with no scan yet', () => {
    const f = find(diagnose(healthy({ printerDpi: 200 })), 'printer-below-203dpi')!;
    expect(f).toMatchObject({ severity: 'high', evidence: 'observed', source: 'seed:S33', prior: { value: 0.39 } });
    expect(f.title.en).toBe('Label printer set to 200 dpi — below 203 dpi');
    expect(f.fix.en).toContain('High Quality');
  });

  it('203 dpi exactly is enough', () => {
    expect(codes(diagnose(healthy({ printerDpi: 203 })))).not.toContain('printer-below-203dpi');
  });

  it('is moot once a carrier scan is on record', () => {
    const findings = diagnose(healthy({ printerDpi: 150, events: [ev('Picked Up', LABEL + H)] }), LABEL + 2 * H);
    expect(codes(findings)).not.toContain('printer-below-203dpi');
    expect(
      codes(diagnose(without(healthy({ events: [ev('Picked Up', LABEL + H)] }), 'printerDpi'), LABEL + 2 * H)),
    ).not.toContain('printer-unknown');
  });

  it('no saved setting (or a nonsense one) is unknown', () => {
    expect(codes(diagnose(without(healthy(), 'printerDpi')))).toContain('printer-unknown');
    expect(codes(diagnose(healthy({ printerDpi: -3 })))).toContain('printer-unknown');
  });
});

describe('order-not-pending', () => {
  it.each(['IN_TRANSIT', 'Delivered', '已完成', 'cancelled', 122])(
    'an order whose status moved on (%s) gets a single info finding',
    (status) => {
      const findings = diagnose(healthy({ status: status as string, waybill: 'BAD （' }));
      expect(codes(findings)).toEqual(['order-not-pending']);
      expect(findings[0]!.severity).toBe('info');
    },
  );

  it.each(['Awaiting collection', 'AWAITING_SHIPMENT', '待发货', 'something new'])('is not raised for %s', (status) => {
    expect(codes(diagnose(healthy({ status })))).not.toContain('order-not-pending');
  });
});

describe('ranking', () => {
  it('a malformed waybill outranks an overdue first scan (same severity, S29 prior breaks the tie)', () => {
    const findings = diagnose(healthy({ waybill: '940011（1899223197428497' }), LABEL + 5 * H + 12 * MIN);
    expect(codes(findings).slice(0, 2)).toEqual(['waybill-malformed', 'first-scan-overdue']);
  });

  it('evidence beats prior: an observed overdue scan with a valid-looking waybill ranks above the waybill prior', () => {
    const findings = diagnose(
      without(
        healthy({ carrier: { text: 'J&T Express' }, waybill: 'JTUS1234567890', connectedCarriers: ['J&T Express'] }),
        'carrierCallbackUrl',
        'printerDpi',
      ),
      LABEL + 5 * H,
    );
    expect(codes(findings)[0]).toBe('first-scan-overdue');
    const overdue = codes(findings).indexOf('first-scan-overdue');
    const prior = codes(findings).indexOf('waybill-unverified');
    expect(prior).toBeGreaterThan(overdue);
    // …and the prior still ranks above the unknowns.
    expect(prior).toBeLessThan(codes(findings).indexOf('callback-unknown'));
    expect(find(findings, 'waybill-unverified')!.prior!.value).toBeGreaterThan(0.8);
  });

  it('a wrong callback (a warning) comes right after the overdue first scan it may explain', () => {
    const findings = diagnose(healthy({ carrierCallbackUrl: 'https://api.carrier.example/push' }), LABEL + 6 * H);
    expect(codes(findings).slice(0, 2)).toEqual(['first-scan-overdue', 'callback-mismatch']);
  });

  it('at equal severity a cause comes before the symptom it explains', () => {
    const findings = diagnose(
      healthy({ carrierCallbackUrl: 'https://api.carrier.example/push', shipByAt: LABEL + 24 * H }),
      LABEL + 6 * H,
    );
    expect(codes(findings).slice(0, 2)).toEqual(['callback-mismatch', 'first-scan-overdue']);
  });

  it('among observed findings severity decides before the prior (high printer above the callback warning)', () => {
    const findings = diagnose(healthy({ printerDpi: 200, carrierCallbackUrl: 'https://wrong.example/cb' }));
    expect(codes(findings).indexOf('printer-below-203dpi')).toBeLessThan(codes(findings).indexOf('callback-mismatch'));
  });

  it('unknowns come last and scores never increase down the list', () => {
    const findings = diagnose(
      {
        orderId: 'x',
        market: 'US',
        carrier: { text: 'USPS' },
        waybill: '9400 1118 9922 3197 4284 97',
        apiConnected: false,
        printerDpi: 200,
      },
      LABEL,
    );
    const firstUnknown = findings.findIndex((f) => f.evidence === 'unknown');
    expect(firstUnknown).toBeGreaterThan(0);
    expect(findings.slice(firstUnknown).every((f) => f.evidence === 'unknown')).toBe(true);
    for (let i = 1; i < findings.length; i++) expect(findings[i - 1]!.score).toBeGreaterThanOrEqual(findings[i]!.score);
    expect(topFinding(findings)?.code).toBe('waybill-malformed');
  });
});

describe('every finding code', () => {
  const customPack = packWithUsEntry('ups', (entry) => {
    entry.certification = { status: 'not-certified', source: 'user' };
  });
  const removedPack = packWithUsEntry('usps', (entry) => {
    entry.apiLabelPrinting = { value: false, source: 'seed:S9' };
  });
  const picked = ev('Picked Up', LABEL + H);
  // TypeScript makes this table list every code of the union: a new code fails to compile until it has a scenario.
  const scenarios: Record<FindingCode, () => Finding[]> = {
    'waybill-malformed': () => diagnose(healthy({ waybill: '940011（1899223197428497' })),
    'first-scan-overdue': () => diagnose(healthy(), LABEL + 5 * H),
    'carrier-not-certified': () =>
      diagnose(healthy({ carrier: { text: 'UPS' }, waybill: '1Z999AA10123456784' }), LABEL + H, customPack),
    'carrier-removed-manual-label': () => diagnose(healthy(), LABEL + H, removedPack),
    'callback-mismatch': () => diagnose(healthy({ carrierCallbackUrl: 'https://wrong.example/cb' })),
    'first-scan-late': () => diagnose(healthy({ events: [ev('Picked Up', LABEL + 5 * H)] }), LABEL + 6 * H),
    'carrier-not-connected': () => diagnose(healthy({ connectedCarriers: ['Cainiao'] })),
    'tracking-exception': () => diagnose(healthy({ events: [picked, ev('Refused', LABEL + 2 * H)] }), LABEL + 3 * H),
    'printer-below-203dpi': () => diagnose(healthy({ printerDpi: 150 })),
    'tracking-stale': () => diagnose(healthy({ events: [picked] }), LABEL + 30 * H),
    'first-scan-due-soon': () => diagnose(healthy(), LABEL + 3 * H + 45 * MIN),
    'first-scan-pending': () => diagnose(healthy()),
    'order-not-pending': () => diagnose(healthy({ status: 'Delivered' })),
    'waybill-unverified': () => diagnose(healthy({ carrier: { text: 'J&T Express' }, waybill: 'JTUS1234567890' })),
    'waybill-unknown': () => diagnose(without(healthy(), 'waybill')),
    'label-time-unknown': () => diagnose(without(healthy(), 'labelCreatedAt')),
    'first-scan-unknown': () => diagnose(healthy({ apiConnected: false })),
    'market-unknown': () => diagnose(without(healthy(), 'market')),
    'carrier-unknown': () => diagnose(without(healthy(), 'carrier')),
    'carrier-certification-unknown': () =>
      diagnose(healthy({ carrier: { text: 'UPS' }, waybill: '1Z999AA10123456784' })),
    'carrier-connection-unknown': () => diagnose(without(healthy(), 'connectedCarriers')),
    'callback-unknown': () => diagnose(without(healthy(), 'carrierCallbackUrl')),
    'printer-unknown': () => diagnose(without(healthy(), 'printerDpi')),
  };

  it('has a scenario for each code of FINDING_CODES', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each([...FINDING_CODES])(
    '%s: produced, with non-empty en/zh texts, no unfilled placeholder and sourced citations',
    (code) => {
      const f = find(scenarios[code](), code);
      expect(f, `scenario for ${code} did not produce it`).toBeDefined();
      for (const part of [f!.title, f!.detail, f!.fix]) {
        expect(part.en.trim()).not.toBe('');
        expect(part.zh.trim()).not.toBe('');
        expect(part.en).not.toMatch(/\{\w+\}/);
        expect(part.zh).not.toMatch(/\{\w+\}/);
        expect(part.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(part.en.charAt(0)).toBe(part.en.charAt(0).toUpperCase());
      }
      expect(f!.source).toMatch(SOURCE_PATTERN);
      expect(f!.sources[0]).toBe(f!.source);
      for (const source of f!.sources) expect(source).toMatch(SOURCE_PATTERN);
      if (f!.evidence === 'unknown') {
        expect(f!.severity).toBe('unknown');
        expect(f!.title.en).toMatch(/^Unknown — /);
        expect(f!.title.zh).toMatch(/^未知 — /);
      }
    },
  );
});

describe('robustness', () => {
  it('never throws and always returns ranked findings with the contract fields, whatever the facts', () => {
    // Includes objects that cannot become strings (null prototype, a non-function toString): one broke readContext once.
    const junk = fc.oneof(
      fc.anything({ maxDepth: 1, maxKeys: 3, withNullPrototype: true }),
      fc.constant(Object.create(null) as unknown),
      fc.constant({ toString: 1 }),
    );
    const anyFacts = fc.record(
      {
        orderId: fc.oneof(fc.string(), junk),
        market: fc.oneof(fc.constantFrom('US', 'uk', 'TH', 'MY', ''), junk),
        status: fc.oneof(fc.constantFrom('Awaiting shipment', 'IN_TRANSIT', '待揽收'), junk),
        carrier: fc.oneof(
          fc.record(
            { text: fc.oneof(fc.constantFrom('J&T Express', 'USPS'), fc.string()), id: junk },
            { requiredKeys: [] },
          ),
          junk,
        ),
        waybill: fc.oneof(fc.string(), junk),
        labelCreatedAt: fc.oneof(fc.integer({ min: LABEL - 48 * H, max: LABEL + 48 * H }), fc.double(), junk),
        labelCreatedSource: junk,
        events: fc.oneof(
          fc.array(
            fc.record({
              description: fc.string(),
              update_time_millis: fc.oneof(fc.integer({ min: LABEL, max: LABEL + 48 * H }), junk),
            }),
          ),
          fc.array(junk),
          junk,
        ),
        firstScanAt: fc.oneof(fc.integer({ min: LABEL - H, max: LABEL + 48 * H }), junk),
        carrierCallbackUrl: fc.oneof(
          fc.constantFrom(US_ENDPOINT, 'http://us-api.tiktokshop.com/x/', 'https://a.example'),
          fc.string(),
          junk,
        ),
        printerDpi: fc.oneof(fc.integer({ min: -10, max: 600 }), junk),
        connectedCarriers: fc.oneof(fc.array(fc.string()), fc.array(junk), junk),
        trackingUploadedAt: junk,
        apiConnected: junk,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        anyFacts,
        fc.oneof(fc.integer({ min: LABEL - H, max: LABEL + 72 * H }), fc.double()),
        (facts, now) => {
          const findings = diagnosePendingShipment(facts as unknown as DiagnosisFacts, now, defaultRulePack);
          expect(Array.isArray(findings)).toBe(true);
          expect(typeof summarizeForTicket(facts as unknown as DiagnosisFacts, findings, 'zh')).toBe('string');
          for (const f of findings) {
            expect(FINDING_CODES).toContain(f.code);
            expect(typeof f.title.en === 'string' && typeof f.title.zh === 'string').toBe(true);
            expect(typeof f.detail.en === 'string' && typeof f.fix.zh === 'string').toBe(true);
            expect(f.source).toMatch(SOURCE_PATTERN);
          }
          for (let i = 1; i < findings.length; i++)
            expect(findings[i - 1]!.score).toBeGreaterThanOrEqual(findings[i]!.score);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('an order id that cannot become text is read as empty, not thrown on', () => {
    const odd = { ...healthy(), orderId: { toString: 1 } } as unknown as DiagnosisFacts;
    expect(() => diagnosePendingShipment(odd, LABEL + H, defaultRulePack)).not.toThrow();
    expect(summarizeForTicket(odd, [], 'en').split('\n')[0]).toBe(
      'Order : label printed, order still Pending Shipment',
    );
  });

  it('a missing clock makes the first scan unknown instead of guessing', () => {
    const findings = diagnosePendingShipment(healthy(), Number.NaN, defaultRulePack);
    expect(find(findings, 'first-scan-unknown')!.detail.en).toContain('No current time was given');
    expect(codes(findings).filter((c) => c.startsWith('first-scan') && c !== 'first-scan-unknown')).toEqual([]);
  });
});

describe('calibration (issue 10.6)', () => {
  const JT = { carrier: { text: 'J&T Express' }, waybill: 'JTUS1234567890', connectedCarriers: ['J&T Express'] };
  const AT = LABEL + 5 * H + 12 * MIN;

  // The seed's 4 h rule alone never makes a finding critical: only the platform's own deadline does.
  it.each<[string, Partial<DiagnosisFacts>, string, RegExp, RegExp]>([
    ['no platform deadline from the API', {}, 'high', /API gave no ship-by/, /API 未提供本订单/],
    [
      'ship-by (rts_sla_time) still ahead',
      { shipByAt: AT + 20 * H },
      'medium',
      /ship-by time \(rts_sla_time\) is 2024-06-04 09:12 \(America\/Los_Angeles\), 20 h from now/,
      /最晚发货时间（rts_sla_time）为 2024-06-04 09:12 \(America\/Los_Angeles\)，还剩 20 小时/,
    ],
    [
      'ship-by (rts_sla_time) passed',
      { shipByAt: AT - 2 * H },
      'critical',
      /ship-by time \(rts_sla_time\) was 2024-06-03 11:12 \(America\/Los_Angeles\), 2 h ago/,
      /最晚发货时间（rts_sla_time）为 2024-06-03 11:12 \(America\/Los_Angeles\)，已过去 2 小时/,
    ],
    [
      'collection deadline (tts_sla_time) passed, ship-by ahead',
      { shipByAt: AT + 20 * H, collectByAt: AT - H },
      'critical',
      /latest collection time \(tts_sla_time\) was 2024-06-03 12:12 \(America\/Los_Angeles\), 1 h ago/,
      /最晚揽收时间（tts_sla_time）为 2024-06-03 12:12 \(America\/Los_Angeles\)，已过去 1 小时/,
    ],
  ])('first-scan-overdue with %s → %s', (_name, extra, severity, en, zh) => {
    const f = find(diagnose(healthy({ ...JT, ...extra }), AT), 'first-scan-overdue')!;
    expect(f.severity).toBe(severity);
    expect(f.detail.en).toMatch(en);
    expect(f.detail.zh).toMatch(zh);
  });

  it('labels the 4 h first-scan rule as the seed’s rule, en and zh', () => {
    const overdue = find(diagnose(healthy(JT), AT), 'first-scan-overdue')!;
    expect(overdue.title.en).toBe('No first scan 5 h 12 m after label (the seed’s 4 h rule) — call J&T Express');
    expect(overdue.title.zh).toBe('面单生成 5 小时 12 分钟 后仍无首次扫描（资料所述的 4 小时规则）— 请联系极兔速递');
    for (const at of [LABEL + H, LABEL + 3 * H + 42 * MIN]) {
      const clock = diagnose(healthy(), at).find((f) => f.code.startsWith('first-scan'))!;
      expect(clock.detail.en, clock.code).toContain('the seed’s 4 h rule');
      expect(clock.detail.zh, clock.code).toContain('资料所述的 4 小时规则');
    }
  });

  it('a callback mismatch is a warning that shows the host and path, never the query string', () => {
    const entered = 'https://cb.carrier.example/push/tracking?token=SECRET123&shop=9#frag';
    const findings = diagnose(healthy({ carrierCallbackUrl: entered }));
    const f = find(findings, 'callback-mismatch')!;
    expect(f.severity).toBe('medium');
    for (const text of [f.title, f.detail, f.fix]) {
      for (const lang of ['en', 'zh'] as const) {
        expect(text[lang]).not.toContain('SECRET123');
        expect(text[lang]).not.toContain('?');
        expect(text[lang]).not.toContain('frag');
      }
    }
    expect(f.detail.en).toContain('cb.carrier.example/push/tracking');
    const ticket = summarizeForTicket(healthy({ carrierCallbackUrl: entered }), findings, 'zh');
    expect(ticket).toContain('cb.carrier.example/push/tracking');
    expect(ticket).not.toContain('SECRET123');
  });

  it('does not repeat what was saved when it is not a web address', () => {
    const f = find(diagnose(healthy({ carrierCallbackUrl: 'token=abc ask support' })), 'callback-mismatch')!;
    expect(f.detail.en).not.toContain('token=abc');
    expect(f.detail.en).toContain('not a web address');
  });

  it('never shows the S29 83.7 % as a figure in a finding, in any language', () => {
    const cases: DiagnosisFacts[] = [
      healthy({ waybill: '940011（1899223197428497' }),
      healthy({ carrier: { text: 'J&T Express' }, waybill: 'JTUS1234567890' }),
      without(healthy(), 'waybill'),
      { orderId: '1', apiConnected: false },
    ];
    for (const facts of cases)
      for (const f of diagnose(facts, LABEL + 5 * H))
        for (const text of [f.title, f.detail, f.fix])
          for (const lang of ['en', 'zh'] as const) expect(text[lang], f.code).not.toMatch(/83[.,·]7|0\.837/);
  });

  it('the S29 share still orders the checklist: a malformed waybill comes before an equally severe finding', () => {
    const findings = diagnose(healthy({ waybill: '940011（1899223197428497', shipByAt: LABEL }), LABEL + 5 * H);
    expect(codes(findings).slice(0, 2)).toEqual(['waybill-malformed', 'first-scan-overdue']);
  });
});
