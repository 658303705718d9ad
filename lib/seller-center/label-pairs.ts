/**
 * Label:value pairs as Seller Center and its look-alikes show them: "Tracking number: X" in one text,
 * `<span>物流单号：</span><span>X</span>`, `<dt>…</dt><dd>…</dd>`, a label cell followed by a value
 * cell, `<label for>` + input. Internal to lib/seller-center.
 */
import {
  collapseSpaces,
  forEachTextNode,
  hasValueText,
  isElement,
  isOwnMarked,
  isOwnNode,
  isText,
  isTextSkipped,
  matchesAny,
  valueTextOf,
} from './dom-text';
import { labelRegexOf, labelStartRegexOf, type SelectorKey, type SellerCenterSelectors } from './selectors';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One occurrence of a label in the page. */
export interface LabelHit {
  key: SelectorKey;
  /** The text node that starts with the label. */
  node: Text;
  /** The element holding that text node. */
  element: Element;
  /** Text after the label and its colon in the same text node (separator spaces removed), may be ''. */
  rest: string;
  /** Unit written in brackets after the label ("Weight (kg)"). */
  unitHint?: string;
}

/** The value that belongs to a label. */
export interface LabelValue {
  /** Shown text, untrimmed except for the separator after a colon (callers trim as their field needs). */
  text: string;
  /** The element showing the value (deepest element holding all of it), or the form control. */
  element: Element;
  control?: FormControl;
}

/** Label entries that name a field of an order (the ones looked for in label:value pairs). */
export const FIELD_LABEL_KEYS = [
  'orderIdLabel',
  'orderStatusLabel',
  'carrierLabel',
  'trackingNumberLabel',
  'weightLabel',
  'dimensionsLabel',
  'lengthLabel',
  'widthLabel',
  'heightLabel',
  'postcodeLabel',
  'countryLabel',
] as const satisfies readonly SelectorKey[];

export type FieldLabelKey = (typeof FIELD_LABEL_KEYS)[number];

const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const NON_VALUE_INPUT_TYPES = new Set(['hidden', 'checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file']);
/** Climbing from a label to find its value stops at these: the value is never in another row or form. */
const CLIMB_STOP_TAGS = new Set([
  'TR',
  'TBODY',
  'THEAD',
  'TABLE',
  'DL',
  'FORM',
  'SECTION',
  'MAIN',
  'BODY',
  'HTML',
  'UL',
  'OL',
  'DIALOG',
]);
const CLIMB_STOP_ROLES = new Set(['row', 'rowgroup', 'table', 'grid', 'dialog', 'list', 'main', 'region']);
const MAX_CLIMB = 3;
/** Any character but HTML formatting whitespace (NBSP and zero-width count as shown). */
const VISIBLE_CHARACTER = /[^ \t\n\r\f]/;

/**
 * Every occurrence of the given field labels under `root`, in document order. Occurrences inside
 * dropdown options, tabs, buttons, column headers or navigation are ignored (they are not pairs).
 */
export function findLabelHits(
  root: ParentNode,
  selectors: SellerCenterSelectors,
  keys: readonly FieldLabelKey[] = FIELD_LABEL_KEYS,
): LabelHit[] {
  const hitAt = labelHitFinder(selectors, keys);
  const hits: LabelHit[] = [];
  forEachTextNode(root as unknown as Node, (node) => {
    const hit = hitAt(node);
    if (hit) hits.push(hit);
  });
  return hits;
}

/** The test `findLabelHits` applies to each text node: the hit it starts, or undefined. */
function labelHitFinder(
  selectors: SellerCenterSelectors,
  keys: readonly FieldLabelKey[],
): (node: Text) => LabelHit | undefined {
  const compiled = keys.map((key) => ({ key, re: labelRegexOf(selectors[key].values) }));
  // one test per text node first: most texts of a list (names, ids, products) start with no label at all
  const start = labelStartRegexOf(keys.map((key) => selectors[key].values));
  const inNonLabelContext = memoizedNonLabelContext(selectors);
  return (node) => {
    const data = node.data;
    if (!start.test(data)) return undefined;
    for (const { key, re } of compiled) {
      const m = re.exec(data);
      if (!m) continue;
      const element = node.parentElement;
      if (!element || inNonLabelContext(element)) return undefined;
      const rest = data.slice(m[0].length).replace(/^[ \t\n\r\f]+/, '');
      return { key, node, element, rest, ...(m[2] ? { unitHint: m[2].trim() } : {}) };
    }
    return undefined; // one label per text node: the longest label of the first key that matches
  };
}

