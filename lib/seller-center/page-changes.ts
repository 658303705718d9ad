import { isOwnNode } from './dom-text';

/**
 * Whole-document searches (the package form, the upload dialog's file input) asked on every batch of
 * a 500-row list cost tens of ms each time (issue #11), though Seller Center's page rarely changed in
 * between. `memoPerPageChange` answers again from the last search until the document changes: one
 * MutationObserver per document counts Seller Center's changes (nodes, text, attributes but `style`
 * and `value`); our own hints do not count. Exact, not timed: records not delivered yet are taken on each
 * ask, so a change made just before the ask is seen.
 */
interface Tracker {
  observer: MutationObserver;
  version: number;
}
const trackers = new WeakMap<Document, Tracker>();

/** Attributes that say nothing about what a page holds: layout, and the value React mirrors as one types. */
const IGNORED_ATTRIBUTES: ReadonlySet<string | null> = new Set(['style', 'value']);

function isPageChange(record: MutationRecord): boolean {
  if (record.type === 'attributes' && IGNORED_ATTRIBUTES.has(record.attributeName)) return false;
  if (record.type !== 'childList') return !isOwnNode(record.target);
  if (isOwnNode(record.target)) return false;
  for (const node of Array.from(record.addedNodes)) if (!isOwnNode(node)) return true;
  for (const node of Array.from(record.removedNodes)) if (!isOwnNode(node)) return true;
  return false;
}

/** A number that grows with each change of `doc` by the page (our own hints left out). */
function pageVersion(doc: Document): number {
  let tracker = trackers.get(doc);
  if (!tracker) {
    const created: Tracker = {
      version: 0,
      observer: new MutationObserver((records) => {
        if (records.some(isPageChange)) created.version++;
      }),
    };
    created.observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
    trackers.set(doc, (tracker = created));
  } else if (tracker.observer.takeRecords().some(isPageChange)) tracker.version++;
  return tracker.version;
}

/**
 * `search(doc)`, searched again only once the page changed since the last answer (per document).
 * Only for reads whose answer depends on the DOM alone: a select's chosen option or a typed value
 * changes no DOM, so read those from the answer's elements each time.
 * Example: `const uploadInputs = memoPerPageChange((doc) => findTrackingUploadInputs(doc)); uploadInputs(document)`.
 */
export function memoPerPageChange<T>(search: (doc: Document) => T): (doc: Document) => T {
  let last: { doc: Document; version: number; value: T } | undefined;
  return (doc) => {
    const version = pageVersion(doc);
    if (last?.doc === doc && last.version === version) return last.value;
    const value = search(doc);
    last = { doc, version, value };
    return value;
  };
}
