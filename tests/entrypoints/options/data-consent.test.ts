import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { consentToSendShopCredentials } from '@/entrypoints/options/data-consent';

function stubPermissionsRequest(impl: (request: unknown) => Promise<boolean>) {
  const request = vi.fn(impl);
  Object.defineProperty(browser.permissions, 'request', { value: request, configurable: true, writable: true });
  return request;
}

afterEach(() => vi.unstubAllEnvs());

describe('consentToSendShopCredentials', () => {
  it('asks nothing on Chrome (no built-in data consent there)', async () => {
    expect(import.meta.env.FIREFOX).toBeFalsy(); // the test build is not Firefox's
    const request = stubPermissionsRequest(async () => false);
    await expect(consentToSendShopCredentials()).resolves.toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks Firefox for exactly the optional data of the manifest, and honours a refusal', async () => {
    vi.stubEnv('FIREFOX', 'true'); // stubEnv takes strings; any non-empty one is truthy as WXT's flag is
    const request = stubPermissionsRequest(async () => false);
    await expect(consentToSendShopCredentials()).resolves.toBe(false);
    expect(request).toHaveBeenCalledWith({ data_collection: ['authenticationInfo'] });
  });

  it('counts a request Firefox cannot show (no user gesture) as no consent', async () => {
    vi.stubEnv('FIREFOX', 'true'); // stubEnv takes strings; any non-empty one is truthy as WXT's flag is
    stubPermissionsRequest(async () => {
      throw new Error('permissions.request may only be called from a user input handler');
    });
    await expect(consentToSendShopCredentials()).resolves.toBe(false);
  });
});
