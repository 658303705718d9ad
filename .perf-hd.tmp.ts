import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { renderStaticOrderList } from '/work/main/tests/fixtures/perf/order-list-static.mjs';
import { detectPage, extractOrders } from '@/lib/seller-center';
const win = new Window({ url: 'https://seller-us.tiktok.com/order?tab=all' });
(globalThis as any).document = win.document;
function load(html: string) { return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document; }
const page = detectPage(new URL('https://seller-us.tiktok.com/order?tab=all'));
for (const [name, html] of [['snapshot30', readFileSync('tests/fixtures/seller-center/order-list-to-ship-us.html','utf8')], ['static500', renderStaticOrderList({ market: 'US' })]] as const) {
  const doc = load(html);
  const times: number[] = [];
  let n = 0;
  for (let i = 0; i < (name === 'static500' ? 4 : 15); i++) { const t = performance.now(); n = extractOrders(doc, page).length; times.push(performance.now() - t); }
  console.log(name, n, times.map((t) => t.toFixed(1)).join(' '));
}
