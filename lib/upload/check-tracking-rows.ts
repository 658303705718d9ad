import { fillLocalized, type Localized } from '@/lib/i18n';
import { uploadMessages as m } from '@/lib/i18n/upload-messages';
import { checkWaybill, type WaybillCheck, type WaybillIssue } from '@/lib/waybill';
import type {
  CertainFix,
  CheckTrackingRowsOptions,
  NeedsHumanRow,
  TrackingRowResult,
  TrackingTemplateRow,
  TrackingUploadSummary,
  UploadCheckHooks,
  UploadIssueCode,
  UploadRowIssue,
} from './types';

/**
 * Character classes whose cleaning is certain (see README "Certain fixes"): removing spaces, line
 * breaks and invisible characters, and full-width → ASCII, never change which number is meant.
 * `lowercase` is certain only when the carrier is known (every carrier format we know is `[0-9A-Z]`,
 * ref:carriers-and-labels#0); CJK text, brackets, hyphens and accented letters always need a person.
 */
const CERTAIN_CODES: ReadonlySet<UploadIssueCode> = new Set(['whitespace', 'zero-width', 'fullwidth', 'lowercase']);

/** Excel keeps 15 significant digits of a number; anything longer (or in E-notation) lost digits. */
const MAX_EXACT_DIGITS = 15;
const SCIENTIFIC = /^\s*\d+(?:\.\d+)?[eE]\+?\d+\s*$/;

/**
 * True when a value that went through a number cell cannot be the digits the seller typed: written in
 * E-notation, with a fraction, or with more than 15 significant digits.
 * Example: `hasLostDigits('9.4001112062064063E+21') === true`, `hasLostDigits('986578788855') === false`.
 */
export function hasLostDigits(stored: string): boolean {
  const text = stored.trim();
  if (SCIENTIFIC.test(text)) return true;
  if (!/^\d+$/.test(text)) return /^\d*\.\d+$/.test(text);
  return text.replace(/^0+/, '').length > MAX_EXACT_DIGITS;
}

function lostDigitsIssue(column: 'orderId' | 'tracking', value: string): UploadRowIssue {
  const name = column === 'orderId' ? m.columnOrderId : m.columnTracking;
  const fill = (locale: 'en' | 'zh') =>
    fillLocalized(m.issueNumberLostDigits, { column: name[locale], value: value.trim() })[locale];
  return {
    code: 'number-lost-digits',
    severity: 'error',
    column,
    text: { en: fill('en'), zh: fill('zh') },
    source: 'ref:seller-center#5',
  };
}

/**
 * Equal texts shared by one object: lib/waybill builds each sentence anew per number, and 200,000
 * rows each keeping their own copy of "Format not verifiable: …" cost ~100 MB and seconds of GC.
 * Keyed by the English text, then the Chinese one (no joined key string per row).
 */
type TextPool = Map<string, Map<string, Localized>>;

function pooled(pool: TextPool, text: Localized): Localized {
  let byZh = pool.get(text.en);
  if (!byZh) pool.set(text.en, (byZh = new Map()));
  const known = byZh.get(text.zh);
  if (known) return known;
  byZh.set(text.zh, text);
  return text;
}

function fromWaybillIssue(issue: WaybillIssue, pool: TextPool): UploadRowIssue {
  const out: UploadRowIssue = {
    code: issue.code,
    severity: issue.severity,
    column: 'tracking',
    text: pooled(pool, issue.text),
    source: issue.source,
  };
  if (issue.fix) out.fix = pooled(pool, issue.fix);
  return out;
}

const isDefect = (issue: UploadRowIssue) => issue.severity === 'error' || issue.severity === 'warning';

/** The certain cleaning of a row's number, or undefined when any part of it needs a person. */
function certainFixOf(row: TrackingTemplateRow, check: WaybillCheck): CertainFix | undefined {
  if (row.stored.tracking !== 'text' || !check.needsCleaning || !check.fixIsCertain || !check.normalized)
    return undefined;
  // Over 50 odd characters in one cell is not a stray space: a person should look at it.
  if (check.omittedIssueCount > 0) return undefined;
  const characterCodes = check.issues.filter((i) => i.index !== undefined).map((i) => i.code as UploadIssueCode);
  if (!characterCodes.every((code) => CERTAIN_CODES.has(code))) return undefined;
  if (characterCodes.includes('lowercase') && !check.requestedCarrier && !check.carrier) return undefined;
  return {
    row: row.row,
    column: row.trackingColumn,
    from: row.tracking,
    to: check.normalized,
    codes: [...new Set(characterCodes)],
  };
}

