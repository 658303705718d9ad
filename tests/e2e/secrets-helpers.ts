/// <reference types="chrome" />
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

/** The credentials as the background stored them: the extension origin's IndexedDB (lib/storage credentials.ts). */
export async function storedCredentials(worker: Worker): Promise<Record<string, unknown> | null> {
  return worker.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('lastmile-lens-secrets');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('credentials')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('credentials').objectStore('credentials').get('current');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { credentials?: Record<string, unknown> | null } | undefined)?.credentials ?? null);
          };
        };
      }),
  );
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
