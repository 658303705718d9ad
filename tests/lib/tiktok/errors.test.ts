import { describe, expect, it } from 'vitest';
import { TikTokApiError, describeTikTokError, isTikTokApiError, type TikTokErrorKind } from '@/lib/tiktok';

const KINDS: TikTokErrorKind[] = ['auth', 'rate-limit', 'server', 'timeout', 'network', 'schema', 'api'];

describe('describeTikTokError', () => {
  it.each(KINDS)('has English and Chinese text for %s', (kind) => {
    const text = describeTikTokError(new TikTokApiError({ kind, endpoint: 'orders.search', message: 'x' }));
    expect(text.en.length).toBeGreaterThan(10);
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('adds the platform code and the failing field', () => {
    const text = describeTikTokError(
      new TikTokApiError({
        kind: 'schema',
        endpoint: 'orders.tracking',
        message: 'x',
        code: 0,
        fieldPath: 'data.tracking',
      }),
    );
    expect(text.en).toContain('code 0');
    expect(text.en).toContain('field data.tracking');
    expect(text.zh).toContain('字段 data.tracking');
  });
});

describe('TikTokApiError', () => {
  it('defaults to no reconnect and one attempt, and is recognisable', () => {
    const error = new TikTokApiError({ kind: 'api', endpoint: 'e', message: 'm', code: 12 });
    expect(error).toMatchObject({ reconnect: false, attempts: 1, code: 12, name: 'TikTokApiError' });
    expect(isTikTokApiError(error)).toBe(true);
    expect(isTikTokApiError(new Error('m'))).toBe(false);
  });
});
