import { SELLER_CENTER_MATCHES } from '@/lib/seller-center/hosts';
import {
  isOrderListApiUrl,
  readOrderListResponse,
  RELAY_PAGE,
  RELAY_REPLAY,
  requestOffsetOf,
  type OrderListPage,
} from '@/lib/seller-center/order-list-api';
/** Pages of the current list kept for a replay (the content script starts after the first answer). */
const MAX_KEPT_PAGES = 50;

/**
 * Page-world relay of Seller Center's own order-list answers, so the page summary can count over every
 * row of the list, not only the rows a virtualised table has in the DOM. Seller Center signs its API
 * calls in-page and refuses replays (ref:seller-center#3), so the only robust way is to observe the
 * page's own answers. Passive: `fetch` and `XMLHttpRequest` are wrapped to READ a clone of the answer;
 * requests, responses and timing are untouched, and nothing here can throw into the page.
 * Only the fields the signal policy needs leave this script (no buyer data), posted to the same window.
 * It runs at document_start on EVERY Seller Center page, so it imports nothing but the hand-written
 * reader of lib/seller-center/order-list-api (no schema library, no polyfill: a few KB, issue #11).
 */
export default defineContentScript({
  matches: [...SELLER_CENTER_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    let kept: OrderListPage[] = [];
    const post = (page: OrderListPage) => window.postMessage({ type: RELAY_PAGE, page }, location.origin);
    const relay = (json: unknown, body: unknown) => {
      const page = readOrderListResponse(json, requestOffsetOf(body));
      if (!page) return;
      kept = page.offset === 0 ? [page] : [...kept, page].slice(-MAX_KEPT_PAGES);
      post(page);
    };
    window.addEventListener('message', (event) => {
      if (event.source === window && (event.data as { type?: unknown } | null)?.type === RELAY_REPLAY)
        for (const page of kept) post(page);
    });

    const originalFetch = window.fetch;
    window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const answer = originalFetch.apply(this, args);
      try {
        const [input, init] = args;
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (isOrderListApiUrl(url, location.href))
          answer
            .then((response) => response.clone().json())
            .then((json) => relay(json, init?.body))
            .catch(() => undefined);
      } catch {
        // never disturb the page's own request
      }
      return answer;
    } as typeof fetch;

    const urls = new WeakMap<XMLHttpRequest, string>();
    const { open, send } = XMLHttpRequest.prototype;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        urls.set(this, String(args[1]));
      } catch {
        // ignore
      }
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as typeof open;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const url = urls.get(this);
        if (url && isOrderListApiUrl(url, location.href))
          this.addEventListener('load', () => {
            try {
              const json =
                this.responseType === 'json'
                  ? this.response
                  : this.responseType === '' || this.responseType === 'text'
                    ? JSON.parse(this.responseText)
                    : undefined;
              relay(json, body);
            } catch {
              // an answer we cannot read is simply not counted
            }
          });
      } catch {
        // ignore
      }
      return send.call(this, body);
    };
  },
});
