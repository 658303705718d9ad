// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  defaultSellerCenterSelectors,
  detectPage,
  extractOrders,
  findOrderListContainer,
  type OrderRow,
  type SellerCenterSelectors,
} from '@/lib/seller-center';
import { SHAPES, loadFixture, parseHtml } from './fixtures';

function extract(shape: { file: string; url: string }): OrderRow[] {
  return extractOrders(loadFixture(shape.file), detectPage(new URL(shape.url)));
}

function byId(rows: readonly OrderRow[], id: string): OrderRow {
  const row = rows.find((r) => r.orderId === id);
  if (!row) throw new Error(`no row for ${id}; got ${rows.map((r) => r.orderId).join(', ')}`);
  return row;
}

/** [order id, status text, status kind, awaiting shipment?, carrier text, carrier id, raw waybill] */
type Expected = readonly [string, string, string, boolean, string | undefined, string | undefined, string | undefined];

function expectRows(rows: readonly OrderRow[], expected: readonly Expected[]) {
  expect(rows.map((r) => r.orderId)).toEqual(expected.map((e) => e[0]));
  for (const [id, statusText, kind, awaiting, carrierText, carrierId, raw] of expected) {
    const row = byId(rows, id);
    expect(row.status?.text, `${id} status`).toBe(statusText);
    expect(row.status?.kind, `${id} kind`).toBe(kind);
    expect(row.status?.isAwaitingShipment, `${id} awaiting`).toBe(awaiting);
    expect(row.carrier?.text, `${id} carrier`).toBe(carrierText);
    expect(row.carrier?.carrierId, `${id} carrier id`).toBe(carrierId);
    expect(row.waybill?.raw, `${id} waybill`).toBe(raw);
  }
}

describe('table view, US, English, arco-, data-log hooks', () => {
  const rows = extract(SHAPES.usTable);

  it('reads every order with its status, carrier and exact waybill', () => {
    expectRows(rows, [
      [
        '577424858038964867',
        'Awaiting shipment',
        'awaiting-shipment',
        true,
        'USPS Ground Advantage',
        'usps',
        '9400111206206406260787',
      ],
      [
        '577524130949468533',
        'Awaiting collection',
        'awaiting-collection',
        false,
        'USPS',
        'usps',
        '9400 111201080805483016',
      ],
      ['577424858038965002', 'Awaiting shipment', 'awaiting-shipment', true, 'UPS', 'ups', undefined],
      ['5801234567890123456', 'In transit', 'in-transit', false, 'UPS Ground', 'ups', '1Z5R8939035756\u200B7127'],
      ['577424858038965119', 'Delivered', 'delivered', false, 'FedEx', 'fedex', '986578\u00A0788855'],
      [
        '577424858038965230',
        'Shipped',
        'shipped',
        false,
        'USPS',
        'usps',
        '\uFF19\uFF14\uFF10\uFF10\uFF11\uFF11\uFF11\uFF12\uFF10\uFF16\uFF12\uFF10\uFF16\uFF14\uFF10\uFF16\uFF12\uFF16\uFF10\uFF17\uFF18\uFF17',
      ],
    ]);
  });

  it('takes the status code from data-log_order_status', () => {
    expect(byId(rows, '577424858038964867').status).toMatchObject({ code: '101', subCode: '1' });
    expect(byId(rows, '577524130949468533').status?.code).toBeUndefined();
  });

  it('anchors each order on its id link and groups its header strip, body and spacer rows', () => {
    const row = byId(rows, '577424858038964867');
    expect(row.anchor.getAttribute('data-log_click_for')).toBe('order_id_link');
    expect(row.anchor.textContent).toBe('577424858038964867');
    expect(row.container.getAttribute('data-log_order_id')).toBe('577424858038964867');
    expect(row.rows).toHaveLength(3);
    expect(row.rows[0]).toBe(row.container);
    expect(row.rows[1]!.querySelector('[data-log_main_order_id]')).not.toBeNull();
    expect(row.rows.some((r) => r.contains(row.waybill!.element))).toBe(true);
    expect(row.waybill!.element.tagName).toBe('SPAN');
  });

  it('keeps the continuation row of a multi-SKU order (rowspan) in its group', () => {
    const row = byId(rows, '577424858038965002');
    expect(row.rows.map((r) => r.textContent?.includes('TOTE-02'))).toContain(true);
  });

  it('never reads our own [data-lml] nodes', () => {
    expect(rows.map((r) => r.orderId)).not.toContain('577999999999999999');
    expect(rows.map((r) => r.orderId)).not.toContain('577000000000000001');
    const first = byId(rows, '577424858038964867');
    expect(first.carrier?.text).toBe('USPS Ground Advantage');
    expect(first.waybill?.raw).not.toContain('LML');
  });

  it('finds the list wrapper to observe', () => {
    expect(findOrderListContainer(loadFixture(SHAPES.usTable.file))?.getAttribute('data-log_module_name')).toBe(
      'order_list',
    );
  });
});

