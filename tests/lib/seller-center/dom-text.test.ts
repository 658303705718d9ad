import { describe, expect, it } from 'vitest';
import { trimFormattingWhitespace } from '@/lib/seller-center/dom-text';

describe('trimFormattingWhitespace', () => {
  it.each([
    ['\n      RB123456785GB\n    ', 'RB123456785GB'],
    ['\n  RB 123456785GB\u200B\n', 'RB 123456785GB\u200B'], // inner space and trailing zero-width stay
    ['\t9400111206206406260787', '9400111206206406260787'],
    [' 1Z5R89390357567127', ' 1Z5R89390357567127'], // a single space is shown text, not formatting
    ['RB123456785GB ', 'RB123456785GB '],
    ['\u00A0RB123456785GB\n ', '\u00A0RB123456785GB'], // NBSP is a defect, never formatting
    ['\u3000RB123456785GB', '\u3000RB123456785GB'],
    ['  \n  ', ''],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(trimFormattingWhitespace(input)).toBe(output);
  });
});
