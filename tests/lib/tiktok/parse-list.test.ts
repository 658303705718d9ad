import { describe, expect, it, vi } from 'vitest';
import { formatIssuePath, orderSchema, parseListItems } from '@/lib/tiktok';

describe('formatIssuePath', () => {
  it('writes paths the way JSON reads', () => {
    expect(formatIssuePath(['data', 'orders', 3, 'line_items', 0, 'id'])).toBe('data.orders[3].line_items[0].id');
    expect(formatIssuePath([])).toBe('');
  });
});

describe('parseListItems', () => {
  it('returns the good items and quarantines the bad one with its field path', () => {
    const onQuarantine = vi.fn();
    const bad = { id: 42, status: 'DELIVERED' };
    const { items, quarantinedCount } = parseListItems(
      'orders.search',
      'data.orders',
      [{ id: '1', status: 'UNPAID' }, bad, { id: '3', status: 'DELIVERED' }],
      orderSchema,
      onQuarantine,
    );
    expect(items.map((o) => o.id)).toEqual(['1', '3']);
    expect(quarantinedCount).toBe(1);
    expect(onQuarantine).toHaveBeenCalledWith({
      endpoint: 'orders.search',
      path: 'data.orders[1].id',
      issue: 'expected the id as a string',
      payload: bad,
    });
  });

  it('quarantines a non-object item at the item path', () => {
    const onQuarantine = vi.fn();
    parseListItems('orders.search', 'data.orders', ['oops'], orderSchema, onQuarantine);
    expect(onQuarantine.mock.calls[0]?.[0]).toMatchObject({ path: 'data.orders[0]', payload: 'oops' });
  });
});
