import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { MessagingError } from '@/lib/messaging';
import { describeMessagingFailure, optionsActions } from '@/entrypoints/options/actions';
import { EMPTY_CONNECT_DRAFT } from '@/entrypoints/options/connect-form';
import { initialOptionsState, patchOptions, useOptionsStore } from '@/entrypoints/options/store';

const { applyImport, importRulesFile, loadOptions, saveProfile, submitConnect, updateProfileDraft } = optionsActions;

const state = () => useOptionsStore.getState();
const EXISTING = {
  feeTables: [{ carrierId: 'usps', market: 'US', trackingFee: { perOrderMinor: 20, source: 'user' } }],
};

beforeEach(() => {
  fakeBrowser.reset();
  useOptionsStore.setState(initialOptionsState, true);
});

describe('talking to the background', () => {
  it('says plainly when the background has no handler for a message yet', () => {
    expect(describeMessagingFailure(new MessagingError('unhandled', 'No handler for "connect-shop"'))).toEqual(
      m.errorUnhandled,
    );
    expect(describeMessagingFailure(new MessagingError('handler-failed', 'boom')).en).toContain('handler-failed: boom');
  });

  it('shows the unhandled state on connect and still drops the secrets from the page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: { code: 'unhandled', message: 'No handler for "connect-shop"' },
    });
    patchOptions({ connectDraft: { ...EMPTY_CONNECT_DRAFT, appKey: 'k', appSecret: 'secret', accessToken: 'token' } });
    await submitConnect();
    expect(state().connectStatus).toEqual({ tone: 'error', text: m.errorUnhandled });
    expect(state().connectDraft).toMatchObject({ appKey: 'k', appSecret: '', accessToken: '' });
    expect(state().connectBusy).toBe(false);
  });

  it('sends nothing when required fields are missing', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await submitConnect();
    expect(send).not.toHaveBeenCalled();
    expect(state().connectErrors.map((e) => e.field)).toEqual(['appKey', 'appSecret', 'accessToken']);
  });
});

describe('settings round trip', () => {
  it('loads stored settings into the forms in the market’s units and saves them back', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: { code: 'unhandled', message: 'x' },
    });
    await fakeBrowser.storage.local.set({
      'seller-profile': { market: 'US', connectedCarriers: ['usps'], defaultParcel: { weightGrams: 907 } },
      printer: { dpi: 300, labelSize: 'A6' },
    });
    await loadOptions();
    expect(state().profileDraft).toMatchObject({ market: 'US', weight: '2', connectedCarriers: ['usps'] });
    expect(state().printerDraft).toEqual({ dpiChoice: '300', customDpi: '', labelSize: 'A6' });

    updateProfileDraft({ ...state().profileDraft, market: 'GB' });
    expect(state().profileDraft.weight).toBe('0.907');
    await saveProfile();
    expect(state().profileStatus).toEqual({ tone: 'ok', text: m.profileSaved });
    expect((await fakeBrowser.storage.local.get('seller-profile'))['seller-profile']).toEqual({
      market: 'GB',
      connectedCarriers: ['usps'],
      defaultParcel: { weightGrams: 907 },
    });
  });

  it('does not write a profile with errors', async () => {
    patchOptions({ profileDraft: { ...state().profileDraft, dailyOrders: 'many' } });
    await saveProfile();
    expect(state().profileStatus?.tone).toBe('error');
    expect(await fakeBrowser.storage.local.get('seller-profile')).toEqual({});
  });
});

