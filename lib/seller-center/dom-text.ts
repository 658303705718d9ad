/**
 * Low-level DOM reading shared by page detection helpers and extraction: walking text while skipping
 * our own injected nodes, the "exact text shown" rule for waybills, and selector queries that never
 * throw. Internal to lib/seller-center (not exported from the index).
 */

/** The attribute our own injected hosts carry; nothing under them is Seller Center's. */
const OWN_MARKER_ATTRIBUTE = 'data-lml';
/** Our own injected hosts carry `data-lml`; nothing under them is Seller Center's. */
export const OWN_MARKER_SELECTOR = `[${OWN_MARKER_ATTRIBUTE}]`;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

/** Elements whose text is never shown as page content. */
const HIDDEN_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Elements that are never part of a value's text (icons, action buttons next to a value). */
const NON_VALUE_TAGS = new Set(['BUTTON', 'SVG', 'svg']);

/** Type guard for element nodes (no reliance on the page's `Node` global). */
export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Type guard for text nodes. */
export function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === TEXT_NODE;
}

/** True when the node is one of ours (`[data-lml]` or inside one). */
export function isOwnNode(node: Node | null | undefined): boolean {
  const element = isElement(node) ? node : node?.parentElement;
  if (!element) return false;
  try {
    return element.closest(OWN_MARKER_SELECTOR) !== null;
  } catch {
    return false;
  }
}

/**
 * Whether an element carries our marker itself. For a child (or sibling) of an element known not to
 * be ours this is the same answer as `isOwnNode`, without walking every ancestor: reading a 500-row
 * list asks it for thousands of cells (issue #5).
 * Example: `isOwnMarked(document.querySelector('lml-hint[data-lml]')!) === true`.
 */
export function isOwnMarked(el: Element): boolean {
  return el.hasAttribute(OWN_MARKER_ATTRIBUTE);
}

/** The element to start from for a root that may be a Document, an Element or a fragment. */
export function rootElementOf(root: ParentNode): Element | null {
  const node = root as unknown as Node;
  if (node.nodeType === DOCUMENT_NODE) {
    const doc = node as Document;
    return doc.body ?? doc.documentElement;
  }
  return isElement(node) ? node : null;
}

/** `whatToShow` of TreeWalkers (NodeFilter.SHOW_ELEMENT, NodeFilter.SHOW_TEXT). */
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
/** Above this many child elements a subtree counts as big for `walkText` (a list, a page section, the page). */
const BIG_SUBTREE_CHILDREN = 8;
/** What every text walk leaves out, as a selector (the same as `isTextSkipped`). */
const SKIPPED_SELECTOR = `script,style,template,noscript,${OWN_MARKER_SELECTOR}`;

/**
 * Whether text walks leave this element's subtree out: ours (`[data-lml]`), script, style, template, noscript.
 * Example: `isTextSkipped(document.createElement('style')) === true`.
 */
export function isTextSkipped(el: Element): boolean {
  return HIDDEN_TEXT_TAGS.has(el.tagName) || el.hasAttribute(OWN_MARKER_ATTRIBUTE);
}

/** Subtrees a walk leaves out besides the usual ones: as a selector and as the same test per element. */
interface TextSkip {
  selector: string;
  test: (el: Element) => boolean;
}

/** Buttons, icons and `role=button` next to a value (copy, edit) are not part of it. */
const NON_VALUE_SKIP: TextSkip = {
  selector: 'button,svg,[role="button"]',
  test: (el) => NON_VALUE_TAGS.has(el.tagName) || el.getAttribute('role') === 'button',
};
/** Buttons and icons are not part of a display text. */
const BUTTON_ICON_SKIP: TextSkip = { selector: 'button,svg', test: (el) => NON_VALUE_TAGS.has(el.tagName) };

/**
 * Calls `visit` for every text node under `root` in document order, skipping our own `[data-lml]`
 * subtrees and script/style/template/noscript. `skipElement` may prune further subtrees.
 * Example: `forEachTextNode(cell, (t) => parts.push(t.data))`.
 */
export function forEachTextNode(root: Node, visit: (text: Text) => void, skipElement?: (el: Element) => boolean): void {
  walkText(
    root,
    (t) => {
      visit(t);
      return false;
    },
    skipElement ? { selector: '', test: skipElement } : undefined,
  );
}

/**
 * The walk behind every text reading, stopping early when `visit` returns true.
 * Reading a 500-row list walks the page's text every frame (issue #5), so: a leaf's text children
 * directly; a small subtree (a cell, a button) by plain recursion; a big one (a list, the page) with
 * the engine's TreeWalker, over text nodes only when no skipped element holds an element (our hint
 * hosts keep their content in a shadow root; scripts and styles hold only text) so that skipping is
 * one Set lookup per text, else over elements and text, pruning skipped subtrees.
 */
