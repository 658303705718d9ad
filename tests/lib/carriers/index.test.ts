import { describe, expect, it } from 'vitest';
import { CARRIER_ALIASES, CARRIER_IDS, resolveCarrierId, resolveMarket } from '@/lib/carriers';

describe('resolveCarrierId', () => {
  it.each([
    ['J&T Express', 'jt-express'],
    ['极兔速递', 'jt-express'],
    ['USPS Ground Advantage™', 'usps'],
    ['Royal Mail Tracked 24', 'royal-mail'],
    ['DHL eCommerce Asia', 'dhl-ecommerce'],
    ['菜鸟国际', 'cainiao'],
    ['ninja-van', 'ninja-van'],
    ['  YunExpress  ', 'yunexpress'],
  ])('maps %s to %s', (name, id) => {
    expect(resolveCarrierId(name)).toBe(id);
  });

  it('returns undefined for unknown or non-string input', () => {
    expect(resolveCarrierId('Pony Express Deluxe')).toBeUndefined();
    expect(resolveCarrierId('')).toBeUndefined();
    expect(resolveCarrierId(42)).toBeUndefined();
  });

  it('resolves every id and every alias back to its own carrier', () => {
    for (const id of CARRIER_IDS) {
      expect(resolveCarrierId(id)).toBe(id);
      for (const alias of CARRIER_ALIASES[id]) expect(resolveCarrierId(alias), alias).toBe(id);
    }
  });
});

describe('resolveMarket', () => {
  it('accepts UK as GB and rejects unknown markets', () => {
    expect(resolveMarket('uk')).toBe('GB');
    expect(resolveMarket('US')).toBe('US');
    expect(resolveMarket('XX')).toBeUndefined();
  });
});
