// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptStyles } from '@/entrypoints/seller-center.content/hint-host';

const rootOf = () => document.createElement('div').attachShadow({ mode: 'open' });

describe('adoptStyles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives every hint root the one stylesheet object of a CSS text, once, after the ones it has', () => {
    const [a, b] = [rootOf(), rootOf()];
    adoptStyles(a, ':host { color: red; }');
    adoptStyles(a, '.chip { color: blue; }');
    adoptStyles(a, '.chip { color: blue; }'); // a re-render asks again
    adoptStyles(b, '.chip { color: blue; }');
    expect(a.adoptedStyleSheets).toHaveLength(2);
    expect(a.adoptedStyleSheets[1]).toBe(b.adoptedStyleSheets[0]);
    expect(a.querySelector('style')).toBeNull();
  });

  it('falls back to one <style data-base> per CSS text where constructable stylesheets are missing', () => {
    vi.stubGlobal(
      'CSSStyleSheet',
      class {
        constructor() {
          throw new TypeError('Illegal constructor');
        }
      },
    );
    const root = rootOf();
    adoptStyles(root, '.upload-only { color: green; }');
    adoptStyles(root, '.upload-only { color: green; }');
    const styles = root.querySelectorAll('style[data-base]');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe('.upload-only { color: green; }');
  });
});
