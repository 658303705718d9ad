// @vitest-environment happy-dom
/**
 * `findLabelHitsNearInputs` walks only the text near the page's inputs (and inside `<label>`s) instead
 * of the whole page. It must never lose a label that `resolveLabelValue` can turn into an input:
 * checked against the whole-page `findLabelHits` on every stored page and on generated pages.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSellerCenterSelectors as selectors } from '@/lib/seller-center';
import { isOwnNode, queryAll } from '@/lib/seller-center/dom-text';
import {
  FIELD_LABEL_KEYS,
  findLabelHits,
  findLabelHitsNearInputs,
  resolveLabelValue,
  type FieldLabelKey,
  type LabelHit,
} from '@/lib/seller-center/label-pairs';
import { renderStaticOrderList } from '../../fixtures/perf/order-list-static.mjs';
import { FIXTURE_DIR, loadFixture, parseHtml } from './fixtures';

const PARCEL_KEYS: readonly FieldLabelKey[] = [
  'weightLabel',
  'dimensionsLabel',
  'lengthLabel',
  'widthLabel',
  'heightLabel',
];

/** The inputs a hit leads to, exactly as parcel-form reads them (a control, or text inputs inside the value). */
function inputsOf(hit: LabelHit): Element[] {
  const value = resolveLabelValue(hit, selectors);
  if (!value) return [];
  if (value.control) return value.control.tagName === 'INPUT' ? [value.control] : [];
  return queryAll(value.element, selectors.textInput.values).filter((el) => el.tagName === 'INPUT' && !isOwnNode(el));
}

/** Near hits are full hits (same order), and every full hit that leads to an input is among them. */
function expectNoInputLabelLost(doc: Document, keys: readonly FieldLabelKey[]) {
  const full = findLabelHits(doc, selectors, keys);
  const near = findLabelHitsNearInputs(doc, selectors, keys);
  const fullNodes = full.map((h) => h.node);
  const nearNodes = near.map((h) => h.node);
  expect(nearNodes.every((n) => fullNodes.includes(n))).toBe(true);
  const positions = nearNodes.map((n) => fullNodes.indexOf(n));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  const needed = full.filter((h) => inputsOf(h).length > 0).map((h) => h.node.data);
  expect(near.filter((h) => inputsOf(h).length > 0).map((h) => h.node.data)).toEqual(needed);
  return { near, needed };
}

const storedPages = [
  ...readdirSync(`${FIXTURE_DIR}shapes`)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `shapes/${f}`),
  ...readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html') && f !== 'index.html'),
];

describe('findLabelHitsNearInputs', () => {
  it.each(storedPages)('loses no label that leads to an input on %s', (file) => {
    expectNoInputLabelLost(loadFixture(file), PARCEL_KEYS);
    expectNoInputLabelLost(loadFixture(file), FIELD_LABEL_KEYS);
  });

  it('finds the package form labels of the shipping drawer (Length / Width / Height in front of inputs)', () => {
    const { needed } = expectNoInputLabelLost(loadFixture('shapes/seller-shipping-drawer-en.html'), PARCEL_KEYS);
    expect(needed.length).toBeGreaterThanOrEqual(3);
  });

  it('walks only near the search box on a long order list: no order row text is looked at', () => {
    const doc = parseHtml(renderStaticOrderList({ market: 'US', count: 40 }));
    const { near } = expectNoInputLabelLost(doc, FIELD_LABEL_KEYS);
    // the list has 40 "Order ID:" labels and tracking headers; none of them is near an input
    expect(findLabelHits(doc, selectors, FIELD_LABEL_KEYS).length).toBeGreaterThanOrEqual(40);
    expect(near.filter((h) => h.key === 'orderIdLabel')).toEqual([]);
  });

  it('finds a label whose <label for> points at an input far away', () => {
    const doc = parseHtml(
      '<main><section><label for="w">Weight</label></section><div><div><div><div><div><input id="w" value="2"></div></div></div></div></div></main>',
    );
    const { needed } = expectNoInputLabelLost(doc, PARCEL_KEYS);
    expect(needed).toEqual(['Weight']);
  });

  it('finds a label whose third ancestor is next to the input (the deepest climb resolveLabelValue makes)', () => {
    const doc = parseHtml(
      '<div><div><div><span>Weight</span></div></div><div><div><div><div><input value="2"></div></div></div></div></div>',
    );
    const { needed } = expectNoInputLabelLost(doc, PARCEL_KEYS);
    expect(needed).toEqual(['Weight']);
  });

  it('one level further the label leads to no input (resolveLabelValue stops climbing), and none is needed', () => {
    const doc = parseHtml(
      '<div><div><div><div><span>Weight</span></div></div></div><div><div><div><div><input value="2"></div></div></div></div></div>',
    );
    expect(expectNoInputLabelLost(doc, PARCEL_KEYS).needed).toEqual([]);
  });

  it('loses no label on generated pages (labels, inputs, hints, nesting)', () => {
    fc.assert(
      fc.property(pageArbitrary(), (html) => {
        expectNoInputLabelLost(parseHtml(`<body>${html}</body>`), PARCEL_KEYS);
      }),
      { numRuns: 120, seed: 20260305 },
    );
  });
});

const TEXTS = [
  'Weight',
  'Weight (kg):',
  'Length',
  'Width:',
  'Height',
  'Dimensions',
  '重量',
  '长',
  'Package size',
  'Order ID:',
  'kg',
  'cm',
  '：',
  'note',
  ' ',
];
const TAGS = ['div', 'span', 'label', 'p', 'td-like', 'section', 'dl', 'dd', 'dt'];

/** Random nested markup with label texts, inputs of several types, `<label for>`, and our own hint hosts. */
function pageArbitrary(): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...TEXTS),
      fc.constantFrom(
        '<input value="1">',
        '<input type="number" value="2">',
        '<input type="checkbox">',
        '<input id="x1" value="3">',
        '<input type="email" value="a">',
        '<select><option>kg</option></select>',
        '<textarea>4</textarea>',
      ),
      fc.constantFrom(
        '<label for="x1">Weight</label>',
        '<lml-hint data-lml="carrier-badge"></lml-hint>',
        '<span data-lml="waybill-warning"><input value="9"></span>',
      ),
      fc
        .tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, children]) =>
          tag === 'td-like' ? `<div role="cell">${children.join('')}</div>` : `<${tag}>${children.join('')}</${tag}>`,
        ),
    ),
  }));
  return fc.array(node, { minLength: 1, maxLength: 5 }).map((nodes) => nodes.join(''));
}
