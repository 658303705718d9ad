import { describe, expect, it } from 'vitest';
import { uploadServerMessage } from '@/lib/messaging/upload-channel';
import { MAX_UPLOAD_BYTES } from '@/lib/upload/file-kind';
import { base64ToBytes, bytesToBase64, checkUploadServerMessage, MAX_CHUNK_TEXT } from '@/lib/messaging/upload-wire';

const l = (en: string) => ({ en, zh: `${en}（中）` });
const view = {
  tone: 'warning',
  headline: l('12 rows checked'),
  location: l('Sheet 1'),
  classes: [{ code: 'bad-waybill', title: l('Bad waybill'), rowsText: l('rows 3, 5'), fixedInCopy: true }],
  needsHuman: [{ row: 4, orderId: '577424858038964867', text: l('check it') }],
  needsHumanTotal: 1,
  download: { name: 'fixed.csv', label: l('Download'), note: l('note') },
};

const VALID: unknown[] = [
  { type: 'progress', phase: 'reading', fraction: 0.5 },
  { type: 'error', code: 'too-large', text: l('Too large') },
  { type: 'done', view },
  { type: 'done', view, copy: { name: 'fixed.csv', mimeType: 'text/csv', size: 10 } },
  { type: 'copy-chunk', index: 0, data: 'QUJD' },
];

const INVALID: Array<[unknown, string]> = [
  [null, 'message: not an object'],
  [{ type: 'hello' }, 'message.type: not one of progress, error, done, copy-chunk'],
  [{ type: 'progress', phase: 'reading', fraction: 2 }, 'message.fraction: not a number in 0..1'],
  [{ type: 'progress', phase: 'x', fraction: 0 }, 'message.phase: not one of receiving, reading, checking, copying'],
  [{ type: 'error', code: 'x', text: { en: 'only en' } }, 'message.text.zh: not a string of at most 20000'],
  [{ type: 'done', view: { ...view, tone: 'red' } }, 'message.view.tone: not one of ok, warning, error'],
  [
    { type: 'done', view: { ...view, classes: new Array(65).fill(view.classes[0]) } },
    'message.view.classes: not an array of at most 64',
  ],
  [
    { type: 'done', view: { ...view, needsHuman: [{ row: 1.5, orderId: '1', text: l('x') }] } },
    'message.view.needsHuman[0].row: not an integer in -9007199254740991..9007199254740991',
  ],
  [
    { type: 'done', view, copy: { name: 'a', mimeType: 'b', size: 0 } },
    `message.copy.size: not an integer in 1..${MAX_UPLOAD_BYTES}`,
  ],
  [{ type: 'copy-chunk', index: -1, data: 'QUJD' }, 'message.index: not an integer in 0..9007199254740991'],
  [{ type: 'copy-chunk', index: 0, data: '<script>' }, 'message.data: not base64'],
  [
    { type: 'copy-chunk', index: 0, data: 'A'.repeat(MAX_CHUNK_TEXT + 4) },
    `message.data: not a string of at most ${MAX_CHUNK_TEXT}`,
  ],
];

describe('checkUploadServerMessage', () => {
  it.each(VALID.map((v) => [v]))('accepts message %# as the zod schema does, copying it field for field', (message) => {
    expect(uploadServerMessage.safeParse(message).success).toBe(true);
    expect(checkUploadServerMessage(message)).toEqual({ ok: true, message });
  });

  it.each(INVALID)('refuses message %# as the zod schema does, saying where', (message, error) => {
    expect(uploadServerMessage.safeParse(message).success).toBe(false);
    expect(checkUploadServerMessage(message)).toEqual({ ok: false, error });
  });

  it('drops unknown and __proto__ keys and never reads inherited fields', () => {
    const hostile = JSON.parse(
      '{"type":"progress","phase":"reading","fraction":0,"__proto__":{"polluted":1},"x":2}',
    ) as unknown;
    const checked = checkUploadServerMessage(hostile);
    expect(checked).toEqual({ ok: true, message: { type: 'progress', phase: 'reading', fraction: 0 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(checkUploadServerMessage(Object.create({ type: 'progress', phase: 'reading', fraction: 0 }))).toEqual({
      ok: false,
      error: 'message.type: not one of progress, error, done, copy-chunk',
    });
  });
});

describe('base64', () => {
  it('round-trips bytes larger than one fromCharCode slice', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