/** Past this many value inputs a page is a grid of inputs: walking near each one costs as much as walking it all. */
const MAX_CONTROLS_FOR_NEAR_SEARCH = 24;

/**
 * The label hits of `findLabelHits(doc, selectors, keys)` that can lead to a value `<input>` of the
 * page, in document order (a few that cannot may be included), without walking all of the page's
 * text: on a 500-row order list the package-form search ran a whole-page walk every frame for one
 * search box (issue #5).
 * Why this misses no hit that `resolveLabelValue` can turn into an input: the value is the label's
 * own element (input inside it), the control of a `<label>` around the label text, or a sibling of the
 * text or of one of its MAX_CLIMB ancestors (input inside it). So the label text sits at most
 * MAX_CLIMB + 1 levels below an ancestor of the input, or inside a `<label>`; those places are walked.
 * Other roots than a Document, and pages with many inputs, get the plain `findLabelHits`.
 * Example: on the order detail page → the Weight / Length / Width / Height labels of the package form.
 */
export function findLabelHitsNearInputs(
  root: ParentNode,
  selectors: SellerCenterSelectors,
  keys: readonly FieldLabelKey[],
): LabelHit[] {
  const doc = root as unknown as Document;
  if (doc.nodeType !== DOCUMENT_NODE || typeof doc.getElementsByTagName !== 'function')
    return findLabelHits(root, selectors, keys);
  // every input a value can end up as: a value control, or one the (overridable) text-input selectors find
  const inputs = Array.from(doc.getElementsByTagName('input')).filter(
    (el) => isValueControl(el) || matchesAny(el, selectors.textInput.values),
  );
  if (inputs.length > MAX_CONTROLS_FOR_NEAR_SEARCH) return findLabelHits(root, selectors, keys);
  const texts = new Set<Text>();
  for (const parent of elementsNearInputs(inputs)) {
    for (let child = parent.firstChild; child; child = child.nextSibling) if (isText(child)) texts.add(child);
  }
  for (const label of labelsOfInputs(doc, inputs)) forEachTextNode(label, (t) => texts.add(t));
  const hitAt = labelHitFinder(selectors, keys);
  const hits: LabelHit[] = [];
  for (const node of [...texts].sort(documentOrder)) {
    const hit = hitAt(node);
    if (hit) hits.push(hit);
  }
  return hits;
}

const DOCUMENT_NODE = 9;

/**
 * `<label>`s whose text can lead to one of `inputs` through `controlOfLabelElement`: those with a
 * `for` (it may point at any of them) and those around one of them. Checkbox labels of a list are neither.
 */
function labelsOfInputs(doc: Document, inputs: readonly Element[]): Set<Element> {
  const labels = new Set<Element>();
  // the per-tag list, not a selector query: a list page has a checkbox label per row, and a query scans every element
  for (const label of Array.from(doc.getElementsByTagName('label')))
    if (label.hasAttribute('for') && !isOwnNode(label)) labels.add(label);
  for (const input of inputs) {
    for (let label = input.closest('label'); label; label = label.parentElement?.closest('label') ?? null)
      if (!isOwnNode(label)) labels.add(label);
  }
  return labels;
}

/** Elements whose own text children may hold a label that leads to one of `inputs` (see `findLabelHitsNearInputs`). */
function elementsNearInputs(inputs: readonly Element[]): Set<Element> {
  const depthOf = new Map<Element, number>(); // element → levels below it already covered
  const cover = (el: Element, levels: number) => {
    const known = depthOf.get(el);
    if (known !== undefined && known >= levels) return;
    depthOf.set(el, levels);
    if (levels === 0) return;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      if (!isTextSkipped(child)) cover(child, levels - 1);
  };
  for (const input of inputs) {
    const chain: Element[] = [];
    for (let el: Element | null = input; el; el = el.parentElement) chain.push(el);
    // text under a skipped element (ours, script, template…) is never walked: only chain elements above it count
    let lowest = 0;
    chain.forEach((el, i) => {
      if (isTextSkipped(el)) lowest = i + 1;
    });
    for (let i = lowest; i < chain.length; i++) cover(chain[i]!, MAX_CLIMB);
  }
  return new Set(depthOf.keys());
}

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING = 4
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/**
 * `closestAny(el, nonLabelContext) !== null`, remembering the answer per element: the labels of a list
 * share all their ancestors above the row, so each ancestor is matched once instead of once per label.
 */
