// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forEachTextNode,
  hasValueText,
  queryAll,
  queryTextControls,
  readingPage,
  textOf,
  textPiecesOf,
  trimFormattingWhitespace,
  valueTextOf,
} from '@/lib/seller-center/dom-text';
import { parseHtml } from './fixtures';

describe('trimFormattingWhitespace', () => {
  it.each([
    ['\n      RB123456785GB\n    ', 'RB123456785GB'],
    ['\n  RB 123456785GB\u200B\n', 'RB 123456785GB\u200B'], // inner space and trailing zero-width stay
    ['\t9400111206206406260787', '9400111206206406260787'],
    [' 1Z5R89390357567127', ' 1Z5R89390357567127'], // a single space is shown text, not formatting
    ['RB123456785GB ', 'RB123456785GB '],
    ['\u00A0RB123456785GB\n ', '\u00A0RB123456785GB'], // NBSP is a defect, never formatting
    ['\u3000RB123456785GB', '\u3000RB123456785GB'],
    ['  \n  ', ''],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(trimFormattingWhitespace(input)).toBe(output);
  });
});

// ---------------------------------------------------------------------------------------------------
// Text walks and queries take shortcuts for speed (TreeWalker, text-only walks, marker checks without
// ancestor walks; issue #5). They must read exactly what a plain recursive walk reads.

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** The reference: a recursive walk over childNodes with the documented skips. */
function referenceTexts(root: Node, skip?: (el: Element) => boolean): string[] {
  const out: string[] = [];
  const walk = (node: Node, isRoot: boolean) => {
    if (node.nodeType === 3) {
      out.push((node as Text).data);
      return;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (HIDDEN.has(el.tagName) || el.hasAttribute('data-lml')) return;
      if (skip && !isRoot && skip(el)) return;
    }
    node.childNodes.forEach((child) => walk(child, false));
  };
  walk(root, true);
  return out;
}

const valueSkip = (el: Element) =>
  el.tagName === 'BUTTON' || el.tagName.toLowerCase() === 'svg' || el.getAttribute('role') === 'button';
const iconSkip = (el: Element) => el.tagName === 'BUTTON' || el.tagName.toLowerCase() === 'svg';

/** Random markup: text, our hint hosts (empty or not), scripts, styles, buttons, icons, role=button, deep nesting, wide lists. */
function markupArbitrary(): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('a', ' ', 'RB 123\u200b', '\n  ', '订单号：', 'Print'),
      fc.constantFrom(
        '<script>var x = "hidden"</script>',
        '<style>.x{}</style>',
        '<template><b>t</b></template>',
        '<lml-hint data-lml="carrier-badge"></lml-hint>',
        '<br>',
        '<svg><text>icon</text></svg>',
      ),
      fc
        .tuple(
          fc.constantFrom('div', 'span', 'button', 'td-row', 'b', 'lml', 'icon-button'),
          fc.array(tie('node'), { maxLength: 12 }),
        )
        .map(([tag, children]) => {
          const inner = children.join('');
          if (tag === 'td-row') return `<div role="row"><span role="cell">${inner}</span></div>`;
          if (tag === 'lml') return `<span data-lml="waybill-warning"><b>${inner}</b></span>`;
          if (tag === 'icon-button') return `<span role="button">${inner}</span>`;
          return `<${tag}>${inner}</${tag}>`;
        }),
    ),
  }));
  return fc.array(node, { minLength: 1, maxLength: 12 }).map((nodes) => nodes.join(''));
}

function everyElement(doc: Document): Element[] {
  return [doc.documentElement, ...Array.from(doc.documentElement.querySelectorAll('*'))];
}

/** Runs a check as it is and inside `readingPage` (where queries share what they learned about the page). */
const bothWays = (check: () => void) => {
  check();
  readingPage(check);
};

describe('text walks', () => {
  it('read exactly what a plain recursive walk reads, from the page and from every element', () => {
    fc.assert(
      fc.property(markupArbitrary(), (html) => {
        const doc = parseHtml(`<body><main>${html}</main></body>`);
        for (const root of [doc, ...everyElement(doc)] as Node[])
          bothWays(() => {
            const seen: string[] = [];
            forEachTextNode(root, (t) => seen.push(t.data));
            expect(seen).toEqual(referenceTexts(root));
            expect(textOf(root)).toBe(referenceTexts(root).join(''));
            expect(valueTextOf(root)).toBe(referenceTexts(root, valueSkip).join(''));
            expect(textPiecesOf(root)).toEqual(
              referenceTexts(root, iconSkip)
                .map((t) => t.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ').trim())
                .filter(Boolean),
            );
            expect(hasValueText(root, /[^ \t\n\r\f]/)).toBe(
              /[^ \t\n\r\f]/.test(referenceTexts(root, valueSkip).join('')),
            );
          });
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('leave out the text of our hint hosts, whether their content is in a shadow root or not', () => {
    const doc = parseHtml(
      '<div id="row"><span>RB123</span><lml-hint data-lml="waybill-warning"></lml-hint><span data-lml="carrier-badge"><b>3 eligible</b></span></div>',
    );
    doc.querySelector('lml-hint')!.attachShadow({ mode: 'open' }).textContent = 'Space at position 3';
    expect(textOf(doc.getElementById('row')!)).toBe('RB123');
    expect(textOf(doc)).toBe('RB123');
  });
});

describe('queryAll', () => {
  it('leaves out exactly the elements that are ours or inside ours', () => {
    fc.assert(
      fc.property(markupArbitrary(), (html) => {
        const doc = parseHtml(`<body><main>${html}</main></body>`);
        for (const root of [doc, ...everyElement(doc)] as ParentNode[])
          bothWays(() => {
            const expected = Array.from(root.querySelectorAll('span, b, lml-hint')).filter(
              (el) => !el.closest('[data-lml]'),
            );
            const inOwn = root instanceof Element && root.closest('[data-lml]') !== null;
            expect(queryAll(root, ['span', 'b', 'lml-hint'])).toEqual(inOwn ? [] : expected);
          });
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('queryTextControls', () => {
  const selectors = ['input:not([type])', 'input[type="text"]', 'input[type="number"]', 'textarea'];

  it('finds what queryAll finds, split into inputs and textareas, in document order, without ours', () => {
    const doc = parseHtml(
      '<main><input id="a"><textarea id="t"></textarea><input type="checkbox"><span data-lml="x"><input id="own"></span><div><input type="number" id="b"></div></main>',
    );
    bothWays(() => {
      const found = queryAll(doc, selectors);
      expect(queryTextControls(doc, selectors)).toEqual({
        inputs: found.filter((el) => el.tagName === 'INPUT'),
        textareas: found.filter((el) => el.tagName === 'TEXTAREA'),
      });
      expect(queryTextControls(doc, selectors).inputs.map((el) => el.id)).toEqual(['a', 'b']);
    });
  });

  it('falls back to a full query when a selector could match other elements (a rule-pack override)', () => {
    const doc = parseHtml('<main><div contenteditable id="c"></div><input id="a"></main>');
    expect(queryTextControls(doc, ['input', '[contenteditable]', 'input ~ div']).inputs.map((el) => el.id)).toEqual([
      'a',
    ]);
  });
});