describe('table view, UK, Chinese, theme-arco-, other column order, fewer hooks', () => {
  const rows = extract(SHAPES.gbTableZh);

  it('maps columns by their Chinese headers in their own order', () => {
    expectRows(rows, [
      [
        '577661020034471185',
        '待发货',
        'awaiting-shipment',
        true,
        'Royal Mail Tracked 48',
        'royal-mail',
        'RB123456785GB',
      ],
      ['577661020034471296', '待揽收', 'awaiting-collection', false, '英国皇家邮政', 'royal-mail', '（RB123456785GB）'],
      ['5776610200344713071', '运输中', 'in-transit', false, 'Yodel', 'yodel', 'JJD0002257639032011'],
      ['577661020034471418', '已送达', 'delivered', false, 'Evri', 'evri', 'RB１２３４５６７８５GB'],
      ['577661020034471529', '已完成', 'completed', false, '极兔速递', 'jt-express', 'RB123456785GB补发'],
      ['577661020034471630', '已取消', 'cancelled', false, undefined, undefined, undefined],
    ]);
  });

  it('finds orders without data-log hooks by the 订单号 / 订单编号 label and the id shape', () => {
    const plain = byId(rows, '577661020034471418');
    expect(plain.anchor.textContent).toContain('577661020034471418');
    const split = byId(rows, '5776610200344713071'); // label, "：" and id in three spans
    expect(split.anchor.textContent).toBe('5776610200344713071');
  });

  it('merges a label-found id with data-log_main_order_id into one row', () => {
    const row = byId(rows, '577661020034471296');
    expect(rows.filter((r) => r.orderId === '577661020034471296')).toHaveLength(1);
    expect(row.anchor.textContent).toBe('577661020034471296');
    expect(row.rows.some((r) => r.querySelector('[data-log_main_order_id]'))).toBe(true);
  });
});

describe('card / ARIA-grid layout without data-log hooks', () => {
  const rows = extract(SHAPES.usCards);

  it('reads cards by columnheader synonyms, label pairs and the detail link', () => {
    expectRows(rows, [
      [
        '577424858038966001',
        'Awaiting shipment',
        'awaiting-shipment',
        true,
        'J&T Express',
        'jt-express',
        '9405803699300124287899',
      ],
      [
        '577424858038966112',
        'Awaiting collection',
        'awaiting-collection',
        false,
        'DHL eCommerce',
        'dhl-ecommerce',
        'GM2951173225174494 ',
      ],
      ['577424858038966223', 'In transit', 'in-transit', false, 'UPS', 'ups', '1Z5R8939 0357567127'],
      ['5774248580389663341', 'Unpaid', 'unpaid', false, undefined, undefined, undefined],
      ['577424858038966445', 'Awaiting shipment', 'awaiting-shipment', true, 'USPS', 'usps', 'rb123456785us'],
      ['577424858038966556', 'On hold', 'on-hold', false, 'USPS', 'usps', undefined],
    ]);
  });

  it('takes an input value verbatim, trailing space included', () => {
    const row = byId(rows, '577424858038966112');
    expect(row.waybill?.element.tagName).toBe('INPUT');
  });

  it('reads weight and size shown as text inside a card', () => {
    const row = byId(rows, '577424858038966223');
    expect(row.weightGrams).toBe(544); // 1.2 lb
    expect(row.dimensionsMm).toEqual({ length: 203.2, width: 152.4, height: 101.6 }); // 8 x 6 x 4 in
  });

  it('uses the card (role=rowgroup) as container and the link as anchor', () => {
    const row = byId(rows, '577424858038966445');
    expect(row.container.getAttribute('role')).toBe('rowgroup');
    expect(row.anchor.tagName).toBe('A');
    expect(row.rows).toEqual([row.container]);
  });

  it('ignores the nested SKU table', () => {
    const row = byId(rows, '5774248580389663341');
    expect(row.status?.text).toBe('Unpaid');
    expect(row.waybill).toBeUndefined();
  });
});

