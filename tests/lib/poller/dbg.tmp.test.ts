import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { createWorld, seedLabelledOrders } from './mock-shop';
it('dbg', async () => {
  const w = await createWorld();
  w.api.control.seedOrders(seedLabelledOrders(3));
  const o = w.api.control.listOrders()[1]!;
  console.log('SUMMARY', JSON.stringify(o));
  const t = await w.client.getOrderTracking(o.id);
  console.log('TRACK', JSON.stringify(t));
  const req = w.api.control.requests({ endpoint: 'orders.tracking' });
  console.log('REQ', JSON.stringify(req.at(-1)));
  await w.close();
});
