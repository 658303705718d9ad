// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { trustedClick } from '@/entrypoints/seller-center.content/trusted-click';

describe('trustedClick', () => {
  it('ignores clicks a page script makes (element.click(), dispatchEvent): isTrusted is false', () => {
    const handler = vi.fn();
    const button = document.createElement('button');
    button.addEventListener('click', trustedClick(handler));
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes the seller’s own clicks through', () => {
    const handler = vi.fn();
    const listener = trustedClick(handler);
    const event = new MouseEvent('click');
    Object.defineProperty(event, 'isTrusted', { value: true });
    listener(event);
    expect(handler).toHaveBeenCalledWith(event);
  });
});