function memoizedNonLabelContext(selectors: SellerCenterSelectors): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const test = (el: Element): boolean => {
    let answer = known.get(el);
    if (answer === undefined) {
      const parent = el.parentElement;
      answer = matchesAny(el, selectors.nonLabelContext.values) || (parent ? test(parent) : false);
      known.set(el, answer);
    }
    return answer;
  };
  return test;
}

/**
 * The value that belongs to a label occurrence, or undefined when the label stands alone (empty
 * value, next thing is another label or a button). `boundary` is never climbed past.
 */
export function resolveLabelValue(
  hit: LabelHit,
  selectors: SellerCenterSelectors,
  allLabelKeys: readonly SelectorKey[] = FIELD_LABEL_KEYS,
  boundary?: Node,
): LabelValue | undefined {
  if (/\S/.test(hit.rest)) return { text: hit.rest, element: hit.element };
  const forControl = controlOfLabelElement(hit.element);
  if (forControl) return { text: controlValue(forControl), element: forControl, control: forControl };
  let node: Node = hit.node;
  for (let depth = 0; depth <= MAX_CLIMB; depth++) {
    const sibling = nextMeaningfulSibling(node, selectors);
    if (sibling) return valueFromNode(sibling, selectors, allLabelKeys);
    const parent: Element | null = node.parentElement;
    if (!parent || parent === boundary || isClimbStop(parent)) return undefined;
    if (depth === MAX_CLIMB) return undefined;
    node = parent;
  }
  return undefined;
}

function isClimbStop(el: Element): boolean {
  if (CLIMB_STOP_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return role !== null && CLIMB_STOP_ROLES.has(role);
}

/** `<label for=id>` or a `<label>` wrapping its control. */
function controlOfLabelElement(element: Element): FormControl | undefined {
  const label = element.closest('label');
  if (!label) return undefined;
  const id = label.getAttribute('for');
  if (id) {
    const doc = label.ownerDocument;
    const target = doc?.getElementById(id) ?? findById(label, id);
    if (target && isValueControl(target)) return target as FormControl;
  }
  const inner = Array.from(label.querySelectorAll('input, select, textarea')).filter(isValueControl);
  return inner.length === 1 ? (inner[0] as FormControl) : undefined;
}

function findById(from: Element, id: string): Element | null {
  let top: Element = from;
  while (top.parentElement) top = top.parentElement;
  try {
    return top.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
  } catch {
    return null;
  }
}

/** An input, select or textarea that holds a value (not a checkbox, button, file or hidden input). */
export function isValueControl(el: Element): boolean {
  if (!CONTROL_TAGS.has(el.tagName)) return false;
  if (el.tagName !== 'INPUT') return true;
  return !NON_VALUE_INPUT_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
}

/** A control's value exactly as held: input/textarea verbatim, select = the selected option's text. */
export function controlValue(control: FormControl): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return option ? option.text : select.value;
  }
  return (control as HTMLInputElement).value ?? '';
}

function nextMeaningfulSibling(node: Node, selectors: SellerCenterSelectors): Node | undefined {
  for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
    if (isText(sib)) {
      // a lone colon between label and value is a separator ("<span>物流承运商</span>：<span>…")
      if (/^[\s:：]*$/.test(sib.data)) continue;
      return sib;
    }
    if (!isElement(sib) || isOwnMarked(sib)) continue; // a sibling of a page node is ours only if marked
    if (isDecoration(sib, selectors) || isSeparator(sib)) continue;
    return sib;
  }
  return undefined;
}

/** `<span>：</span>` between a label and its value. */
function isSeparator(el: Element): boolean {
  const text = valueTextOf(el);
  return /[:：]/.test(text) && /^[\s:：]*$/.test(text) && !el.querySelector('input, select, textarea');
}

