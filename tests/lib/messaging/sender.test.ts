import { describe, expect, it } from 'vitest';
import { classifySender, protocol } from '@/lib/messaging';
import { SELLER_CENTER_HOSTS } from '@/lib/seller-center/hosts';

const ID = 'lastmile-lens-id';
const ORIGIN = 'chrome-extension://lastmile-lens-id/';

describe('classifySender', () => {
  it('calls our own pages "ui"', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('ui');
    expect(classifySender({ id: ID, url: `${ORIGIN}sidepanel.html?order=1` }, ID, ORIGIN)).toBe('ui');
  });

  it.each(SELLER_CENTER_HOSTS.map((h) => h.host))('calls our content script on https://%s "page"', (host) => {
    expect(classifySender({ id: ID, url: `https://${host}/order?tab=to_ship` }, ID, ORIGIN)).toBe('page');
  });

  it.each([
    ['another extension', { id: 'other-extension', url: `${ORIGIN}popup.html` }],
    ['no extension id', { url: 'https://seller-us.tiktok.com/order' }],
    ['plain http on a Seller Center host', { id: ID, url: 'http://seller-us.tiktok.com/order' }],
    ['a look-alike host', { id: ID, url: 'https://seller-us.tiktok.com.evil.example/order' }],
    ['a sub-domain we do not run on', { id: ID, url: 'https://x.seller-us.tiktok.com/order' }],
    ['another site', { id: ID, url: 'https://example.com/' }],
    ['no URL', { id: ID }],
    ['a URL that does not parse', { id: ID, url: 'not a url' }],
    ['another extension origin', { id: ID, url: 'chrome-extension://someone-else/popup.html' }],
  ])('trusts nobody for %s', (_what, sender) => {
    expect(classifySender(sender, ID, ORIGIN)).toBeNull();
  });
});

describe('protocol senders', () => {
  it('never lets a page send a message that carries or changes credentials', () => {
    for (const type of ['connect-shop', 'test-connection', 'disconnect', 'connection-status'] as const) {
      expect(protocol[type].from as readonly string[]).not.toContain('page');
    }
  });
  it('lets both pages and our UI ask for the effective context', () => {
    expect(protocol['get-context'].from).toEqual(['page', 'ui']);
  });
});
