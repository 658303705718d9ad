/**
 * The one place that touches the network: an injected `fetch` under an AbortController timeout.
 * Classifies what happened (answer, timeout, network failure) without interpreting the answer.
 */

export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface FetchInitLike {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/** What the client needs of `fetch`; `globalThis.fetch` satisfies it. */
export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

export type HttpOutcome =
  | { type: 'response'; status: number; text: string; retryAfterMs?: number; serverDateMs?: number }
  | { type: 'timeout' }
  | { type: 'network'; cause: unknown };

/**
 * Sends one request and reads the whole body, aborting after `timeoutMs` (body reading included).
 * Example: `await sendHttp(fetch, 'https://…', { method: 'GET', headers: {} }, 15_000)` → `{ type: 'response', status: 200, text: '{…}' }`.
 */
export async function sendHttp(
  fetchFn: FetchLike,
  url: string,
  init: Omit<FetchInitLike, 'signal'>,
  timeoutMs: number,
): Promise<HttpOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { ...init, signal: controller.signal });
    const text = await response.text();
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
    const serverDateMs = parseHttpDate(response.headers.get('date'));
    return {
      type: 'response',
      status: response.status,
      text,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(serverDateMs === undefined ? {} : { serverDateMs }),
    };
  } catch (error) {
    // Our own abort is a timeout; anything else (TypeError "Failed to fetch", ECONNREFUSED…) is the network.
    if (controller.signal.aborted) return { type: 'timeout' };
    return { type: 'network', cause: error };
  } finally {
    clearTimeout(timer);
  }
}

/** `Retry-After` in delta-seconds. Not documented by TikTok (§4), honoured if a proxy or the platform sends it. */
function parseRetryAfterMs(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}

/** The `Date` response header (RFC 9110 IMF-fixdate, whole seconds) as epoch ms; the server's clock. */
function parseHttpDate(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
