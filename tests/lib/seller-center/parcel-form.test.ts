// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPackageWeightInputs, findParcelFormFields } from '@/lib/seller-center';
import { SHAPES, loadFixture, parseHtml } from './fixtures';

function summary(root: ParentNode) {
  const fields = findParcelFormFields(root);
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, `${v.input.value} ${v.unit}`]));
}

describe('findParcelFormFields', () => {
  it('finds the English detail form: label[for] + unit select, aria-labels + shared unit select', () => {
    expect(summary(loadFixture(SHAPES.usDetail.file))).toEqual({
      weight: '1.5 lb',
      length: '20 cm',
      width: '15 cm',
      height: '10.5 cm',
    });
  });

  it('finds the Chinese detail form: 重量 label + "g" suffix, 长/宽/高 placeholders + 厘米 suffix', () => {
    expect(summary(loadFixture(SHAPES.gbDetailZh.file))).toEqual({
      weight: '850 g',
      length: '30 cm',
      width: '20 cm',
      height: '5 cm',
    });
  });

  it('finds visible Length / Width / Height labels, the unit in a label bracket, and suffixes', () => {
    expect(summary(loadFixture('shapes/seller-shipping-drawer-en.html'))).toEqual({
      weight: '2.5 lb',
      length: '12 in',
      width: '9 in',
      height: '3 in',
    });
  });

  it('reads a unit switched beside the same input at once, though where the fields are is remembered', () => {
    const doc = loadFixture(SHAPES.usDetail.file);
    expect(summary(doc).weight).toBe('1.5 lb');
    const unit = [...doc.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'kg'))!;
    unit.value = 'kg';
    expect(summary(doc).weight).toBe('1.5 kg'); // the location is reused: a select's choice changes no DOM
  });

  it('sees a label renamed in place at once, though the inputs stayed the same', () => {
    const doc = parseHtml(
      '<label for="a">Weight</label><input id="a" value="2"><label for="b">Note</label><input id="b" value="3">',
    );
    expect(summary(doc)).toEqual({ weight: '2 kg' });
    const labels = doc.querySelectorAll('label');
    labels[0]!.textContent = 'Note';
    labels[1]!.textContent = 'Weight';
    expect(summary(doc)).toEqual({ weight: '3 kg' });
  });

  it('returns the input elements themselves', () => {
    const doc = loadFixture(SHAPES.usDetail.file);
    expect(findParcelFormFields(doc).weight?.input).toBe(doc.getElementById('pkg-weight'));
  });

  it.each([
    ['aria-label with unit', '<input aria-label="Weight (kg)" value="1">', { weight: '1 kg' }],
    ['placeholder in Chinese with bracket', '<input placeholder="重量（磅）" value="3">', { weight: '3 lb' }],
    ['placeholder sentence', '<input placeholder="Enter package weight" value="3">', { weight: '3 kg' }],
    [
      'default units kg / cm',
      '<input aria-label="Weight" value="1"><input aria-label="Length" value="2">',
      { weight: '1 kg', length: '2 cm' },
    ],
    [
      'Arco select showing the unit',
      '<div><input aria-label="Weight" value="9"><div role="combobox"><span>oz</span></div></div>',
      { weight: '9 oz' },
    ],
    [
      'zh 长度/宽度/高度 labels',
      '<div><label>长度 <input value="1"></label></div><div><label>宽度 <input value="2"></label></div><div><label>高度 <input value="3"></label></div>',
      { length: '1 cm', width: '2 cm', height: '3 cm' },
    ],
    [
      'zh 长度 with unit next to it',
      '<div><span>长度</span><div><input value="4"><span>英寸</span></div></div>',
      { length: '4 in' },
    ],
    [
      'a Dimensions label in front of three inputs',
      '<div><span>Dimensions</span><div><input value="1"><input value="2"><input value="3"><select><option selected>in</option></select></div></div>',
      { length: '1 in', width: '2 in', height: '3 in' },
    ],
  ])('%s', (_name, html, expected) => {
    expect(summary(parseHtml(html))).toEqual(expected);
  });

  it('does not take the size unit for the weight', () => {
    const doc = parseHtml(
      '<form><div><label for="w">Weight</label><input id="w" value="1"></div><div><input aria-label="Length" value="2"><span>cm</span></div></form>',
    );
    expect(summary(doc)).toEqual({ weight: '1 kg', length: '2 cm' });
  });

  it('ignores unrelated inputs, hidden inputs and our own nodes', () => {
    const doc = parseHtml(
      '<input placeholder="Search order ID, tracking number"><input type="hidden" aria-label="Weight" value="1"><div data-lml="fee-estimate"><input aria-label="Weight" value="5"></div>',
    );
    expect(findParcelFormFields(doc)).toEqual({});
  });
});

describe('findPackageWeightInputs (shipment page, ref §2.8)', () => {
  const shape = 'shapes/shipment-weight-us-en.html';

  it('finds the per-row popover (with its order) and the bulk drawer (no order), both in lb', () => {
    const found = findPackageWeightInputs(loadFixture(shape));
    expect(found.map((f) => ({ value: f.input.value, unit: f.unit, orderId: f.orderId }))).toEqual([
      { value: '0.45', unit: 'lb', orderId: '577424858038964867' },
      { value: '', unit: 'lb', orderId: undefined },
    ]);
    expect(found.every((f) => f.anchor.contains(f.input))).toBe(true);
  });

  it('takes a Chinese drawer in 千克 and an order id attribute on the row; nothing when no such input', () => {
    const doc = parseHtml(`<table><tr data-log_order_id="577524130949468533"><td>
      <div data-log_module_name="package_weight_edit_popover"><label for="packageWeight_input">包裹重量</label>
      <span class="core-input-group"><input id="packageWeight_input" value="1.2"><span>千克</span></span></div>
      </td></tr></table>`);
    expect(findPackageWeightInputs(doc).map((f) => [f.orderId, f.unit])).toEqual([['577524130949468533', 'kg']]);
    expect(findPackageWeightInputs(loadFixture(SHAPES.usDetail.file))).toEqual([]);
  });
});