describe('order detail pages', () => {
  it('reads the English detail page (dl/dt/dd) and its package form', () => {
    const rows = extract(SHAPES.usDetail);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.orderId).toBe('577424858038964867');
    expect(row.anchor.textContent).toBe('577424858038964867');
    expect(row.status).toMatchObject({
      text: 'Awaiting shipment',
      kind: 'awaiting-shipment',
      isAwaitingShipment: true,
    });
    expect(row.carrier).toMatchObject({ text: 'USPS Ground Advantage', carrierId: 'usps' });
    expect(row.waybill?.raw).toBe('9400111206206406260787\u200B');
    expect(row.waybill?.element.tagName).toBe('DD');
    expect(row.weightGrams).toBe(680); // 1.5 lb from the form's own unit select
    expect(row.dimensionsMm).toEqual({ length: 200, width: 150, height: 105 });
    expect(row.destination).toEqual({ country: 'US', postcode: '10001' });
  });

  it('reads the Chinese detail page (label/value divs) and its package form', () => {
    const rows = extract(SHAPES.gbDetailZh);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.orderId).toBe('577661020034471185');
    expect(row.status).toMatchObject({ text: '待揽收', kind: 'awaiting-collection', isAwaitingShipment: false });
    expect(row.carrier).toMatchObject({ text: 'Royal Mail Tracked 24', carrierId: 'royal-mail' });
    expect(row.waybill?.raw).toBe('RB123456785\u00A0GB');
    expect(row.weightGrams).toBe(850);
    expect(row.dimensionsMm).toEqual({ length: 300, width: 200, height: 50 });
    expect(row.destination).toEqual({ country: 'GB', postcode: 'SW1A 1AA' });
  });

  it('takes the id from order_no when the page does not show it', () => {
    const doc = parseHtml('<main><dl><dt>Tracking number</dt><dd>RB123456785GB</dd></dl></main>');
    const rows = extractOrders(
      doc,
      detectPage(new URL('https://seller-uk.tiktok.com/order/detail?order_no=577424858038960099')),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ orderId: '577424858038960099', waybill: { raw: 'RB123456785GB' } });
    expect(rows[0]!.anchor.tagName).toBe('MAIN');
  });

  it('prefers the order shown when the URL has no order_no', () => {
    const doc = parseHtml('<main><div>Order ID: 577424858038960123</div><div>Carrier: Evri</div></main>');
    const rows = extractOrders(doc, detectPage(new URL('https://seller-uk.tiktok.com/order/detail')));
    expect(rows.map((r) => [r.orderId, r.carrier?.carrierId])).toEqual([['577424858038960123', 'evri']]);
  });

  it('reads a list as a list while the URL already says detail (SPA navigation in flight)', () => {
    const rows = extractOrders(loadFixture(SHAPES.usTable.file), detectPage(new URL(SHAPES.usDetail.url)));
    expect(rows).toHaveLength(6);
  });

  it('leaves masked postcodes out', () => {
    const doc = parseHtml('<main><p>Order ID: 577424858038960777</p><p>Zip code: 10***</p><p>Country: 美国</p></main>');
    const row = extractOrders(doc, detectPage(new URL('https://seller-us.tiktok.com/order/detail')))[0]!;
    expect(row.destination).toEqual({ country: 'US' });
  });
});

