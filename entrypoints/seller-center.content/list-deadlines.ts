import type { DeadlineView } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging/page';
import type { FeatureContext } from './feature';

/** The poller refreshes the stored deadlines every few minutes; the page asks again at this pace. */
const REFRESH_MS = 5 * 60_000;
/** The protocol's batch limit (`enrich-orders` takes up to 1000 orders). */
const BATCH = 1000;

interface State {
  /** The store's clock per order id; `null` = the store knows nothing of it. */
  answers: Map<string, DeadlineView | null>;
  asked: Set<string>;
  askedSince: number;
  inFlight: boolean;
}
const states = new WeakMap<object, State>();

/**
 * The store's clock (API ship-by and collection deadlines, label time, first scan) of list orders the DOM
 * does not show — a virtualised list's other rows — so the page summary counts their deadline risks as it
 * would count them in the DOM. One batched `enrich-orders` request without badges or diagnosis; answers
 * arrive asynchronously and re-render the page.
 */
export function listedDeadlines(
  orderIds: readonly string[],
  ctx: FeatureContext,
): ReadonlyMap<string, DeadlineView | null> {
  let state = states.get(ctx.enrichment);
  if (!state)
    states.set(
      ctx.enrichment,
      (state = { answers: new Map(), asked: new Set(), askedSince: Date.now(), inFlight: false }),
    );
  if (Date.now() - state.askedSince > REFRESH_MS) {
    state.asked.clear(); // answers stay until the new ones arrive
    state.askedSince = Date.now();
  }
  if (!state.inFlight) {
    const missing = orderIds.filter((id) => !state.asked.has(id)).slice(0, BATCH);
    if (missing.length) void ask(missing, state, ctx);
  }
  return state.answers;
}

async function ask(orderIds: string[], state: State, ctx: FeatureContext) {
  state.inFlight = true;
  for (const id of orderIds) state.asked.add(id);
  try {
    const response = await sendMessage('enrich-orders', {
      market: ctx.page.market,
      orders: orderIds.map((orderId) => ({ orderId })),
      withDiagnosis: false,
      withDeadlines: true,
      withBadges: false,
    });
    const byId = new Map(response.orders.map((o) => [o.orderId, o.deadlines ?? null]));
    for (const id of orderIds) state.answers.set(id, byId.get(id) ?? null);
  } catch {
    for (const id of orderIds) state.asked.delete(id); // background unavailable: asked again next frame
  } finally {
    state.inFlight = false;
  }
  if (!ctx.signal.aborted) ctx.requestUpdate();
}
