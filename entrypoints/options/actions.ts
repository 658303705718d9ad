/**
 * What the options page does: reads and writes settings through lib/storage, talks to the background
 * through lib/messaging, and puts the outcome in the store. Components call these; the branches worth
 * a test live in the pure helpers next to this file.
 */
import { fillLocalized, type Localized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { MessagingError, sendMessage, type MessageType, type RequestOf, type ResponseOf } from '@/lib/messaging';
import { serializeRulePack } from '@/lib/rules';
import {
  callbackSetting,
  localeSetting,
  pollSettings,
  printerSetting,
  ruleOverridesSetting,
  sellerProfileSetting,
  MIN_POLL_INTERVAL_MINUTES,
  type CallbackSettings,
  type LocalePreference,
  type PollSettings,
  type PrinterSettings,
  type SellerProfile,
  type Setting,
  type SettingIssue,
} from '@/lib/storage';
import { clearSecrets, connectRequestFromDraft } from './connect-form';
import { consentToSendShopCredentials } from './data-consent';
import { draftFromPrinter, printerFromDraft } from './printer-form';
import { convertDraftUnits, draftFromProfile, profileFromDraft, type ProfileDraft } from './profile-form';
import { effectivePack } from '@/lib/rules';
import { buildRateCardTemplate, describePackChanges, readImport } from './rule-import';
import { useOptionsStore, type OptionsState, type OptionsStore, type StatusMessage } from './store';
import { unitSystemOf } from '@/lib/context';

const ok = (text: Localized): StatusMessage => ({ tone: 'ok', text });
const failed = (text: Localized): StatusMessage => ({ tone: 'error', text });

/** A failed message in plain words; `unhandled` = the background has no handler for it yet. */
export function describeMessagingFailure(error: unknown): Localized {
  if (error instanceof MessagingError) {
    if (error.code === 'unhandled') return m.errorUnhandled;
    return fillLocalized(m.errorBackground, { detail: `${error.code}: ${error.message}` });
  }
  return fillLocalized(m.errorBackground, { detail: error instanceof Error ? error.message : String(error) });
}

function statusOfConnection(connection: ResponseOf<'connect-shop'>['connection'], shops: number): StatusMessage {
  if (connection.state === 'ok') return ok(fillLocalized(m.connectOk, { count: shops }));
  return failed(connection.reason ?? m.connectFailedNoReason);
}

/** Offers `text` as a file download (an object URL on a temporary link). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface OptionsDeps {
  send: <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
  /** The settings the page edits (lib/storage items). */
  settings: {
    profile: Setting<SellerProfile>;
    printer: Setting<PrinterSettings | null>;
    callbacks: Setting<CallbackSettings>;
    ruleOverrides: Setting<unknown>;
    locale: Setting<LocalePreference>;
    poll: Setting<PollSettings>;
  };
  /** Firefox's data-collection consent for sending shop credentials (asked within the click). */
  askDataConsent: () => Promise<boolean>;
  /** Hands a file to the browser. */
  download: (fileName: string, text: string, type: string) => void;
}

/**
 * What the options page does, over an injected store and its dependencies (as the side panel and the
 * popup do): reads and writes settings, talks to the background, and puts each outcome in the store.
 */
