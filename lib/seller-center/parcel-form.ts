/**
 * Seller Center's own package inputs (weight, length, width, height) on the order detail page and in
 * shipping drawers, found by what a person reads: the label, aria-label or placeholder, in English or
 * Chinese; and the unit chosen next to them.
 */
import {
  collapseSpaces,
  escapeRegExp,
  hasHan,
  isOwnNode,
  queryAll,
  queryTextControls,
  readingPage,
  textOf,
} from './dom-text';
import { findLabelHitsNearInputs, resolveLabelValue, type FieldLabelKey } from './label-pairs';
import { lengthUnitOf, weightUnitOf, type LengthUnit, type WeightUnit } from './measurements';
import { memoPerPageChange } from './page-changes';
import { defaultSellerCenterSelectors, labelRegexOf, type SellerCenterSelectors } from './selectors';

export interface ParcelFormFields {
  weight?: { input: HTMLInputElement; unit: WeightUnit };
  length?: { input: HTMLInputElement; unit: LengthUnit };
  width?: { input: HTMLInputElement; unit: LengthUnit };
  height?: { input: HTMLInputElement; unit: LengthUnit };
}

type Field = 'weight' | 'length' | 'width' | 'height';

const FIELD_KEYS: Record<Field, FieldLabelKey> = {
  weight: 'weightLabel',
  length: 'lengthLabel',
  width: 'widthLabel',
  height: 'heightLabel',
};
const SIZE_FIELDS: readonly Field[] = ['length', 'width', 'height'];
/** How far up from an input to look for its unit picker or suffix (Arco input group → form item). */
const UNIT_SEARCH_LEVELS = 3;

/**
 * Finds the package weight / length / width / height inputs under `root` and the unit each is in.
 * Inputs are recognised by aria-label, aria-labelledby, `<label for>` / wrapping label, placeholder, or
 * a visible label in front of them ("Weight", "重量"; a "Dimensions" / "尺寸" label in front of three
 * inputs = length, width, height). The unit comes from a select / combobox or suffix text next to the
 * input, else from a bracket in the label ("Weight (lb)"); default kg and cm.
 * Example: on the order detail page → `{ weight: { input, unit: 'kg' }, length: { input, unit: 'cm' }, … }`.
 */
export function findParcelFormFields(
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): ParcelFormFields {
  return readingPage(() => readParcelFormFields(root, selectors));
}

/**
 * Where the fields are in the whole document: the content script asks on every batch of a page, and
 * the labels walk behind it costs tens of ms on a 500-row list (issue #11), so it is searched again only
 * once Seller Center's page changed (page-changes.ts). Only where the fields are is kept: their units
 * are read afresh on every call, so a unit switched beside an unchanged input prices the typed figure
 * in the new unit at once.
 */
const documentSearches = new WeakMap<SellerCenterSelectors, (doc: Document) => FoundFields>();

function readParcelFormFields(root: ParentNode, selectors: SellerCenterSelectors): ParcelFormFields {
  if ((root as unknown as Node).nodeType !== DOCUMENT_NODE) return withUnits(searchFields(root, selectors));
  let search = documentSearches.get(selectors);
  if (!search) documentSearches.set(selectors, (search = memoPerPageChange((doc) => searchFields(doc, selectors))));
  return withUnits(search(root as Document));
}

const DOCUMENT_NODE = 9;

function searchFields(root: ParentNode, selectors: SellerCenterSelectors): FoundFields {
  const inputs = queryTextControls(root, selectors.textInput.values).inputs as HTMLInputElement[];
  return inputs.length ? locateFields(root, selectors, inputs) : {};
}

type FoundFields = Partial<Record<Field, { input: HTMLInputElement; hint?: string }>>;

function locateFields(root: ParentNode, selectors: SellerCenterSelectors, inputs: HTMLInputElement[]): FoundFields {
  const found: FoundFields = {};
  for (const input of inputs) {
    const named = fieldFromOwnName(input, selectors);
    if (named && !found[named.field]) found[named.field] = { input, ...(named.hint ? { hint: named.hint } : {}) };
  }
  addFieldsFromVisibleLabels(root, selectors, found);
  return found;
}