function walkText(root: Node, visit: (text: Text) => boolean, skip?: TextSkip): void {
  if (isText(root)) {
    visit(root);
    return;
  }
  if (isElement(root) && isTextSkipped(root)) return;
  if (isElement(root) && !root.firstElementChild) {
    // a leaf (most value spans and cells): its text children are all there is
    for (let child = root.firstChild; child; child = child.nextSibling) if (isText(child) && visit(child)) return;
    return;
  }
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  const parent = root as unknown as ParentNode;
  if (!doc || typeof doc.createTreeWalker !== 'function' || typeof parent.querySelectorAll !== 'function') {
    walkWithStack(root, visit, skip?.test);
    return;
  }
  if (isElement(root) && root.childElementCount <= BIG_SUBTREE_CHILDREN) {
    // a cell, a button, a label: a plain recursion is cheaper than setting up a walker
    walkSmall(root, visit, skip?.test);
    return;
  }
  // collecting the skipped elements first pays off for big subtrees (the page, a list)
  const skipped = skip && !skip.selector ? undefined : textsToSkip(parent, skip);
  if (!skipped) {
    walkElementsAndText(doc, root, visit, skip?.test);
    return;
  }
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped.size && skipped.has(node)) continue;
    if (visit(node as Text)) return;
  }
}

/** Depth-first over a small subtree; returns true when `visit` asked to stop. */
function walkSmall(parent: Node, visit: (text: Text) => boolean, skipElement?: (el: Element) => boolean): boolean {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isText(child)) {
      if (visit(child)) return true;
      continue;
    }
    if (!isElement(child) || isTextSkipped(child) || (skipElement && skipElement(child))) continue;
    if (walkSmall(child, visit, skipElement)) return true;
  }
  return false;
}

/**
 * The text nodes inside the skipped elements under `root` when none of those holds an element (then
 * their text children are all there is to leave out; usually a style's or a script's text), else undefined.
 */
function textsToSkip(root: ParentNode, skip: TextSkip | undefined): Set<Node> | undefined {
  if (!skip && readCache && (root as unknown as Node).nodeType === DOCUMENT_NODE)
    return skippedOfPage(root as unknown as Document).texts;
  return collectSkipped(root.querySelectorAll(skip ? `${SKIPPED_SELECTOR},${skip.selector}` : SKIPPED_SELECTOR)).texts;
}

interface Skipped {
  /** Text inside the skipped elements, or undefined when one of them holds an element. */
  texts: Set<Node> | undefined;
  /** Whether none of our markers holds an element. */
  markersAreLeaves: boolean;
}

function collectSkipped(found: ArrayLike<Element>): Skipped {
  let texts: Set<Node> | undefined = new Set<Node>();
  let markersAreLeaves = true;
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.firstElementChild) {
      texts = undefined;
      if (el.hasAttribute(OWN_MARKER_ATTRIBUTE)) markersAreLeaves = false;
    }
    if (texts) for (let child = el.firstChild; child; child = child.nextSibling) texts.add(child);
  }
  return { texts, markersAreLeaves };
}

/** What the page's text walks skip and whether its markers are leaves: one query per page within `readingPage`. */
function skippedOfPage(doc: Document): Skipped {
  const cache = readCache!;
  let skipped = cache.skipped.get(doc);
  if (!skipped) {
    skipped = collectSkipped(doc.querySelectorAll(SKIPPED_SELECTOR));
    cache.skipped.set(doc, skipped);
  }
  return skipped;
}

function walkElementsAndText(
  doc: Document,
  root: Node,
  visit: (text: Text) => boolean,
  skipElement?: (el: Element) => boolean,
): void {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      if (visit(node as Text)) return;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    node = isTextSkipped(el) || (skipElement && skipElement(el)) ? nextOutside(walker, root) : walker.nextNode();
  }
}

