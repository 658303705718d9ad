import { browser } from 'wxt/browser';
import type { Localized } from '@/lib/i18n';
import { uploadMessages as m } from '@/lib/i18n/upload-messages';
import { makeUploadError } from '@/lib/upload/errors';
import { MAX_UPLOAD_BYTES } from '@/lib/upload/file-kind';
import type { UploadCheckView, UploadClientMessage, UploadProgressPhase } from './upload-channel';
import { base64ToBytes, bytesToBase64, checkUploadServerMessage, CHUNK_BYTES, UPLOAD_PORT } from './upload-wire';

export type RemoteUploadCheck =
  | { ok: true; view: UploadCheckView; copy?: { name: string; mimeType: string; bytes: Uint8Array } }
  | { ok: false; code: string; text: Localized };

export interface RemoteCheckOptions {
  market?: string;
  onProgress?: (phase: UploadProgressPhase, fraction: number) => void;
  /** Aborting disconnects the port: the background stops the check. */
  signal?: AbortSignal;
}

const failure = (code: string, text: Localized): RemoteUploadCheck => ({ ok: false, code, text });

/**
 * Checks a chosen file in the background (lib/background/upload-check.ts): streams its bytes over a
 * port, reports progress, and resolves with the summary to show and the corrected copy's bytes.
 * Nothing here parses a spreadsheet, so a page that imports it carries no parser. Never rejects.
 * Example: `await checkFileInBackground(input.files[0], { market: 'US', onProgress })` →
 * `{ ok: true, view: { headline: { en: '12 rows checked: 9 OK, 3 with problems', … }, … }, copy: { name, bytes } }`.
 */
export async function checkFileInBackground(file: File, opts: RemoteCheckOptions = {}): Promise<RemoteUploadCheck> {
  if (file.size > MAX_UPLOAD_BYTES) {
    const error = makeUploadError('too-large', {
      name: file.name,
      sizeMb: (file.size / 1024 / 1024).toFixed(1),
      maxMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    });
    return failure(error.code, error.text);
  }
  if (opts.signal?.aborted) return failure('cancelled', m.errorTransfer);
  let port: ReturnType<typeof browser.runtime.connect>;
  try {
    port = browser.runtime.connect({ name: UPLOAD_PORT });
  } catch {
    return failure('transfer-failed', m.errorTransfer);
  }
  return new Promise<RemoteUploadCheck>((resolve) => {
    let settled = false;
    let view: UploadCheckView | undefined;
    let copy: { name: string; mimeType: string; bytes: Uint8Array; received: number } | undefined;
    const finish = (result: RemoteUploadCheck) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      port.disconnect();
      resolve(result);
    };
    const onAbort = () => finish(failure('cancelled', m.errorTransfer));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    port.onDisconnect.addListener(() => {
      if (!settled) {
        settled = true;
        resolve(failure('transfer-failed', m.errorTransfer));
      }
    });
    port.onMessage.addListener((raw: unknown) => {
      const checked = checkUploadServerMessage(raw);
      if (!checked.ok) return finish(failure('bad-reply', m.errorTransfer));
      const { message } = checked;
      switch (message.type) {
        case 'progress':
          opts.onProgress?.(message.phase, message.fraction);
          return;
        case 'error':
          return finish(failure(message.code, message.text));
        case 'done':
          view = message.view;
          if (!message.copy) return finish({ ok: true, view });
          copy = { ...message.copy, bytes: new Uint8Array(message.copy.size), received: 0 };
          return;
        case 'copy-chunk': {
          if (!view || !copy || message.index * CHUNK_BYTES !== copy.received)
            return finish(failure('bad-reply', m.errorTransfer));
          const bytes = base64ToBytes(message.data);
          if (copy.received + bytes.length > copy.bytes.length) return finish(failure('bad-reply', m.errorTransfer));
          copy.bytes.set(bytes, copy.received);
          copy.received += bytes.length;
          if (copy.received === copy.bytes.length)
            finish({ ok: true, view, copy: { name: copy.name, mimeType: copy.mimeType, bytes: copy.bytes } });
          return;
        }
      }
    });
    void sendFile(port, file, opts.market).catch(() => finish(failure('transfer-failed', m.errorTransfer)));
  });
}

async function sendFile(port: ReturnType<typeof browser.runtime.connect>, file: File, market: string | undefined) {
  const post = (message: UploadClientMessage) => port.postMessage(message);
  post({ type: 'start', name: file.name.slice(0, 255), size: file.size, ...(market ? { market } : {}) });
  for (let index = 0; index * CHUNK_BYTES < file.size; index++) {
    const slice = file.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
    post({ type: 'chunk', index, data: bytesToBase64(new Uint8Array(await slice.arrayBuffer())) });
  }
}