function withUnits(found: FoundFields): ParcelFormFields {
  const out: ParcelFormFields = {};
  if (found.weight) {
    const { input, hint } = found.weight;
    out.weight = { input, unit: unitNear(input, weightUnitOf) ?? (hint ? weightUnitOf(hint) : undefined) ?? 'kg' };
  }
  for (const field of SIZE_FIELDS) {
    const f = found[field];
    if (!f) continue;
    const sized: ParcelFormFields['length'] = {
      input: f.input,
      unit: unitNear(f.input, lengthUnitOf) ?? (f.hint ? lengthUnitOf(f.hint) : undefined) ?? 'cm',
    };
    if (field === 'length') out.length = sized;
    else if (field === 'width') out.width = sized;
    else out.height = sized;
  }
  return out;
}

/** The field an input names itself: aria-label, aria-labelledby, label[for] / wrapping label, placeholder. */
function fieldFromOwnName(
  input: HTMLInputElement,
  selectors: SellerCenterSelectors,
): { field: Field; hint?: string } | undefined {
  for (const name of ownNamesOf(input)) {
    for (const field of ['weight', ...SIZE_FIELDS] as Field[]) {
      const values = selectors[FIELD_KEYS[field]].values;
      const m = labelRegexOf(values).exec(name);
      if (m) return { field, ...(m[2] ? { hint: m[2] } : {}) };
      if (containsLabelWord(name, values))
        return { field, ...(unitInBrackets(name) ? { hint: unitInBrackets(name)! } : {}) };
    }
  }
  return undefined;
}

function ownNamesOf(input: HTMLInputElement): string[] {
  const names: string[] = [];
  const aria = input.getAttribute('aria-label');
  if (aria) names.push(aria);
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const el = id ? input.ownerDocument?.getElementById(id) : null;
      if (el) names.push(textOf(el));
    }
  }
  const id = input.getAttribute('id');
  if (id && input.ownerDocument) {
    for (const label of Array.from(input.ownerDocument.querySelectorAll('label'))) {
      if (label.getAttribute('for') === id) names.push(textOf(label));
    }
  }
  const wrapping = input.closest('label');
  if (wrapping) names.push(textOf(wrapping));
  const placeholder = input.getAttribute('placeholder');
  if (placeholder) names.push(placeholder);
  return names.map(collapseSpaces).filter(Boolean);
}

/**
 * A label word inside a longer name ("Package weight (kg)", "Enter length", "请输入重量"). English
 * words need word boundaries; one-character Chinese labels (长 / 宽 / 高) only count as whole names,
 * because they occur inside unrelated words.
 */
function containsLabelWord(name: string, values: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return values.some((value) => {
    const v = value.toLowerCase();
    if (hasHan(v)) return v.length >= 2 && lower.includes(v);
    return wordRegexOf(v).test(lower);
  });
}

const wordRegexes = new Map<string, RegExp>();