/** The node after the walker's current subtree (its next sibling, or an ancestor's), or null at the end of `root`. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent || parent === root) return null;
  }
}

/** The same walk without a TreeWalker (DOM implementations that lack one). */
function walkWithStack(root: Node, visit: (text: Text) => boolean, skipElement?: (el: Element) => boolean): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (visit(node)) return;
      continue;
    }
    if (isElement(node)) {
      if (isTextSkipped(node)) continue;
      if (skipElement && node !== root && skipElement(node)) continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Visible text of a node (our own nodes and scripts excluded), concatenated exactly as in the DOM. */
export function textOf(node: Node): string {
  let out = '';
  walkText(node, (t) => {
    out += t.data;
    return false;
  });
  return out;
}

/** Text of a value: like `textOf` but without buttons and icons sitting next to the value (copy, edit). */
export function valueTextOf(node: Node): string {
  let out = '';
  walkText(
    node,
    (t) => {
      out += t.data;
      return false;
    },
    NON_VALUE_SKIP,
  );
  return out;
}

/**
 * Whether the value text of a node (as `valueTextOf` reads it) has a character matching `re`; stops at
 * the first text node that has one. Example: `hasValueText(cell, /[^ \t\n\r\f]/)`.
 */
export function hasValueText(node: Node, re: RegExp): boolean {
  let found = false;
  walkText(
    node,
    (t) => {
      found = re.test(t.data);
      return found;
    },
    NON_VALUE_SKIP,
  );
  return found;
}

/** Text pieces of a node, each trimmed, joined by one space: for display texts split over elements. */
export function spacedTextOf(node: Node): string {
  return textPiecesOf(node).join(' ');
}

/** Text pieces of a node (trimmed, non-empty), e.g. the provider name and its service on two lines. */
export function textPiecesOf(node: Node): string[] {
  const parts: string[] = [];
  walkText(
    node,
    (t) => {
      const piece = collapseSpaces(t.data);
      if (piece) parts.push(piece);
      return false;
    },
    BUTTON_ICON_SKIP,
  );
  return parts;
}

/** Collapses every run of whitespace (incl. NBSP, ideographic space, zero-width) to one space and trims. For display texts, never for waybills. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
}

/** ASCII whitespace as HTML source formatting produces it. */
const FORMATTING_SPACE = ' \t\n\r\f';
const LINE_BREAK_OR_TAB = /[\t\n\r\f]/;

/**
 * Drops HTML formatting whitespace at the ends of a shown text: a leading or trailing run of ASCII
 * whitespace is removed only when it contains a line break or tab (indentation from the markup).
 * Everything else stays exactly as shown, including single spaces, NBSP, zero-width and full-width
 * characters: those are the defects the waybill checker reports.
 * Example: `trimFormattingWhitespace('\n   RB 123\u200B\n  ') === 'RB 123\u200B'`.
 */
export function trimFormattingWhitespace(text: string): string {
  // Index scans, not /[ \t…]+$/: that regex restarts at every space of a long run (quadratic).
  let start = 0;
  while (start < text.length && FORMATTING_SPACE.includes(text[start]!)) start += 1;
  if (!LINE_BREAK_OR_TAB.test(text.slice(0, start))) start = 0;
  let end = text.length;
  while (end > start && FORMATTING_SPACE.includes(text[end - 1]!)) end -= 1;
  if (!LINE_BREAK_OR_TAB.test(text.slice(end))) end = text.length;
  return text.slice(start, end);
}

const validity = new Map<string, boolean>();

/** Whether `selector` parses as CSS in this environment (results cached). Never throws. */
export function isValidSelector(selector: string, probe?: ParentNode): boolean {
  const cached = validity.get(selector);
  if (cached !== undefined) return cached;
  let ok: boolean;
  const target = probe ?? probeNode();
  if (target) {
    try {
      target.querySelector(selector);
      ok = true;
    } catch {
      ok = false;
    }
  } else {
    ok = looksLikeSelector(selector);
  }
  if (validity.size > 500) validity.clear();
  validity.set(selector, ok);
  return ok;
}

function probeNode(): ParentNode | null {
  // Only used to let the engine parse a selector; nothing is read from the page.
  const doc = (globalThis as { document?: Document }).document;
  return doc ? doc.createDocumentFragment() : null;
}

/** Fallback syntax check where no DOM exists (background worker): balanced brackets, quotes and parentheses. */
function looksLikeSelector(selector: string): boolean {
  const s = selector.trim();
  if (!s || /^[>+~,]|[>+~,]$/.test(s)) return false;
  let depthSquare = 0;
  let depthRound = 0;
  let quote = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depthSquare++;
    else if (ch === ']') depthSquare--;
    else if (ch === '(') depthRound++;
    else if (ch === ')') depthRound--;
    if (depthSquare < 0 || depthRound < 0) return false;
  }
  return !quote && depthSquare === 0 && depthRound === 0;
}

const joined = new Map<readonly string[], string | null>();

/** The valid selectors of a list joined into one selector list (cached per list), or null if none is valid. */
function joinValid(selectors: readonly string[]): string | null {
  let out = joined.get(selectors);
  if (out === undefined) {
    const valid = selectors.filter((s) => isValidSelector(s));
    out = valid.length ? valid.join(',') : null;
    if (joined.size > 200) joined.clear();
    joined.set(selectors, out);
  }
  return out;
}

/**
 * Every element under `root` matching any of `selectors`, in document order, without our own nodes.
 * Invalid selectors are ignored (a bad rule-pack override must not break the page).
 */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const selector = joinValid(selectors);
  if (!selector) return [];
  try {
    return withoutOwnNodes(root, Array.from(root.querySelectorAll(selector)));
  } catch {
    return [];
  }
}

