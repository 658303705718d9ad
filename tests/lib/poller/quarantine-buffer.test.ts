import { describe, expect, it } from 'vitest';
import { createQuarantineBuffer } from '@/lib/poller';

const item = (path: string) => ({ endpoint: 'orders.tracking', path, issue: 'bad', payload: {} });

describe('createQuarantineBuffer', () => {
  it('hands over what was collected once', () => {
    const buffer = createQuarantineBuffer();
    buffer.add(item('data.tracking[0]'));
    buffer.add(item('data.tracking[1]'));
    expect(buffer.take().map((i) => i.path)).toEqual(['data.tracking[0]', 'data.tracking[1]']);
    expect(buffer.take()).toEqual([]);
  });

  it('stops collecting at its bound', () => {
    const buffer = createQuarantineBuffer(2);
    for (let i = 0; i < 5; i += 1) buffer.add(item(`data.tracking[${i}]`));
    expect(buffer.take()).toHaveLength(2);
  });
});