function checkOneRow(row: TrackingTemplateRow, market: string | undefined, pool: TextPool): TrackingRowResult {
  const issues: UploadRowIssue[] = [];
  if (row.stored.orderId === 'number' && hasLostDigits(row.orderId))
    issues.push(lostDigitsIssue('orderId', row.orderId));
  if (!row.orderId) {
    issues.push({
      code: 'missing-order-id',
      severity: 'error',
      column: 'orderId',
      text: m.issueMissingOrderId,
      source: 'ref:seller-center#5',
    });
  }
  const base: TrackingRowResult = {
    row: row.row,
    orderId: row.orderId,
    raw: row.tracking,
    provider: row.provider,
    issues,
    defective: false,
  };
  // A number cell (or a CSV that Excel saved in E-notation) that lost digits cannot be checked: the digits are gone.
  if ((row.stored.tracking === 'number' || SCIENTIFIC.test(row.tracking)) && hasLostDigits(row.tracking)) {
    issues.push(lostDigitsIssue('tracking', row.tracking));
    base.defective = true;
    return base;
  }
  const check = checkWaybill(row.tracking, {
    ...(row.provider ? { carrier: row.provider } : {}),
    ...(market ? { market } : {}),
  });
  for (const issue of check.issues) issues.push(fromWaybillIssue(issue, pool));
  base.normalized = check.normalized;
  base.defective = issues.some(isDefect);
  const fix = certainFixOf(row, check);
  if (fix) base.fix = fix;
  return base;
}

/** Row numbers or order IDs named in an issue's text, at most 10: a number shared by 50,000 rows must not make a 1 MB sentence. */
const LISTED_IN_TEXT = 10;

function listInText(items: readonly (string | number)[]): string {
  if (items.length <= LISTED_IN_TEXT) return items.join(', ');
  return `${items.slice(0, LISTED_IN_TEXT).join(', ')} … (${items.length})`;
}

/**
 * Rows grouped by `keyOf`, keeping only the groups of two or more rows. Most keys occur once, so a
 * group's list is only made when its second row arrives (200,000 one-row arrays cost seconds of GC).
 */
function repeatedGroups(
  results: readonly TrackingRowResult[],
  keyOf: (r: TrackingRowResult) => string | undefined,
): Map<string, TrackingRowResult[]> {
  const first = new Map<string, TrackingRowResult>();
  const groups = new Map<string, TrackingRowResult[]>();
  for (const r of results) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(r);
    else {
      const earlier = first.get(key);
      if (earlier) groups.set(key, [earlier, r]);
      else first.set(key, r);
    }
  }
  return groups;
}

/**
 * Same number on two different orders (after cleaning): a warning on every row involved (seed:S28).
 * Grouped with maps, linear in the rows, whatever the number of repeats.
 */
function addDuplicateIssues(results: TrackingRowResult[]) {
  const orderOf = (r: TrackingRowResult) => r.orderId || `row ${r.row}`;
  const byNumber = repeatedGroups(results, (r) => (r.normalized && r.raw ? r.normalized : undefined));
  for (const [number, members] of byNumber) {
    const orders = new Set(members.map(orderOf));
    if (orders.size < 2) continue;
    const text = fillLocalized(m.issueDuplicate, {
      number,
      orders: listInText([...orders]),
      rows: listInText(members.map((r) => r.row)),
    });
    for (const r of members) {
      r.issues.push({
        code: 'duplicate',
        severity: 'warning',
        column: 'tracking',
        text,
        fix: m.fixDuplicate,
        source: 'seed:S28',
      });
      r.defective = true;
    }
  }
}

