import type { Localized } from '@/lib/i18n';
import { MAX_UPLOAD_BYTES } from '@/lib/upload/file-kind';
import type { UploadCheckView, UploadServerMessage } from './upload-channel';

/**
 * The zod-free half of the upload port (upload-channel.ts holds the zod schemas the background
 * checks with): what the page side needs — the port name, the chunking, base64 — and a hand-written
 * check of the background's answers. It runs in Seller Center's page, where a schema library would
 * cost more script than the whole upload check (issue #11). tests/lib/messaging/upload-wire.test.ts
 * holds it to the same verdicts as the zod schema `uploadServerMessage`.
 */
export const UPLOAD_PORT = 'lml-upload-check';

/** Raw bytes per chunk (base64 makes them 4/3 larger on the wire). */
export const CHUNK_BYTES = 512 * 1024;
export const MAX_CHUNK_TEXT = Math.ceil(CHUNK_BYTES / 3) * 4;
export const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 of bytes, in slices so `String.fromCharCode` never gets more arguments than a stack holds. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, Math.min(bytes.length, at + 0x8000)));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Thrown inside the check with the path of the first bad field; never leaves this module. */
class Bad extends Error {}

type Fields = Record<string, unknown>;

function object(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Bad(`${path}: not an object`);
  return value as Fields;
}

/** An OWN field (never one inherited through a polluted prototype). */
function field(value: Fields, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function text(value: unknown, max: number, path: string): string {
  if (typeof value !== 'string' || value.length > max) throw new Bad(`${path}: not a string of at most ${max}`);
  return value;
}

function int(value: unknown, min: number, max: number, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max)
    throw new Bad(`${path}: not an integer in ${min}..${max}`);
  return value as number;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) throw new Bad(`${path}: not one of ${allowed.join(', ')}`);
  return value as T;
}

function array(value: unknown, max: number, path: string): unknown[] {
  if (!Array.isArray(value) || value.length > max) throw new Bad(`${path}: not an array of at most ${max}`);
  return value;
}

function localized(value: unknown, path: string): Localized {
  const o = object(value, path);
  return { en: text(field(o, 'en'), 20_000, `${path}.en`), zh: text(field(o, 'zh'), 20_000, `${path}.zh`) };
}

function optional<T>(
  o: Fields,
  key: string,
  read: (value: unknown, path: string) => T,
  path: string,
): { [k: string]: T } {
  const value = field(o, key);
  return value === undefined ? {} : { [key]: read(value, `${path}.${key}`) };
}

function view(value: unknown, path: string): UploadCheckView {
  const o = object(value, path);
  return {
    tone: oneOf(field(o, 'tone'), ['ok', 'warning', 'error'] as const, `${path}.tone`),
    headline: localized(field(o, 'headline'), `${path}.headline`),
    location: localized(field(o, 'location'), `${path}.location`),
    classes: array(field(o, 'classes'), 64, `${path}.classes`).map((raw, i) => {
      const at = `${path}.classes[${i}]`;
      const c = object(raw, at);
      const fixedInCopy = field(c, 'fixedInCopy');
      if (typeof fixedInCopy !== 'boolean') throw new Bad(`${at}.fixedInCopy: not a boolean`);
      return {
        code: text(field(c, 'code'), 64, `${at}.code`),
        title: localized(field(c, 'title'), `${at}.title`),
        rowsText: localized(field(c, 'rowsText'), `${at}.rowsText`),
        fixedInCopy,
      };
    }),
    ...optional(o, 'notes', localized, path),
    ...optional(
      o,
      'download',
      (raw, at) => {
        const d = object(raw, at);
        return {
          name: text(field(d, 'name'), 300, `${at}.name`),
          label: localized(field(d, 'label'), `${at}.label`),
          note: localized(field(d, 'note'), `${at}.note`),
        };
      },
      path,
    ),
    ...optional(o, 'copyProblem', localized, path),
    needsHuman: array(field(o, 'needsHuman'), 100, `${path}.needsHuman`).map((raw, i) => {
      const at = `${path}.needsHuman[${i}]`;
      const n = object(raw, at);
      return {
        row: int(field(n, 'row'), Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, `${at}.row`),
        orderId: text(field(n, 'orderId'), 200, `${at}.orderId`),
        text: localized(field(n, 'text'), `${at}.text`),
      };
    }),
    needsHumanTotal: int(field(o, 'needsHumanTotal'), 0, Number.MAX_SAFE_INTEGER, `${path}.needsHumanTotal`),
    ...optional(o, 'moreNeedsHuman', localized, path),
    ...optional(o, 'firstDefectiveOrderId', (raw, at) => text(raw, 200, at), path),
  } as UploadCheckView;
}

function base64(value: unknown, path: string): string {
  const data = text(value, MAX_CHUNK_TEXT, path);
  if (!BASE64.test(data)) throw new Bad(`${path}: not base64`);
  return data;
}

function serverMessage(raw: unknown): UploadServerMessage {
  const o = object(raw, 'message');
  const type = oneOf(field(o, 'type'), ['progress', 'error', 'done', 'copy-chunk'] as const, 'message.type');
  switch (type) {
    case 'progress': {
      const fraction = field(o, 'fraction');
      if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1))
        throw new Bad('message.fraction: not a number in 0..1');
      return {
        type,
        phase: oneOf(field(o, 'phase'), ['receiving', 'reading', 'checking', 'copying'] as const, 'message.phase'),
        fraction,
      };
    }
    case 'error':
      return {
        type,
        code: text(field(o, 'code'), 64, 'message.code'),
        text: localized(field(o, 'text'), 'message.text'),
      };
    case 'done':
      return {
        type,
        view: view(field(o, 'view'), 'message.view'),
        ...optional(
          o,
          'copy',
          (value, at) => {
            const c = object(value, at);
            return {
              name: text(field(c, 'name'), 300, `${at}.name`),
              mimeType: text(field(c, 'mimeType'), 100, `${at}.mimeType`),
              size: int(field(c, 'size'), 1, MAX_UPLOAD_BYTES, `${at}.size`),
            };
          },
          'message',
        ),
      } as UploadServerMessage;
    case 'copy-chunk':
      return {
        type,
        index: int(field(o, 'index'), 0, Number.MAX_SAFE_INTEGER, 'message.index'),
        data: base64(field(o, 'data'), 'message.data'),
      };
  }
}

/**
 * Checks one message from the background: a fresh copy holding only the known fields, or the path and
 * problem of the first bad one. Example: `checkUploadServerMessage({ type: 'progress', phase: 'x', fraction: 2 })`
 * → `{ ok: false, error: 'message.phase: not one of receiving, reading, checking, copying' }`.
 */
export function checkUploadServerMessage(
  raw: unknown,
): { ok: true; message: UploadServerMessage } | { ok: false; error: string } {
  try {
    return { ok: true, message: serverMessage(raw) };
  } catch (error) {
    if (error instanceof Bad) return { ok: false, error: error.message };
    throw error;
  }
}