export function createOptionsActions(store: OptionsStore, deps: OptionsDeps) {
  const get = () => store.getState();
  const patchOptions = (patch: Partial<OptionsState>) => store.setState(patch);

  async function ask<T extends MessageType>(
    type: T,
    payload: RequestOf<T>,
  ): Promise<{ ok: true; data: ResponseOf<T> } | { ok: false; text: Localized }> {
    try {
      return { ok: true, data: await deps.send(type, payload) };
    } catch (error) {
      return { ok: false, text: describeMessagingFailure(error) };
    }
  }

  // ── Stored settings that could not be read ───────────────────────────────────────────────────────

  /** Keeps what lib/storage reported about unreadable stored settings (`onSettingIssue`), once per key and path. */
  function noteSettingIssues(issues: readonly SettingIssue[]): void {
    const known = get().settingIssues;
    const fresh = issues.filter((issue) => !known.some((k) => k.key === issue.key && k.path === issue.path));
    if (fresh.length > 0) patchOptions({ settingIssues: [...known, ...fresh] });
  }

  /** A setting written successfully is readable again: its issues are gone. */
  function settingSaved(key: string): void {
    const remaining = get().settingIssues.filter((issue) => issue.key !== key);
    if (remaining.length !== get().settingIssues.length) patchOptions({ settingIssues: remaining });
  }

  /** Reads every setting once and fills the forms; asks the background for the connection state. */
  async function loadOptions(): Promise<void> {
    try {
      const [profile, printer, callbacks, override, locale, poll] = await Promise.all([
        deps.settings.profile.getValue(),
        deps.settings.printer.getValue(),
        deps.settings.callbacks.getValue(),
        deps.settings.ruleOverrides.getValue(),
        deps.settings.locale.getValue(),
        deps.settings.poll.getValue(),
      ]);
      const pack = effectivePack(override).pack;
      patchOptions({
        loaded: true,
        savedProfile: profile,
        profileDraft: draftFromProfile(profile, unitSystemOf(pack, profile.market)),
        savedPrinter: printer,
        printerDraft: draftFromPrinter(printer),
        callbackDrafts: Object.fromEntries(Object.entries(callbacks).map(([id, entry]) => [id, entry.url])),
        storedOverride: override,
        localePreference: locale,
        pollIntervalDraft: String(poll.intervalMinutes),
      });
    } catch (error) {
      patchOptions({
        loaded: true,
        loadError: failed(
          fillLocalized(m.loadFailed, { detail: error instanceof Error ? error.message : String(error) }),
        ),
      });
    }
    await refreshConnection();
  }

  // ── Connect the shop ─────────────────────────────────────────────────────────────────────────────

  async function refreshConnection(): Promise<void> {
    const reply = await ask('connection-status', {});
    if (!reply.ok) return patchOptions({ connectStatus: failed(reply.text) });
    const { connection, ...summary } = reply.data;
    patchOptions({ connection, connectionSummary: summary });
  }

  async function submitConnect(): Promise<void> {
    const consented = deps.askDataConsent(); // first: Firefox asks only within the click
    const draft = get().connectDraft;
    const built = connectRequestFromDraft(draft);
    if (!built.ok) return patchOptions({ connectErrors: built.errors, connectStatus: failed(m.formHasErrors) });
    if (!(await consented)) return patchOptions({ connectStatus: failed(m.connectNeedsDataConsent) });
    // The secrets leave the page's state before the request is even answered.
    patchOptions({
      connectErrors: [],
      connectBusy: true,
      connectDraft: clearSecrets(draft),
      connectStatus: { tone: 'info', text: m.connectWorking },
    });
    const reply = await ask('connect-shop', built.request);
    if (!reply.ok) return patchOptions({ connectBusy: false, connectStatus: failed(reply.text) });
    patchOptions({
      connectBusy: false,
      connection: reply.data.connection,
      shops: reply.data.shops,
      connectStatus: statusOfConnection(reply.data.connection, reply.data.shops.length),
    });
    await refreshConnection();
  }

  async function runConnectionTest(): Promise<void> {
    patchOptions({ connectBusy: true, connectStatus: { tone: 'info', text: m.testWorking } });
    const reply = await ask('test-connection', {});
    if (!reply.ok) return patchOptions({ connectBusy: false, connectStatus: failed(reply.text) });
    patchOptions({
      connectBusy: false,
      connection: reply.data.connection,
      shops: reply.data.shops,
      connectStatus: statusOfConnection(reply.data.connection, reply.data.shops.length),
    });
    await refreshConnection();
  }

  async function confirmDisconnect(): Promise<void> {
    patchOptions({ connectBusy: true, confirmingDisconnect: false });
    const reply = await ask('disconnect', {});
    if (!reply.ok) return patchOptions({ connectBusy: false, connectStatus: failed(reply.text) });
    patchOptions({
      connectBusy: false,
      connection: reply.data.connection,
      shops: [],
      connectStatus: ok(m.disconnectDone),
    });
    await refreshConnection();
  }

  // ── Seller profile ───────────────────────────────────────────────────────────────────────────────

  /** Updates the profile form; a market change re-expresses sizes in the new market's units. */
  function updateProfileDraft(next: ProfileDraft): void {
    const state = get();
    const pack = effectivePack(state.storedOverride).pack;
    const from = unitSystemOf(pack, state.profileDraft.market || undefined);
    const to = unitSystemOf(pack, next.market || undefined);
    patchOptions({ profileDraft: convertDraftUnits(next, from, to), profileStatus: null });
  }

  async function saveProfile(): Promise<void> {
    const { profileDraft, storedOverride } = get();
    const system = unitSystemOf(effectivePack(storedOverride).pack, profileDraft.market || undefined);
    const built = profileFromDraft(profileDraft, system);
    if (!built.ok) return patchOptions({ profileErrors: built.errors, profileStatus: failed(m.formHasErrors) });
    const written = await deps.settings.profile.setValue(built.profile);
    if (!written.ok)
      return patchOptions({
        profileStatus: failed(
          fillLocalized(m.saveRefused, { detail: written.issues.map((i) => `${i.path}: ${i.message}`).join('; ') }),
        ),
      });
    settingSaved(deps.settings.profile.key);
    patchOptions({
      profileErrors: [],
      savedProfile: built.profile,
      profileDraft: draftFromProfile(built.profile, system),
      profileStatus: ok(m.profileSaved),
    });
  }

  // ── Printer ──────────────────────────────────────────────────────────────────────────────────────

  async function savePrinter(): Promise<void> {
    const built = printerFromDraft(get().printerDraft);
    if (!built.ok) return patchOptions({ printerErrors: built.errors, printerStatus: failed(m.formHasErrors) });
    const written = await deps.settings.printer.setValue(built.printer);
    if (!written.ok)
      return patchOptions({
        printerStatus: failed(
          fillLocalized(m.saveRefused, { detail: written.issues.map((i) => `${i.path}: ${i.message}`).join('; ') }),
        ),
      });
    settingSaved(deps.settings.printer.key);
    patchOptions({ printerErrors: [], savedPrinter: built.printer, printerStatus: ok(m.printerSaved) });
  }

  // ── Carrier callbacks ────────────────────────────────────────────────────────────────────────────

  async function saveCallbacks(carrierIds: readonly string[], nowMs: number): Promise<void> {
    const drafts = get().callbackDrafts;
    const current = await deps.settings.callbacks.getValue();
    // Carriers not shown (no longer connected) keep what was stored: nothing the seller typed is dropped silently.
    const next: CallbackSettings = { ...current };
    for (const id of carrierIds) {
      const url = (drafts[id] ?? '').trim();
      if (!url) delete next[id];
      else if (current[id]?.url !== url) next[id] = { url, updatedAt: nowMs };
    }
    const written = await deps.settings.callbacks.setValue(next);
    if (!written.ok)
      return patchOptions({
        callbackStatus: failed(
          fillLocalized(m.saveRefused, { detail: written.issues.map((i) => `${i.path}: ${i.message}`).join('; ') }),
        ),
      });
    settingSaved(deps.settings.callbacks.key);
    patchOptions({ callbackStatus: ok(m.callbacksSaved) });
  }

  // ── Rate cards & rule pack ───────────────────────────────────────────────────────────────────────

  async function importRulesFile(file: File): Promise<void> {
    patchOptions({ importState: { kind: 'reading', fileName: file.name }, rulesStatus: null, confirmingReset: false });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return patchOptions({
        importState: {
          kind: 'errors',
          fileName: file.name,
          errors: [{ message: error instanceof Error ? error.message : String(error) }],
        },
      });
    }
    // Read the stored override fresh: another tab may have changed it since the page loaded.
    const stored = await deps.settings.ruleOverrides.getValue();
    const result = readImport(file.name, text, stored);
    if (!result.ok)
      return patchOptions({
        storedOverride: stored,
        importState: { kind: 'errors', fileName: file.name, errors: result.errors },
      });
    const changes = describePackChanges(result.before, result.after);
    patchOptions({
      storedOverride: stored,
      importState: {
        kind: 'preview',
        fileName: file.name,
        combined: result.combined,
        changes,
        ...(result.rows !== undefined ? { rows: result.rows } : {}),
      },
    });
  }

  async function applyImport(): Promise<void> {
    const state = get().importState;
    if (state.kind !== 'preview') return;
    const written = await deps.settings.ruleOverrides.setValue(state.combined);
    if (!written.ok)
      return patchOptions({
        rulesStatus: failed(fillLocalized(m.saveRefused, { detail: written.issues.map((i) => i.message).join('; ') })),
      });
    patchOptions({
      storedOverride: state.combined,
      importState: { kind: 'idle' },
      rulesStatus: ok(fillLocalized(m.importApplied, { file: state.fileName })),
    });
  }

  function cancelImport(): void {
    patchOptions({ importState: { kind: 'idle' }, rulesStatus: { tone: 'info', text: m.importCancelled } });
  }

  async function resetRules(): Promise<void> {
    await deps.settings.ruleOverrides.removeValue();
    patchOptions({
      storedOverride: null,
      confirmingReset: false,
      importState: { kind: 'idle' },
      rulesStatus: ok(m.resetDone),
    });
  }

  function exportEffectivePack(): void {
    const { pack } = effectivePack(get().storedOverride);
    deps.download(`lastmile-lens-rule-pack-${pack.version}.json`, serializeRulePack(pack), 'application/json');
  }

  function exportOverride(): void {
    const { override } = effectivePack(get().storedOverride);
    if (!override) return;
    deps.download('lastmile-lens-overrides.json', `${JSON.stringify(override, null, 2)}\n`, 'application/json');
  }

  function downloadTemplate(): void {
    deps.download('lastmile-lens-rate-card-template.csv', buildRateCardTemplate(), 'text/csv');
  }

  // ── Language and polling ─────────────────────────────────────────────────────────────────────────

  async function saveLocale(preference: LocalePreference): Promise<void> {
    patchOptions({ localePreference: preference });
    const written = await deps.settings.locale.setValue(preference);
    if (written.ok) settingSaved(deps.settings.locale.key);
    patchOptions({ languageStatus: written.ok ? ok(m.languageSaved) : failed(m.saveRefusedShort) });
  }

  async function savePollInterval(): Promise<void> {
    const text = get().pollIntervalDraft.trim();
    const minutes = Number(text);
    if (!/^\d+$/.test(text) || minutes < MIN_POLL_INTERVAL_MINUTES) {
      return patchOptions({
        pollStatus: failed(fillLocalized(m.pollIntervalInvalid, { min: MIN_POLL_INTERVAL_MINUTES })),
      });
    }
    const current = await deps.settings.poll.getValue();
    const written = await deps.settings.poll.setValue({ ...current, intervalMinutes: minutes });
    if (written.ok) settingSaved(deps.settings.poll.key);
    patchOptions({ pollStatus: written.ok ? ok(fillLocalized(m.pollSaved, { minutes })) : failed(m.saveRefusedShort) });
  }

  return {
    noteSettingIssues,
    loadOptions,
    refreshConnection,
    submitConnect,
    runConnectionTest,
    confirmDisconnect,
    updateProfileDraft,
    saveProfile,
    savePrinter,
    saveCallbacks,
    importRulesFile,
    applyImport,
    cancelImport,
    resetRules,
    exportEffectivePack,
    exportOverride,
    downloadTemplate,
    saveLocale,
    savePollInterval,
  };
}

export type OptionsActions = ReturnType<typeof createOptionsActions>;

/** The options page's actions, over its one store and the real browser. */
export const optionsActions = createOptionsActions(useOptionsStore, {
  send: sendMessage,
  settings: {
    profile: sellerProfileSetting,
    printer: printerSetting,
    callbacks: callbackSetting,
    ruleOverrides: ruleOverridesSetting,
    locale: localeSetting,
    poll: pollSettings,
  },
  askDataConsent: consentToSendShopCredentials,
  download: downloadText,
});
