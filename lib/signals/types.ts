/** Which in-page hint kinds exist (the DOM contract's `data-lml` values, plus the summary). */
export type SignalHintKind = 'waybill-warning' | 'ship-by-deadline' | 'pending-diagnosis';

/** What a row can need the seller to act on now. Anything else stays in the side panel. */
export type ProblemCode =
  | 'waybill-malformed'
  | 'waybill-duplicate'
  | 'waybill-wrong-carrier'
  | 'ship-by-overdue'
  | 'ship-by-4h'
  | 'ship-by-12h'
  | 'ship-by-24h'
  | 'collection-overdue'
  | 'first-scan-overdue'
  | 'diagnosis';

export type ProblemTone = 'critical' | 'high' | 'medium';

export interface Problem {
  code: ProblemCode;
  tone: ProblemTone;
  /** The hint kind that shows it (one hint per problem). */
  hint: SignalHintKind;
  /** Deadline problems: the deadline (epoch ms) and where it came from. */
  dueAt?: number;
  dueSource?: 'api' | 'page' | 'seed';
  /** `diagnosis`: the diagnostics finding code. */
  findingCode?: string;
}

/** Per-feature switches (Options → In-page hints). Off = the feature neither shows nor counts. */
export interface FeatureSwitches {
  waybillWarnings: boolean;
  deadlines: boolean;
  carrierBadges: boolean;
  feeEstimate: boolean;
  diagnosis: boolean;
  uploadCheck: boolean;
}

export const ALL_FEATURES_ON: Readonly<FeatureSwitches> = Object.freeze({
  waybillWarnings: true,
  deadlines: true,
  carrierBadges: true,
  feeEstimate: true,
  diagnosis: true,
  uploadCheck: true,
});

/** Where an order is in fulfilment, as the page or the API says. */
export type OrderStage = 'awaiting-shipment' | 'awaiting-collection' | 'in-transit' | 'closed' | 'unknown';

/** Diagnostics severities (lib/diagnostics), as the enrichment answer carries them. */
export type FindingSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info' | 'unknown';

/** Everything the policy reads about one order: from the page row, its waybill check and the background. */
export interface RowFacts {
  orderId: string;
  stage: OrderStage;
  /** A shipping label exists: a waybill is shown, or the API / a print click says so. */
  labelled: boolean;
  /** Waybill defects observed (lib/waybill issue severities `error`/`warning`, already classified). */
  waybill?: { malformed: boolean; wrongCarrier: boolean };
  /** Other orders of the list showing the same waybill number. */
  duplicateOf?: readonly string[];
  /** Ship-by deadline (epoch ms): the API's `rts_sla_time` when connected, else the page's own. */
  shipByAt?: number;
  shipBySource?: 'api' | 'page';
  /** Collection deadline (`tts_sla_time`) when the API gives it. */
  collectByAt?: number;
  labelCreatedAt?: number;
  firstScanAt?: number;
  /** The top Pending-Shipment finding of a stuck order, when the background diagnosed it. */
  diagnosis?: { code: string; severity: FindingSeverity };
}

export interface SignalOptions {
  now: number;
  features: FeatureSwitches;
  /** The seed's first-scan window after label creation (S7/S27); 4 h unless the rule pack says otherwise. */
  firstScanHours?: number;
}

/** The policy's answer for one row. */
export interface RowSignals {
  orderId: string;
  /** Every problem of the row, worst first, each once. */
  problems: Problem[];
  /** The waybill problem the tracking-cell warning shows (duplicate / malformed / wrong carrier). */
  waybill?: Problem;
  /**
   * The row-level chip: the worst non-waybill problem, shown by the host of its kind, with the
   * other row-level problems behind "+N" (detail on demand).
   */
  chip?: { kind: Exclude<SignalHintKind, 'waybill-warning'>; worst: Problem; others: Problem[] };
  /** The eligibility badge: only where a carrier choice is still open (no label yet, awaiting shipment). */
  carrierBadge: boolean;
}

/** The page summary's count groups, in display order. */
export type SummaryGroup =
  | 'waybill'
  | 'ship-by-overdue'
  | 'ship-by-4h'
  | 'ship-by-12h'
  | 'ship-by-24h'
  | 'collection-overdue'
  | 'first-scan-overdue'
  | 'diagnosis';

export interface PageSummary {
  /** Rows whose signals were computed (every row of the list the extension could read). */
  checked: number;
  /** The list's own total, when the page states it (may exceed `checked`: pages not loaded yet). */
  total?: number;
  /** Per group, the order ids in it (list order); only groups with at least one row. */
  groups: Array<{ group: SummaryGroup; orderIds: string[] }>;
  /** Rows with at least one problem. */
  problemRows: number;
}
