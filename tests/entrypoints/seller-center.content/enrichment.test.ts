import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '@/lib/messaging';
import type { OrderDigest, OrderRow, PageInfo } from '@/lib/seller-center';

const sent: Array<RequestOf<'enrich-orders'>> = [];
vi.mock('@/lib/messaging/page', () => ({
  sendMessage: vi.fn((_type: string, request: RequestOf<'enrich-orders'>) => {
    sent.push(request);
    return Promise.resolve({
      orders: request.orders.map((o) => ({
        orderId: o.orderId,
        ...(request.withBadges === false
          ? {}
          : { badge: { eligibleCount: o.weightGrams ?? 0, excluded: [], noRate: [], usedDefaults: [] } }),
        ...(request.withDiagnosis ? { diagnosis: null } : {}),
        ...(request.withDeadlines ? { deadlines: { shipByAt: Number(o.orderId.slice(-3)) } } : {}),
      })),
    });
  }),
}));
const { EnrichmentClient } = await import('@/entrypoints/seller-center.content/enrichment');

const page: PageInfo = { kind: 'order-list', market: 'US', isToShip: true };
// a row read in full (it has an anchor to draw on); a digest has none and is asked without a badge
const row = (orderId: string, weightGrams: number) => ({ orderId, weightGrams, anchor: {} }) as unknown as OrderRow;

/** A client on `page`; `answered()` resolves at its next answer (the features' update request). */
function clientWithDiagnosis(withDiagnosis: boolean) {
  let resolveNext = () => undefined as void;
  const client = new EnrichmentClient(
    page,
    () => withDiagnosis,
    () => resolveNext(),
    new AbortController().signal,
  );
  const next = () => new Promise<void>((resolve) => (resolveNext = resolve));
  let pending = next();
  const answered = async () => {
    await pending;
    pending = next();
  };
  return { client, answered };
}

describe('EnrichmentClient', () => {
  beforeEach(() => void sent.splice(0));

  it('asks each distinct parcel’s badge once and every order’s own facts without badges', async () => {
    const rows = [row('577000000000000101', 500), row('577000000000000102', 500), row('577000000000000103', 900)];
    const digest = { orderId: '577000000000000104', rows: [] } as unknown as OrderDigest;
    const { client, answered } = clientWithDiagnosis(true);
    for (const r of [...rows, digest]) expect(client.get(r)).toBeUndefined();
    await answered();
    const perOrder = sent.find((r) => r.withBadges === false)!;
    const badges = sent.find((r) => r.withBadges !== false)!;
    expect(sent).toHaveLength(2);
    expect(perOrder.orders.map((o) => o.orderId)).toEqual([...rows, digest].map((r) => r.orderId));
    expect(perOrder).toMatchObject({ withDiagnosis: true, withDeadlines: true });
    expect(badges.orders.map((o) => o.weightGrams)).toEqual([500, 900]);
    expect(badges).toMatchObject({ withDiagnosis: false });
    expect(rows.map((r) => client.get(r))).toEqual([
      { badge: expect.objectContaining({ eligibleCount: 500 }), diagnosis: null, deadlines: { shipByAt: 101 } },
      { badge: expect.objectContaining({ eligibleCount: 500 }), diagnosis: null, deadlines: { shipByAt: 102 } },
      { badge: expect.objectContaining({ eligibleCount: 900 }), diagnosis: null, deadlines: { shipByAt: 103 } },
    ]);
    expect(client.get(digest)).toEqual({ diagnosis: null, deadlines: { shipByAt: 104 } });
  });

  it('asks again when any fact of a row changes, and not for a new object with the same facts', async () => {
    const digest = (over: Partial<OrderDigest>) =>
      ({ orderId: '577000000000000201', rows: [], ...over }) as unknown as OrderDigest;
    const { client, answered } = clientWithDiagnosis(false);
    client.get(digest({ waybillRaw: '9400 1' }));
    await answered();
    // the same facts in a fresh object (a new reading of an unchanged row): answered from the cache
    expect(client.get(digest({ waybillRaw: '9400 1' }))).toEqual({ deadlines: { shipByAt: 201 } });
    // a carrier text equal to the old waybill must not pass for it: fields are kept apart
    expect(client.get(digest({ carrierText: '9400 1' }))).toBeUndefined();
    await answered();
    expect(sent.map((r) => r.orders.map((o) => [o.waybill, o.carrierText]))).toEqual([
      [['9400 1', undefined]],
      [[undefined, '9400 1']],
    ]);
  });
});