/** `v` as a whole word (not inside a longer word), compiled once per label (every frame asks again). */
function wordRegexOf(v: string): RegExp {
  let re = wordRegexes.get(v);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(v).replace(/\s+/g, '\\s+')}($|[^\\p{L}])`, 'u');
    if (wordRegexes.size > 500) wordRegexes.clear();
    wordRegexes.set(v, re);
  }
  return re;
}

function unitInBrackets(text: string): string | undefined {
  return /[(（]([^()（）]{1,24})[)）]/.exec(text)?.[1]?.trim();
}

/** Visible labels in front of inputs: "Weight" → its input; "Dimensions" → three inputs in order. */
function addFieldsFromVisibleLabels(root: ParentNode, selectors: SellerCenterSelectors, found: FoundFields) {
  // only labels that can lead to an input matter here: the page's other text is not walked (issue #5)
  const hits = findLabelHitsNearInputs(root, selectors, [
    'weightLabel',
    'dimensionsLabel',
    'lengthLabel',
    'widthLabel',
    'heightLabel',
  ]);
  for (const hit of hits) {
    const value = resolveLabelValue(hit, selectors);
    if (!value) continue;
    const inputs = value.control
      ? [value.control].filter((c): c is HTMLInputElement => c.tagName === 'INPUT')
      : queryAll(value.element, selectors.textInput.values).filter(
          (el): el is HTMLInputElement => el.tagName === 'INPUT' && !isOwnNode(el),
        );
    const hint = hit.unitHint;
    if (hit.key === 'dimensionsLabel') {
      if (inputs.length !== 3) continue;
      SIZE_FIELDS.forEach((field, i) => {
        if (!found[field] && !Object.values(found).some((f) => f?.input === inputs[i]))
          found[field] = { input: inputs[i]!, ...(hint ? { hint } : {}) };
      });
      continue;
    }
    const field = (Object.keys(FIELD_KEYS) as Field[]).find((f) => FIELD_KEYS[f] === hit.key);
    const input = inputs[0];
    if (!field || !input || inputs.length !== 1 || found[field]) continue;
    if (Object.values(found).some((f) => f?.input === input)) continue;
    found[field] = { input, ...(hint ? { hint } : {}) };
  }
}

/**
 * The unit shown next to an input: a select / combobox value, or a text that is exactly a unit word
 * (Arco's input suffix "kg", "厘米"), searched in the input's wrapper and up to UNIT_SEARCH_LEVELS above.
 * Only units of the right kind count, so a weight input never takes the size group's "cm".
 */
function unitNear<U>(input: HTMLInputElement, unitOf: (word: string) => U | undefined): U | undefined {
  let scope: Element | null = input.parentElement;
  for (let level = 0; scope && level < UNIT_SEARCH_LEVELS; level++, scope = scope.parentElement) {
    const unit = unitInScope(scope, unitOf);
    if (unit) return unit;
    if (scope.tagName === 'FORM' || scope.tagName === 'BODY') break;
  }
  return undefined;
}

function unitInScope<U>(scope: Element, unitOf: (word: string) => U | undefined): U | undefined {
  for (const select of Array.from(scope.querySelectorAll('select'))) {
    if (isOwnNode(select)) continue;
    const s = select as HTMLSelectElement;
    const option = s.options[s.selectedIndex];
    const unit = unitOf(s.value) ?? (option ? unitOf(option.text) : undefined);
    if (unit) return unit;
  }
  for (const box of Array.from(scope.querySelectorAll('[role="combobox"]'))) {
    if (isOwnNode(box)) continue;
    const unit = unitOf(collapseSpaces(textOf(box)));
    if (unit) return unit;
  }
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    if (el.children.length || isOwnNode(el) || el.closest('select, option')) continue;
    const unit = unitOf(collapseSpaces(textOf(el)));
    if (unit) return unit;
  }
  return undefined;
}

/** One of Seller Center's package-weight inputs on the shipment page (ref §2.8). */
export interface PackageWeightInput {
  input: HTMLInputElement;
  unit: WeightUnit;
  /** The row's order when the input sits in an order's row (the per-row popover); absent for the bulk drawer. */
  orderId?: string;
  /** The element the estimate goes after: the input's group (input + unit suffix). */
  anchor: Element;
}

const ORDER_ID = /^\s*(\d{15,20})\s*$/;

/**
 * The package-weight inputs where Seller Center really asks for a weight (ref §2.8): the per-row
 * package-weight popover and the bulk "Edit weight" drawer, both `input#packageWeight_input`, with the
 * unit of their suffix (default kg). A popover inside an order's row carries that order's id.
 * Example: on the shipment page with the popover and the drawer open → two entries, the first with `orderId`.
 */
export function findPackageWeightInputs(
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): PackageWeightInput[] {
  return readingPage(() =>
    queryAll(root, selectors.packageWeightInput.values)
      .filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && !isOwnNode(el))
      .map((input) => {
        const orderId = orderIdAround(input, selectors);
        return {
          input,
          unit: unitNear(input, weightUnitOf) ?? 'kg',
          anchor: input.parentElement ?? input,
          ...(orderId ? { orderId } : {}),
        };
      }),
  );
}

/** The order id of the row holding `input`: its id attribute, else its order-id link's text. */
function orderIdAround(input: HTMLInputElement, selectors: SellerCenterSelectors): string | undefined {
  const row = input.closest('tr');
  if (!row) return undefined;
  for (const el of [row, ...queryAll(row, selectors.orderIdAttribute.values)]) {
    const id = el.getAttribute('data-log_order_id') ?? el.getAttribute('data-log_main_order_id');
    if (id && ORDER_ID.test(id)) return id.trim();
  }
  for (const el of queryAll(row, selectors.orderIdLink.values)) {
    const m = ORDER_ID.exec(textOf(el));
    if (m) return m[1];
  }
  return undefined;
}
