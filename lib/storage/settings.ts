import { z } from 'zod';
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import { MARKET_CODES } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';

/**
 * Typed extension settings: one `storage.defineItem` per setting, each with a `fallback` and a `version`,
 * and each value parsed with zod on every read. A stored value that no longer matches its schema (a
 * hand-edited profile, a value written by an older build) falls back and is reported; it never crashes
 * the worker and is never silently overwritten (the seller's data stays where it is until they save).
 */

/** One problem found in a stored setting. Carries the path and zod's message, never the stored value. */
export interface SettingIssue {
  key: StorageItemKey;
  path: string;
  code: string;
  message: string;
}

export type SettingRead<T> = { ok: true; value: T } | { ok: false; value: T; issues: SettingIssue[] };
export type SettingWrite = { ok: true } | { ok: false; issues: SettingIssue[] };

export interface Setting<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** The raw WXT item (unvalidated); prefer `read`/`getValue`. */
  readonly item: WxtStorageItem<unknown, Record<string, never>>;
  /** Reads and validates; a corrupt value gives the fallback plus the issues. */
  read(): Promise<SettingRead<T>>;
  /** Reads and validates; a corrupt value gives the fallback and is reported to `onSettingIssue` listeners. */
  getValue(): Promise<T>;
  /** Validates then writes; an invalid value is refused with its issues and nothing is written. */
  setValue(value: T): Promise<SettingWrite>;
  removeValue(): Promise<void>;
  /** Calls back with each new validated value (the fallback when the new value is corrupt). */
  watch(callback: (value: T) => void): () => void;
}

type IssueListener = (issues: SettingIssue[]) => void;
const issueListeners = new Set<IssueListener>();

/**
 * Subscribes to reports of corrupt stored settings (e.g. to show "your saved profile could not be read").
 * Returns the unsubscribe function. Example: `const stop = onSettingIssue((issues) => console.warn(issues))`.
 */
export function onSettingIssue(listener: IssueListener): () => void {
  issueListeners.add(listener);
  return () => issueListeners.delete(listener);
}

function reportIssues(issues: SettingIssue[]): void {
  for (const listener of issueListeners) {
    try {
      listener(issues);
    } catch {
      // A faulty listener must not turn a readable fallback into a crash.
    }
  }
}

function toIssues(key: StorageItemKey, error: z.ZodError): SettingIssue[] {
  // Only path, code and message: zod's `input` would leak the stored value (credentials must never be logged).
  return error.issues.map((issue) => ({
    key,
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
    message: issue.message,
  }));
}

interface SettingOptions<T> {
  schema: z.ZodType<T>;
  fallback: T;
  version: number;
  migrations?: Record<number, (oldValue: unknown) => unknown>;
}

/**
 * Defines a validated setting over `storage.defineItem`. `null`/absent in storage reads as the fallback.
 * Example: `const s = defineSetting('local:locale', { schema: localeSchema, fallback: 'auto', version: 1 })`.
 */
export function defineSetting<T>(key: StorageItemKey, options: SettingOptions<T>): Setting<T> {
  const { schema, fallback, version, migrations } = options;
  // Defined on first use, not at import: WXT reads browser storage as soon as an item is defined, which
  // would crash Node scripts (benchmarks, the mock's demo) that only import lib/storage for IndexedDB.
  let defined: WxtStorageItem<unknown, Record<string, never>> | undefined;
  const itemOf = (): WxtStorageItem<unknown, Record<string, never>> =>
    (defined ??= storage.defineItem<unknown>(key, {
      fallback: null,
      version,
      ...(migrations ? { migrations } : {}),
    }) as WxtStorageItem<unknown, Record<string, never>>);

  const parseStored = (raw: unknown): SettingRead<T> => {
    if (raw === null || raw === undefined) return { ok: true, value: fallback };
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, value: fallback, issues: toIssues(key, parsed.error) };
  };

  return {
    key,
    fallback,
    version,
    schema,
    get item() {
      return itemOf();
    },
    async read() {
      return parseStored(await itemOf().getValue());
    },
    async getValue() {
      const result = parseStored(await itemOf().getValue());
      if (!result.ok) reportIssues(result.issues);
      return result.value;
    },
    async setValue(value: T) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) return { ok: false, issues: toIssues(key, parsed.error) };
      await itemOf().setValue(parsed.data);
      return { ok: true };
    },
    async removeValue() {
      await itemOf().removeValue();
    },
    watch(callback) {
      return itemOf().watch((raw) => {
        const result = parseStored(raw);
        if (!result.ok) reportIssues(result.issues);
        callback(result.value);
      });
    },
  };
}

