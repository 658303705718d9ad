import { create } from 'zustand';
import type { Localized } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging';
import type { LocalePreference, PrinterSettings, SellerProfile, SettingIssue } from '@/lib/storage';
import { EMPTY_CONNECT_DRAFT, type ConnectDraft, type ConnectError } from './connect-form';
import { EMPTY_PROFILE_DRAFT, type ProfileDraft, type ProfileError } from './profile-form';
import type { PrinterDraft, PrinterErrorCode } from './printer-form';
import type { ImportErrorLine, PackChange } from './rule-import';
import type { RulePackOverride } from '@/lib/rules';

/**
 * UI state of the options page only: what the seller is typing, what the last action said, what a
 * chosen file contains. Persisted settings live in lib/storage and are read/written by `actions.ts`;
 * secrets are never put here (the connect form's secret fields are wiped after each submit).
 */

export type Tone = 'info' | 'ok' | 'error';
export interface StatusMessage {
  tone: Tone;
  text: Localized;
}

export type ConnectionView = ResponseOf<'connection-status'>['connection'];
export type ShopView = ResponseOf<'test-connection'>['shops'][number];
export interface ConnectionSummary {
  pollIntervalMinutes: number;
  lastPollAt: number | null;
  atRiskCount: number;
  watchedCount: number;
}

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'errors'; fileName: string; errors: ImportErrorLine[] }
  | { kind: 'preview'; fileName: string; combined: RulePackOverride; changes: PackChange[]; rows?: number };

export interface OptionsState {
  loaded: boolean;
  loadError: StatusMessage | null;
  /** Stored settings that could not be read (lib/storage `onSettingIssue`), one entry per key and path. */
  settingIssues: SettingIssue[];

  connectDraft: ConnectDraft;
  connectErrors: ConnectError[];
  connection: ConnectionView | null;
  connectionSummary: ConnectionSummary | null;
  shops: ShopView[];
  connectStatus: StatusMessage | null;
  connectBusy: boolean;
  confirmingDisconnect: boolean;

  savedProfile: SellerProfile;
  profileDraft: ProfileDraft;
  profileErrors: ProfileError[];
  profileStatus: StatusMessage | null;

  savedPrinter: PrinterSettings | null;
  printerDraft: PrinterDraft;
  printerErrors: PrinterErrorCode[];
  printerStatus: StatusMessage | null;

  callbackDrafts: Record<string, string>;
  callbackStatus: StatusMessage | null;

  storedOverride: unknown;
  importState: ImportState;
  rulesStatus: StatusMessage | null;
  confirmingReset: boolean;

  localePreference: LocalePreference;
  pollIntervalDraft: string;
  pollStatus: StatusMessage | null;
  languageStatus: StatusMessage | null;
}

export const initialOptionsState: OptionsState = {
  loaded: false,
  loadError: null,
  settingIssues: [],
  connectDraft: EMPTY_CONNECT_DRAFT,
  connectErrors: [],
  connection: null,
  connectionSummary: null,
  shops: [],
  connectStatus: null,
  connectBusy: false,
  confirmingDisconnect: false,
  savedProfile: { connectedCarriers: [] },
  profileDraft: EMPTY_PROFILE_DRAFT,
  profileErrors: [],
  profileStatus: null,
  savedPrinter: null,
  printerDraft: { dpiChoice: '', customDpi: '', labelSize: '4x6' },
  printerErrors: [],
  printerStatus: null,
  callbackDrafts: {},
  callbackStatus: null,
  storedOverride: null,
  importState: { kind: 'idle' },
  rulesStatus: null,
  confirmingReset: false,
  localePreference: 'auto',
  pollIntervalDraft: '',
  pollStatus: null,
  languageStatus: null,
};

/** A fresh store (one per page; tests make their own). */
export function createOptionsStore() {
  return create<OptionsState>()(() => initialOptionsState);
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;

/** The options page's one store. */
export const useOptionsStore = createOptionsStore();

/** Shallow update of the page's store from event handlers (form typing, confirmations). */
export function patchOptions(patch: Partial<OptionsState>): void {
  useOptionsStore.setState(patch);
}
