import { describe, expect, it } from 'vitest';
import { INPUT_ERROR_MESSAGES, PRINT_ADVICE, PRINT_MESSAGES, PRINT_NOTES } from '@/lib/label/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Derived from the maps themselves, so a new message is checked without editing this test.
const ALL = { ...PRINT_MESSAGES, ...PRINT_ADVICE, ...PRINT_NOTES, ...INPUT_ERROR_MESSAGES };

describe('lib/label messages', () => {
  it.each(Object.entries(ALL))('%s has the same placeholders in English and Chinese', (_code, message) => {
    expect(placeholders(message.zh)).toEqual(placeholders(message.en));
    expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(message.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('cites seed S33 and its 61 % figure in the below-203-dpi message', () => {
    expect(PRINT_MESSAGES['below-203-dpi'].en).toContain('61 %');
    expect(PRINT_MESSAGES['below-203-dpi'].en).toContain('S33');
  });
});
