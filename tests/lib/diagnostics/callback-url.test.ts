import { describe, expect, it } from 'vitest';
import { compareCallbackUrl, readHostPath } from '@/lib/diagnostics';

const US = 'us-api.tiktokshop.com/logistics/v3/tracking';

describe('compareCallbackUrl (S28 step 2)', () => {
  it.each([
    'https://us-api.tiktokshop.com/logistics/v3/tracking',
    'http://us-api.tiktokshop.com/logistics/v3/tracking',
    'https://us-api.tiktokshop.com/logistics/v3/tracking/',
    'us-api.tiktokshop.com/logistics/v3/tracking//',
    'HTTPS://US-API.TIKTOKSHOP.COM/logistics/v3/tracking',
    'https://us-api.tiktokshop.com:443/logistics/v3/tracking',
    'https://us-api.tiktokshop.com/logistics/v3/tracking?app_key=abc',
  ])('%s matches', (entered) => {
    expect(compareCallbackUrl(entered, US).kind).toBe('match');
  });

  it.each([
    ['https://us-api.tiktokshop.com/logistics/v2/tracking', 'path'],
    ['https://us-api.tiktokshop.com/Logistics/v3/tracking', 'path'],
    ['https://api.tiktokshop.com/logistics/v3/tracking', 'host'],
    ['https://us-api.tiktokshop.com:8443/logistics/v3/tracking', 'host'],
    ['https://open-api.tiktokglobalshop.com/tracking', 'host-and-path'],
  ] as const)('%s differs in %s', (entered, differs) => {
    expect(compareCallbackUrl(entered, US)).toMatchObject({ kind: 'mismatch', differs, expectedHostPath: US });
  });

  it('text that is not a web address is reported as such', () => {
    for (const entered of ['ask support', 'ftp://us-api.tiktokshop.com/logistics/v3/tracking', 'localhost/tracking']) {
      expect(compareCallbackUrl(entered, US).kind).toBe('not-a-url');
    }
  });

  it('nothing entered is "empty", not a mismatch', () => {
    expect(compareCallbackUrl(undefined, US).kind).toBe('empty');
    expect(compareCallbackUrl('   ', US).kind).toBe('empty');
  });

  it('readHostPath lowercases the host and keeps the path', () => {
    expect(readHostPath('HTTPS://US-API.tiktokshop.com/logistics/v3/tracking/')).toEqual({
      host: 'us-api.tiktokshop.com',
      path: '/logistics/v3/tracking',
    });
    expect(readHostPath('not a url')).toBeUndefined();
  });
});