describe('shipping labels page (split header table, Order ID column)', () => {
  const rows = extract(SHAPES.usLabels);

  it('reads one row per package, mapping the separate header table to the body table', () => {
    expect(rows.map((r) => [r.orderId, r.carrier?.carrierId, r.waybill?.raw])).toEqual([
      ['577424858038964867', 'usps', '9400111206206406260787'],
      ['577524130949468533', 'fedex', '000123450000000027'],
      ['577424858038965002', 'ups', ' 1Z5R89390357567127'], // a single leading space is shown text, not formatting
    ]);
  });

  it('does not take package ids or an 18-digit tracking number for orders', () => {
    expect(rows.map((r) => r.orderId)).not.toContain('1152921504606846977');
    expect(rows.map((r) => r.orderId)).not.toContain('000123450000000027');
  });

  it('has no order status there ("Label status" is not the order status)', () => {
    expect(rows.every((r) => r.status === undefined)).toBe(true);
  });
});

describe('seller-shipping drawer', () => {
  it('reads the drawer form: select as carrier, input verbatim, units from label and suffix', () => {
    const rows = extractOrders(
      loadFixture('shapes/seller-shipping-drawer-en.html'),
      detectPage(new URL('https://seller-us.tiktok.com/order?tab=to_ship')),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orderId: '577424858038967556',
      carrier: { text: 'USPS', carrierId: 'usps' },
      waybill: { raw: '9400111206206406260787\u3000' },
      weightGrams: 1134, // 2.5 lb
      dimensionsMm: { length: 304.8, width: 228.6, height: 76.2 }, // 12 x 9 x 3 in, exact to 0.1 mm (whole mm made 12 in into 305 mm)
    });
  });
});

describe('merging strategies', () => {
  const html = `
    <div data-log_module_name="order_list"><table>
      <thead><tr><th>Product</th><th>Order status</th><th>Actions</th></tr></thead>
      <tbody>
        <tr data-log_order_id="577424858038960001" data-log_order_status="101" data-log_order_sub_status="1">
          <td colspan="3">Order ID: <span data-log_click_for="order_id_link">577424858038960001</span>
            <a href="/order/detail?order_no=577424858038960001">View</a></td></tr>
        <tr><td>Mug<div>Tracking number: RB 123456785GB</div></td><td>Awaiting shipment</td>
          <td><div data-log_main_order_id="577424858038960001"><button>Print label</button></div></td></tr>
        <tr data-log_order_id="577424858038960002">
          <td colspan="3">订单号：<span>577424858038960002</span></td></tr>
        <tr><td>Cup<div>物流单号：RB123456785GB</div><div>承运商：Royal Mail</div></td><td>待发货</td><td></td></tr>
      </tbody></table></div>`;

  it('gives one row per order with fields from hooks, columns and label pairs', () => {
    const rows = extractOrders(parseHtml(html), detectPage(new URL('https://seller-uk.tiktok.com/order?tab=to_ship')));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      orderId: '577424858038960001',
      status: {
        text: 'Awaiting shipment',
        code: '101',
        subCode: '1',
        kind: 'awaiting-shipment',
        isAwaitingShipment: true,
      },
      waybill: { raw: 'RB 123456785GB' },
    });
    expect(rows[0]!.anchor.getAttribute('data-log_click_for')).toBe('order_id_link');
    expect(rows[1]).toMatchObject({
      orderId: '577424858038960002',
      status: { text: '待发货' },
      carrier: { carrierId: 'royal-mail' },
      waybill: { raw: 'RB123456785GB' },
    });
  });

  it('gives the shown text priority over the status code', () => {
    const doc = parseHtml(
      '<table><tr data-log_order_id="577424858038960003" data-log_order_status="101"><td>Status: Awaiting collection</td></tr></table>',
    );
    const row = extractOrders(doc, detectPage(new URL('https://seller-us.tiktok.com/order')))[0]!;
    expect(row.status).toMatchObject({ text: 'Awaiting collection', code: '101', isAwaitingShipment: false });
  });

  it('falls back to the status code when no status is shown', () => {
    const doc = parseHtml(
      '<table><tr data-log_order_id="577424858038960004" data-log_order_status="101"><td>Mug</td></tr></table>',
    );
    const row = extractOrders(doc, detectPage(new URL('https://seller-us.tiktok.com/order')))[0]!;
    expect(row.status).toMatchObject({ text: '', code: '101', isAwaitingShipment: true });
  });
});

