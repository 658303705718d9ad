import { describe, expect, it } from 'vitest';
import { openForShop, sealForShop } from '@/hub/src/token-box';

describe('sealForShop / openForShop', () => {
  const tokens = { accessToken: 'ROW_access', refreshToken: 'ROW_refresh' };

  it('round-trips, with a fresh IV each time and no plaintext in the sealed text', async () => {
    const a = await sealForShop('kek', 'shop-1', tokens);
    const b = await sealForShop('kek', 'shop-1', tokens);
    expect(a).not.toBe(b);
    expect(a).not.toContain('ROW_');
    expect(await openForShop('kek', 'shop-1', a)).toEqual(tokens);
  });

  it('refuses another KEK or another shop', async () => {
    const sealed = await sealForShop('kek', 'shop-1', tokens);
    await expect(openForShop('other-kek', 'shop-1', sealed)).rejects.toThrow();
    await expect(openForShop('kek', 'shop-2', sealed)).rejects.toThrow();
    await expect(openForShop('kek', 'shop-1', 'garbage')).rejects.toThrow('malformed');
  });
});