function isDecoration(el: Element, selectors: SellerCenterSelectors): boolean {
  if (matchesAny(el, selectors.decoration.values)) return !/\S/.test(el.textContent ?? '');
  if (/\S/.test(valueTextOf(el)) || el.querySelector('input, select, textarea')) return false;
  // an empty element holding only an icon (info / copy) is decoration; an empty <dd> or cell is an empty value
  return el.querySelector(selectors.decoration.values.join(',')) !== null;
}

function valueFromNode(
  node: Node,
  selectors: SellerCenterSelectors,
  allLabelKeys: readonly SelectorKey[],
): LabelValue | undefined {
  if (isText(node)) {
    const element = node.parentElement;
    if (!element) return undefined;
    return { text: node.data.replace(/^[ \t\n\r\f]+/, ''), element };
  }
  if (!isElement(node)) return undefined;
  if (node.tagName === 'BUTTON' || node.getAttribute('role') === 'button') return undefined;
  if (startsWithAnyLabel(node, selectors, allLabelKeys)) return undefined;
  if (isValueControl(node))
    return { text: controlValue(node as FormControl), element: node, control: node as FormControl };
  // a leaf (the id span, a status tag) holds no control: no query needed
  const controls = node.firstElementChild
    ? Array.from(node.querySelectorAll('input, select, textarea')).filter((c) => isValueControl(c) && !isOwnNode(c))
    : [];
  if (controls.length === 1) {
    // an input with its unit suffix ("850" + "g"): the input is the value
    const control = controls[0] as FormControl;
    return { text: controlValue(control), element: control, control };
  }
  const element = descendToValueElement(node);
  return { text: valueTextOf(element), element };
}

function startsWithAnyLabel(el: Element, selectors: SellerCenterSelectors, keys: readonly SelectorKey[]): boolean {
  const first = firstTextPiece(el);
  if (!first || !labelStartOf(selectors, keys).test(first)) return false;
  return keys.some((key) => {
    const entry = selectors[key];
    return entry.match === 'label' && labelRegexOf(entry.values).test(first);
  });
}

const labelStarts = new WeakMap<SellerCenterSelectors, WeakMap<readonly SelectorKey[], RegExp>>();

/** `labelStartRegexOf` of the label entries among `keys`, remembered per selector table and key list (asked once per value). */
function labelStartOf(selectors: SellerCenterSelectors, keys: readonly SelectorKey[]): RegExp {
  let byKeys = labelStarts.get(selectors);
  if (!byKeys) labelStarts.set(selectors, (byKeys = new WeakMap()));
  let re = byKeys.get(keys);
  if (!re) {
    re = labelStartRegexOf(keys.filter((key) => selectors[key].match === 'label').map((key) => selectors[key].values));
    byKeys.set(keys, re);
  }
  return re;
}

function firstTextPiece(el: Element): string | undefined {
  let found: string | undefined;
  forEachTextNode(el, (t) => {
    if (found === undefined && /\S/.test(t.data)) found = t.data;
  });
  return found;
}

/**
 * The deepest element that still holds all of the value's visible text: `<td><span>X</span></td>` →
 * the span. Stops where text is split over several children (then the parent holds the value).
 * "Visible" here keeps NBSP and zero-width characters: a lone `&#x200B;` next to a span is content.
 */
export function descendToValueElement(start: Element): Element {
  let current = start;
  for (;;) {
    let only: Element | undefined;
    for (let child = current.firstChild; child; child = child.nextSibling) {
      if (isText(child)) {
        if (VISIBLE_CHARACTER.test(child.data)) return current; // text directly here: stop
        continue;
      }
      if (
        !isElement(child) ||
        isOwnMarked(child) ||
        child.tagName === 'BUTTON' ||
        child.tagName.toLowerCase() === 'svg'
      )
        continue;
      // visible text first (stops at the first visible character); the control search only for empty children
      if (
        !hasValueText(child, VISIBLE_CHARACTER) &&
        !CONTROL_TAGS.has(child.tagName) &&
        child.querySelector('input, select, textarea') === null
      )
        continue;
      if (only) return current; // a second child with content: the value is split here
      only = child;
    }
    if (!only) return current;
    current = only;
  }
}

/** The displayed value of a label, whitespace collapsed (for carrier names, statuses, postcodes). */
export function displayTextOf(value: LabelValue): string {
  return collapseSpaces(value.text);
}
