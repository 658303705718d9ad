/**
 * lib/signals — the in-page signal policy: which hints a row gets (an observed defect or a deadline
 * risk, one hint per problem), and the page summary's counts. Pure: time and switches are arguments.
 */
export { isActionableFinding, rowSignals, SEED_FIRST_SCAN_HOURS } from './policy';
export { summarizeSignals, SUMMARY_GROUPS } from './summary';
export { formatSpan, groupLabel, problemTitle, signalTexts, summaryLead } from './messages';
export { ALL_FEATURES_ON } from './types';
export type {
  FeatureSwitches,
  FindingSeverity,
  OrderStage,
  PageSummary,
  Problem,
  ProblemCode,
  ProblemTone,
  RowFacts,
  RowSignals,
  SignalHintKind,
  SignalOptions,
  SummaryGroup,
} from './types';
export { checkShownWaybill, rowFactsOf, stageOf, waybillDefects, type DeadlineFacts } from './row-facts';
