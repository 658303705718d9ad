import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openTroubleshooting } from '@/lib/background/sidepanel';
import { sidepanelTargetSetting } from '@/lib/storage';

const ORDER = '576800123456789012';

function withSidePanel(open: (options: unknown) => Promise<void>) {
  (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel = { open: vi.fn(open) };
  return (fakeBrowser as unknown as { sidePanel: { open: ReturnType<typeof vi.fn> } }).sidePanel.open;
}

beforeEach(() => {
  fakeBrowser.reset();
  delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
});

describe('openTroubleshooting', () => {
  it('calls sidePanel.open synchronously, before any await (Chrome refuses it once the gesture is gone)', async () => {
    const open = withSidePanel(async () => undefined);
    const pending = openTroubleshooting({ orderId: ORDER }, 12);
    expect(open).toHaveBeenCalledWith({ tabId: 12 });
    expect(await pending).toEqual({ opened: true });
    expect(await sidepanelTargetSetting.getValue()).toMatchObject({
      orderId: ORDER,
    });
  });

  it('from an extension page (no tab) opens in the current window, still synchronously', () => {
    const open = withSidePanel(async () => undefined);
    void openTroubleshooting({}, undefined);
    expect(open).toHaveBeenCalledWith({ windowId: expect.any(Number) });
  });

  it('falls back to a tab when the browser refuses (no user gesture, e.g. a notification click)', async () => {
    withSidePanel(async () => {
      throw new Error('sidePanel.open() may only be called in response to a user gesture.');
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openTroubleshooting({ orderId: ORDER }, 12)).toEqual({ opened: true });
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining(`sidepanel.html?order=${ORDER}`) });
  });
});
