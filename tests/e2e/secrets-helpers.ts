/// <reference types="chrome" />
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

/**
 * The credentials as the background stored them: the extension origin's IndexedDB, sealed with its
 * non-extractable AES-GCM key (lib/storage credentials.ts), decrypted here in the service worker.
 * `raw` is the stored row as text, to check that no secret is there in plain.
 */
export async function storedCredentials(worker: Worker): Promise<Record<string, unknown> | null> {
  return (await readSecretsDb(worker)).credentials;
}

export async function readSecretsDb(
  worker: Worker,
): Promise<{ credentials: Record<string, unknown> | null; raw: string }> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lastmile-lens-secrets');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    const get = <T>(store: string, id: string) =>
      new Promise<T | undefined>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve(undefined);
        const request = db.transaction(store).objectStore(store).get(id);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => resolve(request.result as T | undefined);
      });
    const row = await get<{ sealed: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer } | null }>('credentials', 'current');
    const keyRow = await get<{ key: CryptoKey }>('keys', 'key');
    db.close();
    const raw = row?.sealed ? new TextDecoder().decode(new Uint8Array(row.sealed.data)) : '';
    if (!row?.sealed || !keyRow) return { credentials: null, raw };
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: row.sealed.iv }, keyRow.key, row.sealed.data);
    return { credentials: JSON.parse(new TextDecoder().decode(plain)) as Record<string, unknown>, raw };
  });
}

/** Rows of one table of the extension's main IndexedDB (`lastmile-lens`), read in the service worker. */
export async function countRows(worker: Worker, table: string): Promise<number> {
  return worker.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lastmile-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    table,
  );
}

/**
 * Evaluates `expression` inside our content script's isolated world on `page` (through CDP), which is
 * exactly what a content script, or code that compromised one, could do.
 */
export async function inContentScript(context: BrowserContext, page: Page) {
  const cdp: CDPSession = await context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  while (!worlds.some((w) => w.auxData?.type === 'isolated') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  const world = worlds.find((w) => w.auxData?.type === 'isolated');
  if (!world) throw new Error('no content-script world on the page');
  return async (expression: string): Promise<unknown> => {
    const result = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) return { error: result.exceptionDetails.exception?.description ?? 'threw' };
    return result.result.value;
  };
}