describe('odd DOM', () => {
  const list = detectPage(new URL('https://seller-us.tiktok.com/order?tab=to_ship'));

  it.each([
    ['an empty document', ''],
    ['an empty table', '<table></table>'],
    [
      'headers without rows',
      '<table><thead><tr><th>Order ID</th><th>Tracking number</th></tr></thead><tbody></tbody></table>',
    ],
    [
      'only our own hints',
      '<div data-lml="waybill-warning" data-order-id="577424858038964867"><span data-log_order_id="577424858038964867">Order ID: 577424858038964867</span>Tracking number: X</div>',
    ],
    ['a search box holding an order id', '<div><span>Order ID</span><input value="577424858038964867"></div>'],
    [
      'broken spans',
      '<table><tr><th colspan="abc">Order ID</th></tr><tr><td rowspan="-4" colspan="0"></td></tr></table>',
    ],
  ])('returns [] for %s', (_name, html) => {
    expect(extractOrders(parseHtml(html), list)).toEqual([]);
  });

  it('reads rows of a table without headers through hooks and labels', () => {
    const doc = parseHtml(`<table><tbody>
      <tr data-log_order_id="577424858038960010"><td>Mug</td><td>Tracking No.: 1Z5R89390357567127</td></tr>
      <tr data-log_order_id="577424858038960011"><td>Cup</td><td></td></tr></tbody></table>`);
    const rows = extractOrders(doc, list);
    expect(rows.map((r) => [r.orderId, r.waybill?.raw])).toEqual([
      ['577424858038960010', '1Z5R89390357567127'],
      ['577424858038960011', undefined],
    ]);
  });

  it('keeps nested tables apart from the order table', () => {
    const doc = parseHtml(`<table><thead><tr><th>Product</th><th>Tracking number</th></tr></thead><tbody>
      <tr data-log_order_id="577424858038960020"><td><table><thead><tr><th>SKU</th><th>Carrier</th></tr></thead>
        <tbody><tr><td>A-1</td><td>not a carrier row</td></tr></tbody></table></td><td><span>RB123456785GB</span></td></tr>
      </tbody></table>`);
    const rows = extractOrders(doc, list);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.waybill?.raw).toBe('RB123456785GB');
  });

  it('does not throw on a detached element, a fragment or custom selectors that do not parse', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Order ID: 577424858038960030</p><p>Carrier: USPS</p>';
    expect(extractOrders(el, list).map((r) => r.orderId)).toEqual(['577424858038960030']);
    const fragment = document.createDocumentFragment();
    fragment.append(el.cloneNode(true));
    expect(() => extractOrders(fragment, list)).not.toThrow();
    // built by hand, not via mergeSelectorOverrides (which would drop them), to prove queries never throw
    const base = defaultSellerCenterSelectors;
    const broken: SellerCenterSelectors = {
      ...base,
      row: { ...base.row, values: ['tr[', '[role="row"'] },
      orderIdLink: { ...base.orderIdLink, values: [':::'] },
    };
    expect(() => extractOrders(loadFixture(SHAPES.usTable.file), list, broken)).not.toThrow();
  });

  it('extracts on any page kind (page kind only changes detail handling)', () => {
    const rows = extractOrders(loadFixture(SHAPES.usTable.file), detectPage(new URL('http://localhost:5173/whatever')));
    expect(rows).toHaveLength(6);
  });

  it('returns null for the list container where there is no list', () => {
    expect(findOrderListContainer(parseHtml('<main><p>Nothing here</p></main>'))).toBeNull();
    expect(findOrderListContainer(loadFixture(SHAPES.usDetail.file))).toBeNull();
  });

  it('finds a list without the data-log wrapper by its orders', () => {
    const container = findOrderListContainer(loadFixture(SHAPES.usCards.file));
    expect(container?.getAttribute('role')).toBe('grid');
  });
});
