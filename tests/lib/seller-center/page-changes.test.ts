// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { memoPerPageChange } from '@/lib/seller-center/page-changes';

function counted(doc: Document) {
  let searches = 0;
  const search = memoPerPageChange((d) => {
    searches++;
    return d.querySelectorAll('input').length;
  });
  return { ask: () => search(doc), searches: () => searches };
}

describe('memoPerPageChange', () => {
  it('searches once while the page stays the same, and again right after the page changed', () => {
    const doc = document.implementation.createHTMLDocument('list');
    doc.body.innerHTML = '<div id="cell"><input></div>';
    const { ask, searches } = counted(doc);
    expect([ask(), ask(), ask()]).toEqual([1, 1, 1]);
    expect(searches()).toBe(1);
    doc.getElementById('cell')!.append(doc.createElement('input')); // no await: the change is seen at once
    expect(ask()).toBe(2);
    doc.getElementById('cell')!.firstChild!.remove();
    expect(ask()).toBe(1);
    expect(searches()).toBe(3);
  });

  it('counts text and attribute changes, but not style, a typed value or our own hints', () => {
    const doc = document.implementation.createHTMLDocument('detail');
    doc.body.innerHTML = '<label for="w">Weight</label><input id="w">';
    const { ask, searches } = counted(doc);
    ask();
    const input = doc.getElementById('w')!;
    input.setAttribute('style', 'width: 10px');
    input.setAttribute('value', '1.5');
    const hint = doc.createElement('lml-hint');
    hint.dataset.lml = 'fee-estimate';
    input.after(hint);
    hint.append(doc.createElement('span'));
    hint.remove();
    ask();
    expect(searches()).toBe(1);
    doc.querySelector('label')!.firstChild!.textContent = 'Length';
    ask();
    expect(searches()).toBe(2);
    input.setAttribute('aria-label', 'Height');
    ask();
    expect(searches()).toBe(3);
  });
});
