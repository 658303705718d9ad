// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  countSelectorMatches,
  defaultSellerCenterSelectors,
  detectPage,
  extractOrders,
  mergeSelectorOverrides,
  type SelectorKey,
} from '@/lib/seller-center';
import { fixtureExists, loadFixture, parseHtml } from './fixtures';

const ENTRIES = Object.entries(defaultSellerCenterSelectors) as Array<
  [SelectorKey, (typeof defaultSellerCenterSelectors)[SelectorKey]]
>;
const EXAMPLES = ENTRIES.flatMap(([key, entry]) => entry.examples.map(([file, count]) => [key, file, count] as const));

const documents = new Map<string, Document>();
function page(file: string): Document {
  let doc = documents.get(file);
  if (!doc) documents.set(file, (doc = loadFixture(file)));
  return doc;
}

describe('the selector table', () => {
  it.each(ENTRIES)('%s has examples, at least one of them a match', (_key, entry) => {
    expect(entry.examples.length).toBeGreaterThan(0);
    expect(entry.examples.some(([, count]) => count > 0)).toBe(true);
  });

  it.each(ENTRIES)('%s has values and says why', (_key, entry) => {
    expect(entry.values.length).toBeGreaterThan(0);
    expect(entry.why.length).toBeGreaterThan(10);
  });

  it.each(EXAMPLES)('%s matches %s %i times', (key, file, count) => {
    expect(fixtureExists(file), `${file} is missing`).toBe(true);
    expect(countSelectorMatches(page(file), defaultSellerCenterSelectors[key])).toBe(count);
  });

  it('every CSS entry parses', () => {
    const probe = document.createDocumentFragment();
    for (const [key, entry] of ENTRIES) {
      if (entry.match !== 'css') continue;
      for (const selector of entry.values)
        expect(() => probe.querySelector(selector), `${key}: ${selector}`).not.toThrow();
    }
  });

  it('keys on no hashed or prefixed class names', () => {
    for (const [key, entry] of ENTRIES) {
      if (entry.match !== 'css') continue;
      for (const selector of entry.values)
        expect(selector, key).not.toMatch(/\.(sc-|listTableContainer|arco-|theme-arco-|core-|p-)/);
    }
  });

  it('lists every field label in English and Chinese', () => {
    const keys: SelectorKey[] = [
      'orderIdLabel',
      'orderStatusLabel',
      'carrierLabel',
      'trackingNumberLabel',
      'weightLabel',
      'lengthLabel',
      'widthLabel',
      'heightLabel',
      'postcodeLabel',
      'printLabelButton',
      'uploadButton',
      'awaitingShipmentStatus',
      'awaitingCollectionStatus',
    ];
    for (const key of keys) {
      const values = defaultSellerCenterSelectors[key].values;
      expect(
        values.some((v) => /\p{Script=Han}/u.test(v)),
        `${key} zh`,
      ).toBe(true);
      expect(
        values.some((v) => /[A-Za-z]/.test(v)),
        `${key} en`,
      ).toBe(true);
    }
  });

  it('carries the synonyms the reference lists', () => {
    const has = (key: SelectorKey, ...texts: string[]) =>
      texts.forEach((t) => expect(defaultSellerCenterSelectors[key].values, key).toContain(t));
    has('trackingNumberLabel', 'Tracking number', 'Tracking ID', 'Tracking No.', '物流单号', '运单号', '追踪号');
    has('carrierLabel', 'Shipping provider', 'Carrier', 'Shipping method', '物流服务商', '物流承运商', '承运商');
    has('orderIdLabel', 'Order ID', '订单号', '订单编号');
    has('postcodeLabel', 'Zip code', 'Postcode', 'Postal code', '邮编');
    has('printLabelButton', 'Print label', 'Print', 'Purchase and print', '打印面单', '打印');
    has('uploadButton', 'Upload', '上传');
  });
});

describe('mergeSelectorOverrides', () => {
  const base = defaultSellerCenterSelectors;

  it('replaces an entry by key and keeps the others', () => {
    const { selectors, issues } = mergeSelectorOverrides(base, {
      trackingNumberLabel: ['Tracking #'],
      orderIdLink: ['[data-e2e="order-id"]'],
    });
    expect(issues).toEqual([]);
    expect(selectors.trackingNumberLabel.values).toEqual(['Tracking #']);
    expect(selectors.orderIdLink.values).toEqual(['[data-e2e="order-id"]']);
    expect(selectors.carrierLabel).toBe(base.carrierLabel);
    expect(base.trackingNumberLabel.values).toContain('Tracking number'); // the base is not mutated
  });

  it('drops invalid CSS selectors and reports each, keeping the valid ones', () => {
    const { selectors, issues } = mergeSelectorOverrides(base, {
      orderIdAttribute: ['[data-log_order_id', 'tr[data-order]', 'div >'],
    });
    expect(selectors.orderIdAttribute.values).toEqual(['tr[data-order]']);
    expect(issues.map((i) => [i.code, i.value])).toEqual([
      ['invalid-selector', '[data-log_order_id'],
      ['invalid-selector', 'div >'],
    ]);
  });

  it('keeps the built-in entry when nothing valid is left', () => {
    const { selectors, issues } = mergeSelectorOverrides(base, { row: ['::::', ''] });
    expect(selectors.row).toBe(base.row);
    expect(issues.map((i) => i.code)).toEqual(['invalid-selector', 'empty-value', 'no-valid-values']);
  });

  it('reports unknown keys and values that are not lists, never throwing', () => {
    const junk = {
      nope: ['x'],
      tableRoot: 'table' as unknown as string[],
      __proto__: ['y'],
      orderStatusLabel: [42, null, 'State'] as unknown as string[],
    };
    const { selectors, issues } = mergeSelectorOverrides(base, junk);
    expect(issues.map((i) => [i.code, i.key])).toEqual([
      ['unknown-key', 'nope'],
      ['not-a-list', 'tableRoot'],
      ['empty-value', 'orderStatusLabel'],
      ['empty-value', 'orderStatusLabel'],
    ]);
    expect(selectors.orderStatusLabel.values).toEqual(['State']);
    expect(() => mergeSelectorOverrides(base, null as unknown as Record<string, string[]>)).not.toThrow();
    expect(() => mergeSelectorOverrides(base, 7 as unknown as Record<string, string[]>)).not.toThrow();
  });

  it('lets a rule pack teach extraction a renamed label', () => {
    const doc = parseHtml(`<div role="grid"><div role="rowgroup" class="card">
      <span>Order ID: 577424858038960001</span><div><span>Parcel code:</span> <span>RB 123456785GB</span></div></div>
      <div role="rowgroup" class="card"><span>Order ID: 577424858038960002</span></div></div>`);
    const page = detectPage(new URL('https://seller-uk.tiktok.com/order'));
    expect(extractOrders(doc, page)[0]?.waybill).toBeUndefined();
    const { selectors } = mergeSelectorOverrides(base, { trackingNumberLabel: ['Parcel code'] });
    expect(extractOrders(doc, page, selectors)[0]?.waybill?.raw).toBe('RB 123456785GB');
  });
});