/**
 * `found` (elements under `root`) without our own nodes. Our hint hosts keep their content in a
 * shadow root, so with hints on the page a marker usually holds no element of the page: then only
 * the markers themselves are left out, without an ancestor walk per element (hundreds of hints × every
 * query of a frame was most of the cost of reading a 500-row list, issue #5).
 */
function withoutOwnNodes(root: ParentNode, found: Element[]): Element[] {
  if (!found.length) return found;
  if (isOwnNode(root as unknown as Node)) return [];
  // a few elements (a search box, a cell's input): an ancestor walk each costs less than a look at the page
  if (found.length <= FEW_ELEMENTS || !ownMarkersAreLeaves(root)) return found.filter((el) => !isOwnNode(el));
  return found.filter((el) => !isOwnMarked(el));
}

/** Up to this many found elements, checking each one's ancestors beats scanning the page for our markers. */
const FEW_ELEMENTS = 16;

/** Something our own marker holds as an element child: `[data-lml] > *`. */
const INSIDE_OWN_MARKER = `${OWN_MARKER_SELECTOR} > *`;

/**
 * Whether no marker under `root` holds an element (then the markers alone are ours). Within
 * `readingPage` the answer is taken once for the whole document (if no marker of the page holds an
 * element, none under `root` does): every query of one extraction would otherwise scan the page again.
 */
function ownMarkersAreLeaves(root: ParentNode): boolean {
  const doc =
    (root as unknown as Node).nodeType === DOCUMENT_NODE
      ? (root as unknown as Document)
      : (root as unknown as Node).ownerDocument;
  if (!readCache || !doc) return root.querySelector(INSIDE_OWN_MARKER) === null;
  return skippedOfPage(doc).markersAreLeaves || root.querySelector(INSIDE_OWN_MARKER) === null;
}

interface ReadCache {
  skipped: Map<Document, Skipped>;
}

/** Memory shared by the queries of one synchronous read of the page (see `readingPage`). */
let readCache: ReadCache | undefined;

/** What the queries of a read learn about the page, for a read spread over several tasks to keep (`readingPage`). */
export type PageReadMemory = ReadCache;

export function pageReadMemory(): PageReadMemory {
  return { skipped: new Map() };
}

/**
 * Runs `read`, a synchronous read of the page that does not change it, letting its queries share
 * what they learn about the page (what text walks skip, whether our markers hold elements): each of
 * those is a scan of every element, once per read instead of once per query. Nested reads share the
 * outer one; the steps of one reading spread over tasks share `memory` (a scan per step of a 500-order
 * list read in 60 steps was tens of ms; the reading is redone when the page changes anyway).
 * Example: `readingPage(() => extractOrdersFrom(document, page, selectors))`.
 */
export function readingPage<T>(read: () => T, memory?: PageReadMemory): T {
  const outer = readCache;
  readCache = outer ?? memory ?? pageReadMemory();
  try {
    return read();
  } finally {
    readCache = outer;
  }
}

/** A selector that can only match `<input>` or `<textarea>` elements: the tag, then only qualifiers (no list, no combinator). */
const ONLY_INPUT_OR_TEXTAREA = /^(?:input|textarea)(?=$|[[:.#])[^,\s>+~]*$/i;

/**
 * The `<input>` and `<textarea>` elements under `root` matching any of `selectors` (our own left out),
 * inputs first then textareas, each in document order: `queryAll(root, selectors)` restricted to those
 * two tags. Goes through the engine's per-tag lists when every selector can only match those tags: on
 * a long list that is far cheaper than matching every element of the page.
 * Example: `queryTextControls(document, selectors.textInput.values)` → the search box and package inputs.
 */
export function queryTextControls(
  root: ParentNode,
  selectors: readonly string[],
): { inputs: Element[]; textareas: Element[] } {
  const byTag = (root as Partial<Pick<Document, 'getElementsByTagName'>>).getElementsByTagName;
  if (typeof byTag !== 'function' || !selectors.every((s) => ONLY_INPUT_OR_TEXTAREA.test(s.trim()))) {
    const found = queryAll(root, selectors);
    return {
      inputs: found.filter((el) => el.tagName === 'INPUT'),
      textareas: found.filter((el) => el.tagName === 'TEXTAREA'),
    };
  }
  const pick = (tag: string) =>
    withoutOwnNodes(
      root,
      Array.from(byTag.call(root, tag)).filter((el) => matchesAny(el, selectors)),
    );
  return { inputs: pick('input'), textareas: pick('textarea') };
}

/** Whether `el` matches any of `selectors` (invalid ones ignored). */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  const selector = joinValid(selectors);
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Closest ancestor-or-self matching any selector, or null. */
export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  const selector = joinValid(selectors);
  if (!selector) return null;
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** True when the text contains at least one Han (Chinese) character. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Escapes regex metacharacters so a label text matches literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
