import { browser, type Browser } from 'wxt/browser';
import { fillLocalized, type Localized } from '@/lib/i18n';
import { uploadMessages as m } from '@/lib/i18n/upload-messages';
import { classifySender } from '@/lib/messaging/sender';
import {
  base64ToBytes,
  bytesToBase64,
  CHUNK_BYTES,
  UPLOAD_PORT,
  uploadClientMessage,
  type UploadServerMessage,
} from '@/lib/messaging/upload-channel';
import { checkUploadFile, type UploadProgress } from '@/lib/upload';
import { remoteResultOf } from './upload-result';

type Port = Browser.runtime.Port;

/** At most this many files checked at once (over all tabs), and this many starts per tab per minute. */
const MAX_RUNNING = 2;
const STARTS_PER_MINUTE = 10;
/** A transfer that stalls, or a check that runs this long, is stopped. */
const IDLE_MS = 30_000;
const CHECK_MS = 120_000;

const running = new Set<Job>();
const startsByTab = new Map<number | string, number[]>();

class Cancelled extends Error {}

interface Job {
  port: Port;
  cancelled: boolean;
}

/**
 * Serves `UPLOAD_PORT`: only our content script on a Seller Center host or our own extension pages
 * may connect. A page script cannot reach the port (it lives in the content script's isolated world);
 * what it could do is make the content script send files, so each tab gets a rate limit, the
 * background runs at most `MAX_RUNNING` checks, sizes are capped before a byte is kept, and a
 * stalled or endless job is stopped. The check yields to other background work between slices.
 */
export function serveUploadChecks() {
  const extensionId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== UPLOAD_PORT) return;
    const sender = port.sender ?? {};
    if (!classifySender(sender, extensionId, origin)) {
      port.disconnect();
      return;
    }
    acceptPort(port, sender.tab?.id ?? sender.url ?? 'ui');
  });
}

function send(job: Job, message: UploadServerMessage) {
  if (job.cancelled) throw new Cancelled();
  job.port.postMessage(message);
}

function refuse(port: Port, code: string, text: Localized) {
  port.postMessage({ type: 'error', code, text } satisfies UploadServerMessage);
  port.disconnect();
}

function allowedToStart(tab: number | string, now: number): boolean {
  const recent = (startsByTab.get(tab) ?? []).filter((t) => now - t < 60_000);
  recent.push(now);
  startsByTab.set(tab, recent);
  return recent.length <= STARTS_PER_MINUTE && running.size < MAX_RUNNING;
}

function acceptPort(port: Port, tab: number | string) {
  const job: Job = { port, cancelled: false };
  let file: { name: string; market?: string; bytes: Uint8Array; received: number; next: number } | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    job.cancelled = true;
    running.delete(job);
    clearTimeout(idle);
  };
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      stop();
      refuse(port, 'transfer-failed', m.errorTransfer);
    }, IDLE_MS);
  };
  port.onDisconnect.addListener(stop);
  armIdle();
  port.onMessage.addListener((raw: unknown) => {
    if (job.cancelled) return;
    const parsed = uploadClientMessage.safeParse(raw);
    if (!parsed.success) {
      stop();
      return refuse(port, 'bad-request', m.errorTransfer);
    }
    const message = parsed.data;
    if (message.type === 'start') {
      if (file || !allowedToStart(tab, Date.now())) {
        stop();
        return refuse(port, 'busy', m.errorBusy);
      }
      running.add(job);
      file = { name: message.name, bytes: new Uint8Array(message.size), received: 0, next: 0 };
      if (message.market) file.market = message.market;
    } else {
      const bytes = base64ToBytes(message.data);
      if (!file || message.index !== file.next || file.received + bytes.length > file.bytes.length) {
        stop();
        return refuse(port, 'bad-request', m.errorTransfer);
      }
      file.bytes.set(bytes, file.received);
      file.received += bytes.length;
      file.next++;
      send(job, { type: 'progress', phase: 'receiving', fraction: file.received / file.bytes.length });
    }
    armIdle();
    if (file.received === file.bytes.length) {
      clearTimeout(idle);
      const { bytes, name, market } = file;
      void runCheck(job, bytes, name, market).finally(stop);
    }
  });
}

/** Posts progress at most every 2 %, and gives the worker's event loop a turn between slices of work. */
function progressReporter(job: Job, startedAt: number) {
  let last = { phase: '', fraction: -1 };
  return async ({ phase, fraction }: UploadProgress) => {
    if (Date.now() - startedAt > CHECK_MS) throw new Cancelled();
    if (phase !== last.phase || fraction - last.fraction >= 0.02) {
      send(job, { type: 'progress', phase, fraction: Math.min(1, Math.max(0, fraction)) });
      last = { phase, fraction };
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (job.cancelled) throw new Cancelled();
  };
}

async function runCheck(job: Job, bytes: Uint8Array, name: string, market: string | undefined) {
  const startedAt = Date.now();
  try {
    const outcome = await checkUploadFile(bytes, name, market ? { market } : {}, {
      onProgress: progressReporter(job, startedAt),
    });
    if (job.cancelled) return;
    const result = remoteResultOf(outcome);
    if (!result.ok) return send(job, { type: 'error', code: result.code, text: result.text });
    const { view, copy } = result;
    send(job, {
      type: 'done',
      view,
      ...(copy ? { copy: { name: copy.name, mimeType: copy.mimeType, size: copy.bytes.length } } : {}),
    });
    if (!copy) return;
    for (let index = 0; index * CHUNK_BYTES < copy.bytes.length; index++) {
      const slice = copy.bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
      send(job, { type: 'copy-chunk', index, data: bytesToBase64(slice) });
    }
  } catch (error) {
    if (job.cancelled) return;
    const timedOut = error instanceof Cancelled;
    const text = timedOut ? fillLocalized(m.errorTimedOut, { name }) : m.errorTransfer;
    send(job, { type: 'error', code: timedOut ? 'timed-out' : 'check-failed', text });
  }
}
