import { findFirstNonWaybillUnit, scanCharacters } from './characters';

/**
 * Longest raw text (UTF-16 units) that is scanned at all. Anything longer is a paste of something
 * else (a whole label, a chat message, a 1 MB cell) and is answered `too-long` without reading it,
 * so the cost stays constant whatever the input size.
 */
export const MAX_SCANNED_LENGTH = 256;

/** Longest cleaned candidate still checked against formats (no format is longer than 41). */
export const MAX_WAYBILL_LENGTH = 64;

export type CoercedInput =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'not-text'; description: string };

/**
 * Turns whatever a page, a spreadsheet or a message handed us into text, without ever throwing:
 * strings as they are; whole non-negative numbers a spreadsheet may produce (a 12-digit FedEx number
 * stored as a number) as their decimal digits; `null`/`undefined` as missing; anything else (objects,
 * symbols, numbers past 2^53 that have already lost digits) as not text.
 * Example: `coerceWaybillInput(986578788855)` → `{ kind: 'text', text: '986578788855' }`.
 */
export function coerceWaybillInput(raw: unknown): CoercedInput {
  switch (typeof raw) {
    case 'string':
      return { kind: 'text', text: raw };
    case 'number':
      return Number.isSafeInteger(raw) && raw >= 0
        ? { kind: 'text', text: String(raw) }
        : {
            kind: 'not-text',
            description:
              Number.isFinite(raw) && Number.isInteger(raw) ? 'a number too large to keep all its digits' : 'a number',
          };
    case 'bigint':
      return raw >= 0n
        ? { kind: 'text', text: raw.toString() }
        : { kind: 'not-text', description: 'a negative number' };
    case 'undefined':
      return { kind: 'missing' };
    case 'object':
      if (raw === null) return { kind: 'missing' };
      return { kind: 'not-text', description: Array.isArray(raw) ? 'a list' : 'an object' };
    default:
      return { kind: 'not-text', description: `a ${typeof raw}` };
  }
}

/**
 * The cleaned candidate for `raw`: whitespace and invisible characters removed, full-width letters
 * and digits converted to ASCII (what NFKC does for them), lowercase uppercased, accented Latin
 * letters reduced to their base letter, CJK characters and brackets removed (the bracket characters
 * only: text inside ASCII brackets is kept, and CJK text inside CJK brackets goes as CJK text).
 * Returns '' for non-text input and for text longer than `MAX_SCANNED_LENGTH`.
 * Example: `normalizeWaybill(' jt（１２３） ') === 'JT123'`.
 */
export function normalizeWaybill(raw: unknown): string {
  const input = coerceWaybillInput(raw);
  if (input.kind !== 'text' || input.text.length > MAX_SCANNED_LENGTH) return '';
  if (findFirstNonWaybillUnit(input.text) < 0) return input.text;
  return scanCharacters(input.text).cleaned;
}
