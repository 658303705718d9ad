import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { handleMessages, MAX_LABEL_CLICK_IDS, protocol } from '@/lib/messaging';

const origin = () => browser.runtime.getURL('/');
const pageSender = (tabId: number) => ({
  id: browser.runtime.id,
  url: 'https://seller-us.tiktok.com/order',
  tab: { id: tabId, url: 'https://seller-us.tiktok.com/order' },
});
const uiSender = () => ({ id: browser.runtime.id, url: `${origin()}popup.html` });
const envelope = (type: string, payload: unknown) => ({ lml: 1, type, payload });
type Listener = (raw: unknown, sender: unknown) => Promise<{ ok: boolean; error?: { code: string } }> | undefined;

const ORDER = '576800123456789012';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('handleMessages', () => {
  it('runs the handler synchronously inside the message event (a user gesture only lasts that long)', () => {
    const calls: string[] = [];
    const listener = handleMessages({
      'open-troubleshooting': () => {
        calls.push('handler');
        return { opened: true };
      },
    }) as unknown as Listener;
    void listener(envelope('open-troubleshooting', { orderId: ORDER }), pageSender(1));
    calls.push('after the event');
    expect(calls).toEqual(['handler', 'after the event']);
  });

  it('rate-limits "open-troubleshooting" per tab: a page script cannot open unlimited tabs', async () => {
    const opened = vi.fn(() => ({ opened: true }));
    const listener = handleMessages({ 'open-troubleshooting': opened }) as unknown as Listener;
    const replies = [];
    for (let i = 0; i < 20; i += 1)
      replies.push(await listener(envelope('open-troubleshooting', { orderId: ORDER }), pageSender(7)));
    const limit = protocol['open-troubleshooting'].rateLimit;
    expect(opened).toHaveBeenCalledTimes(limit.max);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    // Another tab has its own allowance.
    expect(await listener(envelope('open-troubleshooting', { orderId: ORDER }), pageSender(8))).toMatchObject({
      ok: true,
    });
  });

  it('rate-limits "record-label-click" per tab (each click would set a fallback label time)', async () => {
    const recorded = vi.fn(() => ({ recorded: 1 }));
    const listener = handleMessages({ 'record-label-click': recorded }) as unknown as Listener;
    for (let i = 0; i < 100; i += 1)
      await listener(envelope('record-label-click', { orderIds: [ORDER] }), pageSender(3));
    expect(recorded).toHaveBeenCalledTimes(protocol['record-label-click'].rateLimit.max);
  });

  it('does not rate-limit our own extension pages', async () => {
    const opened = vi.fn(() => ({ opened: true }));
    const listener = handleMessages({ 'open-troubleshooting': opened }) as unknown as Listener;
    for (let i = 0; i < 20; i += 1) await listener(envelope('open-troubleshooting', {}), uiSender());
    expect(opened).toHaveBeenCalledTimes(20);
  });

  it(`caps the order ids of one label click at ${MAX_LABEL_CLICK_IDS}`, async () => {
    const recorded = vi.fn(() => ({ recorded: 1 }));
    const listener = handleMessages({ 'record-label-click': recorded }) as unknown as Listener;
    const ids = Array.from({ length: MAX_LABEL_CLICK_IDS + 1 }, (_, i) => String(576800123456789012n + BigInt(i)));
    expect(await listener(envelope('record-label-click', { orderIds: ids }), pageSender(4))).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(recorded).not.toHaveBeenCalled();
  });

  it('refuses senders that are not our content script on Seller Center nor our pages', async () => {
    const opened = vi.fn(() => ({ opened: true }));
    const listener = handleMessages({ 'open-troubleshooting': opened }) as unknown as Listener;
    const other = { id: 'another-extension', url: 'https://seller-us.tiktok.com/', tab: { id: 1 } };
    const evil = { id: browser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } };
    expect(await listener(envelope('open-troubleshooting', {}), other)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await listener(envelope('open-troubleshooting', {}), evil)).toMatchObject({ error: { code: 'forbidden' } });
    expect(opened).not.toHaveBeenCalled();
  });
});
