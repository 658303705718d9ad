import { browser } from 'wxt/browser';

/** The data Firefox's built-in consent lists as optional in our manifest (wxt.config.ts). */
const SHOP_CONNECTION_DATA = ['authenticationInfo'] as const;

/**
 * Firefox (140+) asks the seller's consent before the extension may send data outside the browser;
 * connecting a shop sends the shop's tokens to the TikTok Shop Open API. Chrome has no such consent
 * (the store listing's privacy practices cover it). Must be called first in the click path: Firefox
 * asks only within a user gesture, and a request it cannot show counts as no consent.
 */
export async function consentToSendShopCredentials(): Promise<boolean> {
  if (!import.meta.env.FIREFOX) return true;
  const permissions = browser.permissions as unknown as {
    request(request: { data_collection: readonly string[] }): Promise<boolean>;
  };
  try {
    return await permissions.request({ data_collection: SHOP_CONNECTION_DATA });
  } catch {
    return false;
  }
}
