/**
 * Persistent state of the extension: typed settings in `browser.storage` (settings.ts), the shop's
 * credentials in the extension's own IndexedDB (credentials.ts), and the
 * IndexedDB store of packages, events, poll cursor, alerts, label clicks and quarantine (db.ts + repositories).
 */
export {
  defineSetting,
  onSettingIssue,
  maskCredentials,
  credentialsSchema,
  connectionStateSetting,
  connectionReasons,
  pollSettings,
  MIN_POLL_INTERVAL_MINUTES,
  sellerProfileSchema,
  sellerProfileSetting,
  printerSchema,
  printerSetting,
  LABEL_SIZES,
  callbackSetting,
  localeSetting,
  featureSwitchesSchema,
  featureSwitchesSetting,
  ruleOverridesSetting,
  POPUP_MARKETS,
  POPUP_WEIGHT_UNITS,
  POPUP_LENGTH_UNITS,
  popupInputsSetting,
  quietHoursSchema,
  quietHoursSetting,
  retentionSchema,
  retentionSetting,
  MIN_RETENTION_DAYS,
  MAX_RETENTION_DAYS,
} from './settings';
export type {
  Setting,
  SettingIssue,
  SettingRead,
  SettingWrite,
  Credentials,
  ConnectionState,
  ConnectionStateKind,
  PollSettings,
  SellerProfile,
  PrinterSettings,
  CallbackSettings,
  LocalePreference,
  FeatureSwitchSettings,
  PopupInputs,
  QuietHours,
  RetentionSettings,
} from './settings';

export { restrictStorageToTrustedContexts } from './access-level';
export { credentialStore } from './credentials';
export type { CredentialSnapshot, CredentialStore } from './credentials';
export { DB_NAME, DB_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, LastmileDb, openDb } from './db';
export type {
  Flag,
  PackageRecord,
  EventRecord,
  PollCursorRecord,
  AlertRecord,
  LabelClickRecord,
  QuarantineRecord,
  MetaRecord,
  NoticeRecord,
} from './db';
export {
  packageKeyOf,
  upsertPackages,
  putPackages,
  getPackage,
  getPackages,
  listPackagesOfOrder,
  listWatchedOldestFirst,
  listWatchedKeysOldestFirst,
  countWatched,
  countAtRisk,
  setWatched,
  listWatchedAndRecent,
  listAtRiskPackages,
} from './packages';
export { packageAnchorAt } from './package-times';
export { finishedFactsOf, trackingValidity } from './finished-facts';
export type { FinishedFacts } from './finished-facts';
export {
  noticeIdOf,
  orderIdOfNotice,
  listNotices,
  putNotice,
  recordNoticeShown,
  deleteNotice,
  dismissNotice,
} from './notices';
export { purgeExpired } from './retention';
export type { PurgeSummary } from './retention';
export type { PackageUpsert } from './packages';
export { addEvents, addEventsOfPackages, listEvents, listEventsOfPackages, countEvents } from './events';
export type { NewEvent } from './events';
export { digestStoredEvents, renormalizeEvents, storedTrailOf } from './trail';
export {
  alertIdOf,
  raiseAlert,
  raiseAlerts,
  listUnnotifiedAlerts,
  markAlertNotified,
  listAlerts,
  countAlerts,
} from './alerts';
export type { NewAlert } from './alerts';
export { readPollCursor, writePollCursor, clearPollCursor } from './cursor';
export { recordLabelClick, getLabelClick, getLabelClicks } from './label-clicks';
export {
  quarantinePayload,
  listQuarantine,
  countQuarantine,
  QUARANTINE_PAYLOAD_CHARS,
  QUARANTINE_MAX_ROWS,
} from './quarantine';
export type { QuarantineEntry } from './quarantine';
export { readMeta, writeMeta } from './meta';
export { sidepanelTargetSetting, type SidepanelTarget } from './sidepanel-target';
export { wipeShopData } from './wipe';
