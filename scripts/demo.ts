/**
 * `npm run demo`: serves the replica Seller Center and the mock TikTok Shop Open API over HTTPS at the
 * real host names, opens Chromium with the built extension, connects it to the mock shop and walks
 * through the hints. With a display it stays open for you to click around (Ctrl-C to stop); without
 * one it runs headless and saves screenshots to demo-output/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { MOCK_CREDENTIALS, startMockApi } from '../tools/mock-api';
import { replicaResponse, replicaScenarios, REPLICA_HOSTS } from '../tests/fixtures/replica-server.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const PORT = Number(process.env.DEMO_PORT ?? 8443);
const API_HOSTS = ['open-api.tiktokglobalshop.com', 'auth.tiktok-shops.com'];
const OUT = path.resolve('demo-output');
const EXT_DIR = path.resolve('.output/chrome-mv3');
const HOUR = 3_600_000;
const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';

function selfSignedCert(dir: string) {
  const names = [...REPLICA_HOSTS, ...API_HOSTS].map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${dir}/key.pem`,
      '-out',
      `${dir}/cert.pem`,
      '-days',
      '2',
      '-subj',
      '/CN=lastmile-lens-demo',
      '-addext',
      `subjectAltName=${names}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: fs.readFileSync(`${dir}/key.pem`), cert: fs.readFileSync(`${dir}/cert.pem`) };
}

async function main() {
  const chromiumPath = ensureChromium();
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error('Build first: npm run build');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lml-demo-'));
  const now = Date.now();
  const api = await startMockApi({ ordersPerMarket: 60, startAt: now, flow: true });
  const [malformed, overdue, callback] = replicaScenarios().scenarios;
  api.control.seedOrders([
    {
      id: overdue!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: overdue!.trackingNumber,
      carrier: 'USPS',
      labelCreatedAt: now - 6 * HOUR,
      shipBy: now + 20 * HOUR,
    },
    {
      id: malformed!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: malformed!.trackingNumber,
      carrier: 'USPS',
      labelCreatedAt: now - 5 * HOUR,
      shipBy: now + 20 * HOUR,
    },
    {
      id: callback!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: callback!.trackingNumber,
      carrier: 'UPS',
      labelCreatedAt: now - 5 * HOUR,
      shipBy: now + 20 * HOUR,
    },
  ]);

  // One HTTPS server: replica pages by host name, API hosts proxied to the mock.
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (API_HOSTS.includes(host)) {
      const upstream = await fetch(`${api.url}${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        ...(body.length ? { body } : {}),
      });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    const reply = replicaResponse({
      url: `https://${host}${req.url}`,
      method: req.method ?? 'GET',
      body: body.toString('utf8'),
    });
    res.writeHead(reply?.status ?? 404, { 'content-type': reply?.contentType ?? 'text/plain' });
    res.end(reply?.body ?? 'not found');
  };
  // A request that fails answers 502 instead of becoming an unhandled rejection.
  const server = https.createServer(selfSignedCert(tmp), (req, res) => {
    serve(req, res).catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  const rules = [...REPLICA_HOSTS, ...API_HOSTS].map((h) => `MAP ${h} 127.0.0.1:${PORT}`).join(', ');
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: chromiumPath,
    headless: !headed,
    viewport: headed ? null : { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      `--host-resolver-rules=${rules}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  fs.mkdirSync(OUT, { recursive: true });
  const shot = async (page: Page, name: string) => {
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(OUT, `${name}.png`) });
    console.log(`  saved demo-output/${name}.png`);
  };

  // Connect the extension to the mock shop and set a seller profile, as a seller would in Options.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(
    async ([c]) => {
      await chrome.storage.local.set({
        'seller-profile': {
          market: 'US',
          businessType: 'company',
          connectedCarriers: ['usps', 'jt-express', 'cainiao'],
          defaultParcel: { weightGrams: 400 },
        },
        printer: { dpi: 150, labelSize: '4x6' },
      });
      await chrome.runtime.sendMessage({
        lml: 1,
        type: 'connect-shop',
        payload: {
          appKey: c.appKey,
          appSecret: c.appSecret,
          accessToken: c.accessToken,
          refreshToken: c.refreshToken,
          region: 'US',
        },
      });
      await chrome.runtime.sendMessage({ lml: 1, type: 'poll-now', payload: {} });
    },
    [MOCK_CREDENTIALS] as const,
  );
  console.log('Extension connected to the mock shop.');
  const page = await context.newPage();
  await page.goto('https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1');
  await shot(page, '1-order-list-to-ship');
  await page.goto(`https://seller-us.tiktok.com/order/detail?order_no=${malformed!.id}&shop_region=US`);
  await shot(page, '2-order-detail');
  await page.goto('https://seller-us.tiktok.com/shipment/labels');
  await shot(page, '3-shipping-labels');
  for (const surface of ['popup', 'sidepanel', 'options']) {
    const p = await context.newPage();
    await p.goto(
      `chrome-extension://${extensionId}/${surface}.html${surface === 'sidepanel' ? `?order=${overdue!.id}` : ''}`,
    );
    await shot(p, `4-${surface}`);
    if (!headed) await p.close();
  }
  await storeScreenshots(context, extensionId, overdue!.id);
  if (!headed) {
    await context.close();
    server.close();
    await api.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log('Headless demo finished (no display). Screenshots are in demo-output/.');
    return;
  }
  await page.bringToFront();
  console.log('Chromium is open with Lastmile Lens on the replica Seller Center. Press Ctrl-C to stop.');
  const stop = async () => {
    await context.close().catch(() => undefined);
    server.close();
    await api.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  context.on('close', () => void stop());
}

/** The stores' screenshot size (Chrome Web Store: 1280×800; addons.mozilla.org takes the same). */
const STORE_SIZE = { width: 1280, height: 800 };

/**
 * Store listing screenshots in English and Chinese (docs/store/README.md): Seller Center in that
 * language with the extension's language setting to match, then the popup, side panel and options.
 */
async function storeScreenshots(context: BrowserContext, extensionId: string, orderId: string) {
  const languages = [
    { dir: 'en', setting: 'en', pageLang: '' },
    { dir: 'zh_CN', setting: 'zh', pageLang: '&lang=zh-CN' },
  ] as const;
  for (const { dir, setting, pageLang } of languages) {
    const out = path.join(OUT, 'store', dir);
    fs.mkdirSync(out, { recursive: true });
    const page = await context.newPage();
    await page.setViewportSize(STORE_SIZE);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate((locale) => chrome.storage.local.set({ locale }), setting);
    const views = [
      ['1-order-list', `https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1${pageLang}`],
      ['2-order-detail', `https://seller-us.tiktok.com/order/detail?order_no=${orderId}&shop_region=US${pageLang}`],
      ['3-popup', `chrome-extension://${extensionId}/popup.html`],
      ['4-side-panel', `chrome-extension://${extensionId}/sidepanel.html?order=${orderId}`],
      ['5-options', `chrome-extension://${extensionId}/options.html`],
    ] as const;
    for (const [name, url] of views) {
      await page.goto(url);
      await page.waitForTimeout(1200);
      await page.screenshot({ path: path.join(out, `${name}.png`) });
    }
    await page.close();
    console.log(`  saved demo-output/store/${dir}/ (${views.length} screenshots, 1280×800)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
