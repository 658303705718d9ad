// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptStyles, HintRegistry } from '@/entrypoints/seller-center.content/hint-host';

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

describe('HintRegistry', () => {
  it('does not draw a hint removed after its anchor came near the viewport but before the frame that draws it', () => {
    // the shared observer reports the anchor near; its draws wait for the next animation frame
    let report: IntersectionObserverCallback | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: IntersectionObserverCallback) {
          report = callback;
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const anchor = document.body.appendChild(document.createElement('label'));
    const hints = new HintRegistry('waybill-warning');
    hints.upsert('upload', anchor, 'reading|0%', (root) => root.append('Reading…'));
    report!([{ target: anchor, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as never);
    // the check finished in between: the progress hint goes, the result takes its place
    hints.remove('upload');
    hints.upsert('577000000000000001', anchor, 'done', (root) => root.append('1 rows checked'));
    for (const frame of frames.splice(0)) frame(0);
    const hosts = [...document.querySelectorAll('[data-lml="waybill-warning"]')];
    expect(hosts.map((h) => h.getAttribute('data-order-id'))).toEqual(['577000000000000001']);
    vi.unstubAllGlobals();
  });
});
