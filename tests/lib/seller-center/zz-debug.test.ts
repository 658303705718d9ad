// @vitest-environment happy-dom
import { URL as NodeURL } from 'node:url';
import { it } from 'vitest';
import { FIXTURE_DIR } from './fixtures';
it('debug', async () => {
  const domUrl = globalThis.URL;
  globalThis.URL = NodeURL as any;
  const m = await import(/* @vite-ignore */ `${FIXTURE_DIR}../replica-server.mjs`);
  console.log('URL is Node', globalThis.URL === NodeURL, typeof m.replicaResponse);
  try { const r = m.replicaResponse({ url: 'https://seller-us.tiktok.com/api/fulfillment/na/order/list', method: 'POST', body: '{"count":2,"offset":0}' }); console.log(r.status, String(r.body).slice(0, 80)); } catch (e) { console.log('ERR', (e as Error).message); }
  globalThis.URL = domUrl;
  console.log('import.meta.url of test', import.meta.url);
});