/** One order with several different numbers: split orders cannot be uploaded in bulk (ref:seller-center#5). */
function addSplitOrderIssues(results: TrackingRowResult[]) {
  const byOrder = repeatedGroups(results, (r) => (r.orderId && r.normalized ? r.orderId : undefined));
  for (const [orderId, members] of byOrder) {
    const numbers = new Set(members.map((r) => r.normalized));
    if (numbers.size < 2) continue;
    const text = fillLocalized(m.issueSplitOrder, {
      order: orderId,
      count: numbers.size,
      rows: listInText(members.map((r) => r.row)),
    });
    for (const r of members) {
      r.issues.push({
        code: 'split-order',
        severity: 'warning',
        column: 'tracking',
        text,
        source: 'ref:seller-center#5',
      });
      r.defective = true;
    }
  }
}

function addRow(map: Partial<Record<UploadIssueCode, number[]>>, code: UploadIssueCode, row: number) {
  const rows = (map[code] ??= []);
  if (rows[rows.length - 1] !== row) rows.push(row);
}

/**
 * Checks every row of a tracking-upload template: each number against its row's carrier with
 * `checkWaybill` (lib/waybill), numbers shared by several orders (`findDuplicateWaybills`), orders
 * with several numbers (split orders cannot be bulk-uploaded), missing order IDs and number cells
 * that lost digits in Excel. Returns the summary: row counts, error/warning codes → row numbers,
 * the certain fixes (whitespace, invisible, full-width; lowercase when the carrier is known) and the
 * rows that need a person, with the problems left after those fixes. Pure; never throws.
 * Example: rows `[{ row: 2, orderId: '577…', tracking: '9400 1112 0620 6406 2607 87', provider: 'USPS', … }]`
 * → `{ rows: 1, ok: 0, defective: 1, byClass: { whitespace: [2] },
 *      certainFixes: [{ row: 2, from: '9400 1112 …', to: '9400111206206406260787', … }], needsHuman: [] }`.
 */
export function checkTrackingRows(
  rows: readonly TrackingTemplateRow[],
  opts: CheckTrackingRowsOptions = {},
): TrackingUploadSummary {
  const steps = checkSteps(rows, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `checkTrackingRows` in slices of rows, awaiting `hooks.onProgress` between them (for files of 100,000s of rows). */
export async function checkTrackingRowsInSteps(
  rows: readonly TrackingTemplateRow[],
  opts: CheckTrackingRowsOptions,
  hooks: UploadCheckHooks,
): Promise<TrackingUploadSummary> {
  const steps = checkSteps(rows, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await hooks.onProgress?.({ phase: 'checking', fraction: step.value });
  }
}

const ROWS_PER_STEP = 4096;

/** The check as a generator: yields the fraction done after each slice of rows, returns the summary. */
function* checkSteps(
  rows: readonly TrackingTemplateRow[],
  opts: CheckTrackingRowsOptions,
): Generator<number, TrackingUploadSummary> {
  const list = Array.isArray(rows) ? rows : [];
  const market = typeof opts?.market === 'string' ? opts.market : undefined;
  const results: TrackingRowResult[] = [];
  const pool: TextPool = new Map();
  for (const row of list) {
    results.push(checkOneRow(row, market, pool));
    if (results.length % ROWS_PER_STEP === 0) yield results.length / list.length;
  }
  addDuplicateIssues(results);
  addSplitOrderIssues(results);

  const byClass: TrackingUploadSummary['byClass'] = {};
  const notes: TrackingUploadSummary['notes'] = {};
  const certainFixes: CertainFix[] = [];
  const needsHuman: NeedsHumanRow[] = [];
  let defective = 0;
  for (const r of results) {
    if (r.defective) defective++;
    for (const issue of r.issues) addRow(isDefect(issue) ? byClass : notes, issue.code, r.row);
    if (r.fix) certainFixes.push(r.fix);
    // A row with no error or warning leaves nothing for a person (most rows: no per-row sets here).
    if (!r.defective) continue;
    const fixed = new Set<UploadIssueCode>(r.fix?.codes ?? []);
    const left = r.issues.filter((issue) => isDefect(issue) && !(issue.column === 'tracking' && fixed.has(issue.code)));
    if (left.length)
      needsHuman.push({ row: r.row, orderId: r.orderId, raw: r.raw, issues: left, partlyFixed: !!r.fix });
  }
  return {
    rows: results.length,
    ok: results.length - defective,
    defective,
    byClass,
    notes,
    certainFixes,
    needsHuman,
    results,
  };
}
