/**
 * lib/diagnostics — "label printed but the order still shows Pending Shipment": ranked findings with
 * evidence and fixes in English and Chinese, and a support-ticket summary. Pure: time and rule pack
 * are arguments.
 */
export { diagnosePendingShipment } from './diagnose';
export { rankFindings, scoreFinding, topFinding } from './rank';
export { formatDuration, formatTimestamp } from './format';
export { summarizeForTicket } from './summarize';
export { classifyOrderStatus, isStillPending } from './order-status';
export { compareCallbackUrl, readHostPath, type CallbackComparison } from './callback-url';
export {
  FINDING_MESSAGES,
  ORDER_STATUS_TEXTS,
  PHRASES,
  SEVERITY_TEXTS,
  rankingNote,
  type FindingTemplate,
} from './messages';
export {
  FINDING_CODES,
  LABEL_CREATED_SOURCES,
  ORDER_STATUSES,
  SEVERITIES,
  type DiagnosisFacts,
  type Evidence,
  type Finding,
  type FindingCode,
  type LabelCreatedSource,
  type OrderStatus,
  type RawOrNormalizedEvents,
  type Severity,
  type UnscoredFinding,
} from './types';