// ── Credentials ──────────────────────────────────────────────────────────────────────────────────

/**
 * What the background needs to call the Open API for one shop (ref:tiktok-open-api#1.2, #1.3).
 * Times are epoch milliseconds (the token endpoint gives Unix seconds: convert at the edge).
 * Kept in the credential store (credentials.ts: the extension's own IndexedDB), never in `storage.*`.
 */
export const credentialsSchema = z.object({
  appKey: z.string().trim().min(1),
  appSecret: z.string().trim().min(1),
  accessToken: z.string().trim().min(1),
  accessTokenExpiresAt: z.number().int().nonnegative().optional(),
  refreshToken: z.string().trim().min(1).optional(),
  refreshTokenExpiresAt: z.number().int().nonnegative().optional(),
  shopCipher: z.string().trim().min(1).optional(),
  shopId: z.string().trim().min(1).optional(),
  shopName: z.string().optional(),
  /** The shop's region as the API writes it (`GB`, `US`, `ID` …); any API region is accepted. */
  region: z.string().trim().toUpperCase().min(2).max(3).optional(),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/**
 * Where versions before the credential store kept the credentials. Content scripts can read
 * `storage.local` in Firefox and in Chrome without `setAccessLevel`, so it is only read once, to move
 * them into the credential store (credentials.ts), and then deleted.
 */
export const legacyCredentialsSetting = defineSetting<Credentials | null>('local:credentials', {
  schema: credentialsSchema.nullable(),
  fallback: null,
  version: 1,
});

/**
 * A copy of credentials safe to show on the options page: secrets reduced to their last 4 characters.
 * Example: `maskCredentials(c).appSecret === '••••4567'`.
 */
export function maskCredentials(credentials: Credentials): Credentials {
  const mask = (secret: string) => `••••${secret.slice(-4)}`;
  return {
    ...credentials,
    appSecret: mask(credentials.appSecret),
    accessToken: mask(credentials.accessToken),
    ...(credentials.refreshToken ? { refreshToken: mask(credentials.refreshToken) } : {}),
  };
}

// ── Connection state ─────────────────────────────────────────────────────────────────────────────

export const CONNECTION_STATES = ['not-configured', 'ok', 'reconnect-needed', 'error'] as const;
export type ConnectionStateKind = (typeof CONNECTION_STATES)[number];

const localizedSchema = z.object({ en: z.string(), zh: z.string() });

/** What the popup and options page may show about the API connection. Holds no secret. */
const connectionStateSchema = z.object({
  state: z.enum(CONNECTION_STATES),
  /** Seller-facing explanation. */
  reason: localizedSchema.optional(),
  /** Technical detail (API code and message), for support. */
  detail: z.string().optional(),
  /** Epoch ms of the check that produced this state. */
  checkedAt: z.number().int().nonnegative().optional(),
});
export type ConnectionState = z.infer<typeof connectionStateSchema>;

export const connectionStateSetting = defineSetting<ConnectionState>('local:connection-state', {
  schema: connectionStateSchema,
  fallback: { state: 'not-configured' },
  version: 1,
});

// ── Polling ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Chrome MV3 alarms fire at most every 30 s; we poll at most once a minute, which is already far
 * finer than the platform's 24 h update rule (seed:S7) needs.
 */
export const MIN_POLL_INTERVAL_MINUTES = 1;
/** The documented per-endpoint, per-shop limit is 50 QPS (ref:tiktok-open-api#4); we never ask for more. */
const MAX_POLL_QPS = 50;
/** Order-detail calls take up to 50 ids (UNCONFIRMED, ref:tiktok-open-api#5): one batch = one such call. */
const MAX_POLL_BATCH_SIZE = 50;

const pollSettingsSchema = z.object({
  intervalMinutes: z.number().int().min(MIN_POLL_INTERVAL_MINUTES).default(15),
  batchSize: z.number().int().min(1).max(MAX_POLL_BATCH_SIZE).default(20),
  /** Requests per second our client allows itself; the client's token bucket enforces it. */
  qps: z.number().positive().max(MAX_POLL_QPS).default(10),
});
export type PollSettings = z.infer<typeof pollSettingsSchema>;

/** Poll interval (default 15 min, as the issue asks), batch size and request rate. */
export const pollSettings = defineSetting<PollSettings>('local:poll-settings', {
  schema: pollSettingsSchema,
  fallback: { intervalMinutes: 15, batchSize: 20, qps: 10 },
  version: 1,
});

// ── Seller profile ───────────────────────────────────────────────────────────────────────────────

export const sellerProfileSchema = z.object({
  market: z.enum(MARKET_CODES).optional(),
  businessType: z.enum(['company', 'individual']).optional(),
  dailyOrders: z.number().int().nonnegative().optional(),
  monthlyParcels: z.number().int().nonnegative().optional(),
  /** Carrier ids (lib/carriers) the shop has connected in Seller Center. Kept as typed, never rejected. */
  connectedCarriers: z.array(z.string().min(1)).default([]),
  defaultParcel: z
    .object({
      weightGrams: z.number().positive(),
      dimensionsMm: z
        .object({ length: z.number().positive(), width: z.number().positive(), height: z.number().positive() })
        .optional(),
    })
    .optional(),
});
export type SellerProfile = z.infer<typeof sellerProfileSchema>;

/** What the seller told us about the shop; every field optional (unknown until they say). */
export const sellerProfileSetting = defineSetting<SellerProfile>('local:seller-profile', {
  schema: sellerProfileSchema,
  fallback: { connectedCarriers: [] },
  version: 1,
});

// ── Printer ──────────────────────────────────────────────────────────────────────────────────────

export const LABEL_SIZES = ['4x6', '100x150', 'A6'] as const;
export const printerSchema = z.object({
  /** 203, 300, 600 are the usual thermal heads; any positive resolution is accepted (seed:S33). */
  dpi: z.number().positive(),
  labelSize: z.enum(LABEL_SIZES),
});
export type PrinterSettings = z.infer<typeof printerSchema>;

/** The seller's label printer; `null` until they tell us (we do not guess a resolution). */
export const printerSetting = defineSetting<PrinterSettings | null>('local:printer', {
  schema: printerSchema.nullable(),
  fallback: null,
  version: 1,
});

// ── Carrier callback URLs ────────────────────────────────────────────────────────────────────────

/**
 * Per carrier id: the tracking callback URL the seller configured in the carrier's back office (seed:S28
 * step 2). Kept as typed: the seed itself writes it without a scheme.
 */
const callbackSchema = z.record(
  z.string().min(1),
  z.object({ url: z.string().trim().min(1), updatedAt: z.number().int().nonnegative().optional() }),
);
export type CallbackSettings = z.infer<typeof callbackSchema>;

export const callbackSetting = defineSetting<CallbackSettings>('local:carrier-callbacks', {
  schema: callbackSchema,
  fallback: {},
  version: 1,
});

// ── Locale ───────────────────────────────────────────────────────────────────────────────────────

export const localeSettingSchema = z.enum(['auto', 'en', 'zh']);
export type LocalePreference = z.infer<typeof localeSettingSchema>;

export const localeSetting = defineSetting<LocalePreference>('local:locale', {
  schema: localeSettingSchema,
  fallback: 'auto',
  version: 1,
});

// ── In-page feature switches ─────────────────────────────────────────────────────────────────────

/**
 * Options → In-page hints: each in-page feature can be switched off; the Seller Center tab applies a
 * change without reload. Missing keys read as on (a new feature starts on).
 */
export const featureSwitchesSchema = z.object({
  waybillWarnings: z.boolean().default(true),
  deadlines: z.boolean().default(true),
  carrierBadges: z.boolean().default(true),
  feeEstimate: z.boolean().default(true),
  diagnosis: z.boolean().default(true),
  uploadCheck: z.boolean().default(true),
});
export type FeatureSwitchSettings = z.infer<typeof featureSwitchesSchema>;

export const featureSwitchesSetting = defineSetting<FeatureSwitchSettings>('local:feature-switches', {
  schema: featureSwitchesSchema,
  fallback: featureSwitchesSchema.parse({}),
  version: 1,
});

// ── Rule overrides ───────────────────────────────────────────────────────────────────────────────

/** The seller's rule-pack overrides as stored; `lib/rules` validates the content when it merges them. */
export const ruleOverridesSetting = defineSetting<unknown>('local:rule-overrides', {
  schema: z.unknown(),
  fallback: null,
  version: 1,
});

// ── Notifications: quiet hours ───────────────────────────────────────────────────────────────────

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM (00:00–23:59)');

/**
 * Hours of the seller's own clock (the computer's time zone) during which notifications are held and
 * shown once they end; the badge keeps updating. The window may cross midnight (22:00 → 07:00).
 */
export const quietHoursSchema = z
  .object({ enabled: z.boolean(), start: clockTime, end: clockTime })
  .refine((q) => q.start !== q.end, { message: 'start and end must differ', path: ['end'] });
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const quietHoursSetting = defineSetting<QuietHours>('local:quiet-hours', {
  schema: quietHoursSchema,
  fallback: { enabled: false, start: '22:00', end: '07:00' },
  version: 1,
});

// ── Data retention ───────────────────────────────────────────────────────────────────────────────

/** The shop view compares two 7-day windows (plus a day of margin): keep at least that. */
export const MIN_RETENTION_DAYS = 15;
export const MAX_RETENTION_DAYS = 3_650;

export const retentionSchema = z.object({
  /** Days a finished package (and its events, alerts, label clicks) is kept after delivery. */
  days: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS),
});
export type RetentionSettings = z.infer<typeof retentionSchema>;

export const retentionSetting = defineSetting<RetentionSettings>('local:retention', {
  schema: retentionSchema,
  fallback: { days: 90 },
  version: 1,
});

// ── Popup quick-quote inputs ─────────────────────────────────────────────────────────────────────

/** Markets the popup's quick quote offers (the markets of the seed: S2, S4–S6). */
export const POPUP_MARKETS = ['US', 'GB', 'ID', 'TH', 'VN'] as const satisfies readonly (typeof MARKET_CODES)[number][];
export const POPUP_WEIGHT_UNITS = ['kg', 'lb'] as const;
export const POPUP_LENGTH_UNITS = ['cm', 'in'] as const;

// Numbers are kept as the seller typed them ("0,4", "12.5"), so a half-typed value survives a reopen.
const typedNumber = z.string().max(24);

/** What the popup remembers between openings. The ship date is not remembered: it defaults to today. */
const popupInputsSchema = z.object({
  market: z.enum(POPUP_MARKETS),
  weight: typedNumber,
  weightUnit: z.enum(POPUP_WEIGHT_UNITS),
  length: typedNumber,
  width: typedNumber,
  height: typedNumber,
  lengthUnit: z.enum(POPUP_LENGTH_UNITS),
  postcode: z.string().max(16),
  priority: z.boolean(),
  monthlyParcels: typedNumber,
});
export type PopupInputs = z.infer<typeof popupInputsSchema>;

/**
 * Version 1 was written by zustand's `persist` as `{ state, version }`; version 2 stores the inputs
 * themselves. Anything else is passed on unchanged, for the schema to refuse on read.
 */
function unwrapPersistEnvelope(old: unknown): unknown {
  return typeof old === 'object' && old !== null && 'state' in old ? (old as { state: unknown }).state : old;
}

/** The popup's remembered inputs; `null` until the seller has typed something. */
export const popupInputsSetting = defineSetting<PopupInputs | null>('local:popup-inputs', {
  schema: popupInputsSchema.nullable(),
  fallback: null,
  version: 2,
  migrations: { 2: unwrapPersistEnvelope },
});

/** Texts the connection state uses, so the poller and options page say the same thing. */
export const connectionReasons = {
  reconnect: {
    en: 'TikTok Shop no longer accepts the saved access token. Reconnect the shop in Options.',
    zh: 'TikTok Shop 已不再接受已保存的访问令牌，请在设置中重新连接店铺。',
  },
  notConfigured: {
    en: 'No TikTok Shop API credentials yet: tracking is not polled. Connect the shop in Options.',
    zh: '尚未填写 TikTok Shop API 凭证，暂不轮询物流轨迹。请在设置中连接店铺。',
  },
} satisfies Record<string, Localized>;
