/**
 * Seller Center's own controls that features attach to: label-printing buttons, the bulk tracking
 * upload, and the page language.
 */
import { closestAny, collapseSpaces, forEachTextNode, hasHan, queryAll, textOf } from './dom-text';
import {
  containsPhrase,
  defaultSellerCenterSelectors,
  labelRegexOf,
  wholeLabelMatchLength,
  type SelectorKey,
  type SellerCenterSelectors,
} from './selectors';

/** Containers that scope a file input on a page without a dialog (the bulk-upload page). */
const UPLOAD_SECTION_SELECTORS = [
  'form',
  'section',
  'fieldset',
  '[role="region"]',
  '[role="group"]',
  'main',
  '[role="main"]',
];
const UPLOAD_SECTION_MAX_LEVELS = 4;

/**
 * File inputs of the bulk tracking upload: inside a dialog whose title or text is about tracking
 * numbers ("Upload tracking numbers", "批量上传物流单号"), or, without a dialog, inside the nearest
 * section/form that is. Unrelated uploads (product images, avatars) are left out.
 * Example: with the "Upload tracking numbers" modal open → `[<input type="file" accept=".xlsx,.xls,.csv">]`.
 */
export function findTrackingUploadInputs(
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): HTMLInputElement[] {
  return queryAll(root, selectors.fileInput.values).filter((input): input is HTMLInputElement => {
    if (input.tagName !== 'INPUT') return false;
    const context = closestAny(input, selectors.dialog.values) ?? uploadSectionOf(input);
    return !!context && isAboutTracking(context, selectors);
  });
}

function uploadSectionOf(input: Element): Element | null {
  let cur: Element | null = input.parentElement;
  for (let level = 0; cur && level < UPLOAD_SECTION_MAX_LEVELS; level++) {
    if (UPLOAD_SECTION_SELECTORS.some((s) => cur!.matches(s))) return cur;
    if (!cur.parentElement || cur.parentElement.tagName === 'BODY') return cur;
    cur = cur.parentElement;
  }
  return cur;
}

function isAboutTracking(context: Element, selectors: SellerCenterSelectors): boolean {
  const phrases = selectors.trackingUploadPhrase.values;
  const names = [context.getAttribute('aria-label') ?? '', textOf(context)];
  for (const id of (context.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const title = id ? context.ownerDocument?.getElementById(id) : null;
    if (title) names.push(textOf(title));
  }
  return names.some((name) => containsPhrase(collapseSpaces(name), phrases));
}

/**
 * Label-printing buttons ("Print label", "Print", "Purchase and print", "打印面单", "打印"), matched
 * on their whole caption or aria-label; "Printing History" and "Recreate label" are not.
 * Example: on an order list → one element per order row that offers printing.
 */
export function findPrintLabelButtons(
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): Element[] {
  return findButtonsByCaption(root, selectors, 'printLabelButton');
}

/**
 * The bulk "Upload" / "上传" buttons that open the tracking upload, matched on their whole caption.
 * Example: on the order list toolbar → `[<button><span>Upload</span></button>]`.
 */
export function findUploadButtons(
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): Element[] {
  return findButtonsByCaption(root, selectors, 'uploadButton');
}

function findButtonsByCaption(root: ParentNode, selectors: SellerCenterSelectors, key: SelectorKey): Element[] {
  const captions = selectors[key].values;
  const verdicts = new Map<string, boolean>(); // a list repeats the same few captions on every row
  const matched = queryAll(root, selectors.button.values).filter((button) => {
    const caption =
      collapseSpaces(textOf(button)) || button.getAttribute('aria-label') || (button as HTMLInputElement).value || '';
    let verdict = verdicts.get(caption);
    if (verdict === undefined) verdicts.set(caption, (verdict = wholeCaptionMatches(caption, captions)));
    return verdict;
  });
  // a button nested in a matched button (span role=button inside button) is the same control;
  // found by walking up from each, not by comparing every pair (a list has a print button per row)
  const matchedSet = new Set(matched);
  return matched.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (matchedSet.has(up)) return false;
    return true;
  });
}

/** The caption is the label, optionally followed by a count ("Print label (3)"). */
function wholeCaptionMatches(caption: string, captions: readonly string[]): boolean {
  const t = collapseSpaces(caption).replace(/\s*[(（]?\d+[)）]?$/, '');
  if (!t) return false;
  const length = wholeLabelMatchLength(t, captions);
  return length > 0 && length === t.toLowerCase().length;
}

/**
 * The language Seller Center is showing: the labels it uses decide (Chinese labels such as 订单号 /
 * 物流单号 vs English ones), then `<html lang>`, then the share of Chinese characters in the text.
 * Example: a page with `<html lang="zh-CN">` and 待发货 tabs → `'zh'`.
 */
export function detectPageLanguage(
  doc: Document | Element,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): 'en' | 'zh' {
  const votes = countLabelLanguages(doc, selectors);
  if (votes.zh !== votes.en) return votes.zh > votes.en ? 'zh' : 'en';
  const lang = languageAttribute(doc);
  if (lang) return /^zh\b/i.test(lang) ? 'zh' : 'en';
  return hanShare(doc) ? 'zh' : 'en';
}

function countLabelLanguages(doc: Document | Element, selectors: SellerCenterSelectors): { en: number; zh: number } {
  const votes = { en: 0, zh: 0 };
  const regexes: Array<{ zh: boolean; re: RegExp }> = [];
  for (const entry of Object.values(selectors)) {
    if (entry.match !== 'label') continue;
    const zh = entry.values.filter(hasHan);
    const en = entry.values.filter((v) => !hasHan(v) && /\p{L}{2,}/u.test(v));
    if (zh.length) regexes.push({ zh: true, re: labelRegexOf(zh) });
    if (en.length) regexes.push({ zh: false, re: labelRegexOf(en) });
  }
  forEachTextNode(doc as unknown as Node, (t) => {
    if (!/\S/.test(t.data)) return;
    for (const { zh, re } of regexes) {
      if (re.test(t.data)) {
        votes[zh ? 'zh' : 'en']++;
        return;
      }
    }
  });
  return votes;
}

function languageAttribute(doc: Document | Element): string | undefined {
  const el = 'documentElement' in doc ? doc.documentElement : doc.closest('[lang]');
  const lang = el?.getAttribute('lang')?.trim();
  return lang || undefined;
}

/** More than a quarter as many Han characters as Latin letters: Chinese text is dense. */
function hanShare(doc: Document | Element): boolean {
  const text = textOf(doc as unknown as Node).slice(0, 50_000);
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han > 0 && han * 4 >= latin;
}
