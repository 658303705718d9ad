// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  detectPageLanguage,
  findPrintLabelButtons,
  findTrackingUploadInputs,
  findUploadButtons,
} from '@/lib/seller-center';
import { SHAPES, loadFixture, parseHtml } from './fixtures';

const captions = (elements: Element[]) => elements.map((e) => e.textContent?.trim());

describe('findPrintLabelButtons', () => {
  it.each([
    [SHAPES.usTable.file, ['Print label', 'Print label', 'Print']],
    [SHAPES.gbTableZh.file, ['打印面单', '打印']],
    [SHAPES.usCards.file, ['Print label', 'Purchase and print', 'Print', 'Print label']],
    [SHAPES.usDetail.file, ['Print label']],
    [SHAPES.gbDetailZh.file, ['打印面单']],
    [SHAPES.usLabels.file, ['Print', 'Print']],
    [SHAPES.uploadEn.file, ['Print label']],
  ])('%s → %j', (file, expected) => {
    expect(captions(findPrintLabelButtons(loadFixture(file)))).toEqual(expected);
  });

  it('leaves out Printing History, Recreate label and other buttons', () => {
    const doc = parseHtml(
      '<button>Printing History</button><button>Recreate label</button><a role="button">Print preview settings</a><button>Print labels (3)</button><button aria-label="Print label"><svg></svg></button>',
    );
    expect(findPrintLabelButtons(doc).map((b) => b.textContent || b.getAttribute('aria-label'))).toEqual([
      'Print labels (3)',
      'Print label',
    ]);
  });

  it('returns the button, not a span inside it', () => {
    const doc = parseHtml('<button type="button"><span role="button">Print</span></button>');
    expect(findPrintLabelButtons(doc).map((b) => b.tagName)).toEqual(['BUTTON']);
  });
});

describe('findUploadButtons', () => {
  it('finds the bulk Upload / 上传 buttons', () => {
    expect(captions(findUploadButtons(loadFixture(SHAPES.usTable.file)))).toEqual(['Upload']);
    expect(captions(findUploadButtons(loadFixture(SHAPES.gbTableZh.file)))).toEqual(['上传']);
  });
});

describe('findTrackingUploadInputs', () => {
  it('finds only the file input of the tracking upload dialog (English)', () => {
    const inputs = findTrackingUploadInputs(loadFixture(SHAPES.uploadEn.file));
    expect(inputs.map((i) => i.getAttribute('accept'))).toEqual(['.xlsx,.xls,.csv']);
  });

  it('finds the file input of a Chinese <dialog> titled 批量上传物流单号', () => {
    const inputs = findTrackingUploadInputs(loadFixture(SHAPES.uploadZh.file));
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.closest('dialog')).not.toBeNull();
  });

  it('finds the input on an upload page without a dialog, by its section', () => {
    const doc = parseHtml(
      '<main><section><h2>Upload tracking info</h2><div><div><input type="file"></div></div></section><section><h2>Product images</h2><input type="file"></section></main>',
    );
    expect(findTrackingUploadInputs(doc)).toHaveLength(1);
  });

  it('finds nothing where no upload is open', () => {
    expect(findTrackingUploadInputs(loadFixture(SHAPES.usTable.file))).toEqual([]);
  });
});

describe('detectPageLanguage', () => {
  it.each([
    [SHAPES.usTable.file, 'en'],
    [SHAPES.gbTableZh.file, 'zh'],
    [SHAPES.usCards.file, 'en'],
    [SHAPES.usDetail.file, 'en'],
    [SHAPES.gbDetailZh.file, 'zh'],
    [SHAPES.uploadZh.file, 'zh'],
  ])('%s → %s', (file, lang) => {
    expect(detectPageLanguage(loadFixture(file))).toBe(lang);
  });

  it('trusts the labels over a stale lang attribute', () => {
    expect(
      detectPageLanguage(parseHtml('<html lang="en"><body><span>订单号：</span><span>物流单号</span></body></html>')),
    ).toBe('zh');
    expect(
      detectPageLanguage(
        parseHtml('<html lang="zh-CN"><body><span>Order ID:</span><span>Tracking number</span></body></html>'),
      ),
    ).toBe('en');
  });

  it('falls back to lang, then to the share of Chinese text', () => {
    expect(detectPageLanguage(parseHtml('<html lang="zh-Hans"><body><p>577424858038964867</p></body></html>'))).toBe(
      'zh',
    );
    expect(detectPageLanguage(parseHtml('<html><body><p>这是一个中文页面 SKU</p></body></html>'))).toBe('zh');
    expect(detectPageLanguage(parseHtml('<html><body><p>Nothing to see</p></body></html>'))).toBe('en');
  });

  it('accepts an element', () => {
    const doc = parseHtml('<div id="x"><span>待发货</span></div>');
    expect(detectPageLanguage(doc.getElementById('x')!)).toBe('zh');
  });
});