describe('rate-card import', () => {
  it('a broken file shows its errors and leaves the stored override as it was', async () => {
    await fakeBrowser.storage.local.set({ 'rule-overrides': EXISTING });
    await importRulesFile(new File(['carrier_id,market,currency,tracking_fee\nusps,US,USD,0.2.0'], 'bad.csv'));
    const imported = state().importState;
    expect(imported.kind).toBe('errors');
    if (imported.kind === 'errors') expect(imported.errors[0]).toMatchObject({ line: 2, column: 'tracking_fee' });
    await applyImport();
    expect((await fakeBrowser.storage.local.get('rule-overrides'))['rule-overrides']).toEqual(EXISTING);
  });

  it('a good file is only saved when applied, combined with the stored override', async () => {
    await fakeBrowser.storage.local.set({ 'rule-overrides': EXISTING });
    await importRulesFile(
      new File(['carrier_id,market,currency,max_weight_g,base\njt-express,US,USD,1000,4.10'], 'jt.csv'),
    );
    expect(state().importState.kind).toBe('preview');
    expect((await fakeBrowser.storage.local.get('rule-overrides'))['rule-overrides']).toEqual(EXISTING);
    await applyImport();
    const stored = (await fakeBrowser.storage.local.get('rule-overrides'))['rule-overrides'] as typeof EXISTING;
    expect(stored.feeTables.map((t) => t.carrierId)).toEqual(['usps', 'jt-express']);
    expect(state().importState).toEqual({ kind: 'idle' });
  });
});

describe('stored settings that cannot be read', () => {
  it('are reported on the page by name and field, then cleared once saved again', async () => {
    const { onSettingIssue } = await import('@/lib/storage');
    const { describeSettingIssues } = await import('@/entrypoints/options/SettingIssues');
    const { noteSettingIssues } = optionsActions;
    await fakeBrowser.storage.local.set({ printer: { dpi: 'fast', labelSize: '4x6' }, locale: 'fr' });
    const stop = onSettingIssue(noteSettingIssues);
    try {
      await loadOptions();
      expect(state().settingIssues.map((i) => [i.key, i.path])).toEqual([
        ['local:printer', 'dpi'],
        ['local:locale', '(root)'],
      ]);
      expect(describeSettingIssues(state().settingIssues)).toEqual([
        { en: 'Label printer (dpi)', zh: '面单打印机（dpi）' },
        { en: 'Language', zh: '语言' },
      ]);
      // Read again (another section, a reload of the page data): still one entry each.
      await loadOptions();
      expect(state().settingIssues).toHaveLength(2);
      const { saveLocale } = optionsActions;
      await saveLocale('zh');
      expect(state().settingIssues.map((i) => i.key)).toEqual(['local:printer']);
    } finally {
      stop();
    }
  });
});

describe('actions over an injected store and dependencies', () => {
  it('save the profile through the given setting and the export through the given download', async () => {
    const { createOptionsActions } = await import('@/entrypoints/options/actions');
    const { createOptionsStore } = await import('@/entrypoints/options/store');
    const storage = await import('@/lib/storage');
    const store = createOptionsStore();
    const downloads: string[] = [];
    const send = vi.fn().mockRejectedValue(new MessagingError('unhandled', 'No handler'));
    const actions = createOptionsActions(store, {
      send,
      settings: {
        profile: storage.sellerProfileSetting,
        printer: storage.printerSetting,
        callbacks: storage.callbackSetting,
        ruleOverrides: storage.ruleOverridesSetting,
        locale: storage.localeSetting,
        poll: storage.pollSettings,
      },
      askDataConsent: async () => true,
      download: (fileName) => downloads.push(fileName),
    });
    await actions.loadOptions();
    expect(send).toHaveBeenCalledWith('connection-status', {});
    expect(store.getState().connectStatus).toEqual({ tone: 'error', text: m.errorUnhandled });
    actions.updateProfileDraft({ ...store.getState().profileDraft, market: 'GB' });
    await actions.saveProfile();
    expect(store.getState().profileStatus).toEqual({ tone: 'ok', text: m.profileSaved });
    expect(await storage.sellerProfileSetting.getValue()).toMatchObject({ market: 'GB' });
    // The page's own store is untouched: each store has its own actions.
    expect(state().profileStatus).toBeNull();
    actions.exportEffectivePack();
    expect(downloads).toEqual([expect.stringMatching(/^lastmile-lens-rule-pack-.+\.json$/)]);
  });
});
