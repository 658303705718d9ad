import { inflateSync } from 'fflate';

/** One file of a zip archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate (the only two an .xlsx uses). */
  method: number;
  compressedSize: number;
  /** Declared size once inflated: checked before inflating, and enforced while inflating. */
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
  /** CRC-32 of the inflated bytes, and the MS-DOS time and date words: carried over when the entry is copied as is. */
  crc: number;
  dosTime: number;
  dosDate: number;
}

/** Why an archive was refused without being inflated (or while inflating, when its directory lied). */
export type ZipRefusal =
  | { kind: 'damaged'; detail: string }
  | { kind: 'inflates-too-large'; entry: string; size: number; limit: number }
  | { kind: 'compression-ratio'; entry: string; ratio: number; limit: number };

export class ZipRefusedError extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(refusal.kind === 'damaged' ? refusal.detail : `${refusal.kind}: ${refusal.entry}`);
  }
}

/**
 * What a tracking template may unpack to. A 200,000-row template's sheet XML is ~35 MB, so 160 MB of
 * XML leaves room for ~900,000 rows; a 288 KB file that unpacks to 300 MB (the bomb of issue #12) is
 * refused from its directory, before a byte is inflated.
 */
export const MAX_INFLATED_XML_BYTES = 160 * 1024 * 1024;
/**
 * Excel's sheet XML compresses ~5–30×; DEFLATE's ceiling is ~1,032×. Past 100× on a part bigger than
 * 8 MB the file is built to expand, not written by a spreadsheet program (small parts may compress
 * better: they cost nothing to read).
 */
const MAX_COMPRESSION_RATIO = 100;
const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;

const damaged = (detail: string) => new ZipRefusedError({ kind: 'damaged', detail });

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  throw damaged('the zip directory is missing');
}

/** Sizes and offset from the ZIP64 extra field, for the fields the fixed header left at 0xFFFFFFFF. */
function readZip64(
  view: DataView,
  at: number,
  length: number,
  entry: ZipEntry,
  raw: { c: number; u: number; o: number },
) {
  const end = at + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let p = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(p, true));
        p += 8;
        return value;
      };
      if (raw.u === 0xffffffff) entry.size = next();
      if (raw.c === 0xffffffff) entry.compressedSize = next();
      if (raw.o === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/**
 * The archive's central directory: every entry's name, method and declared sizes, read without
 * inflating anything. Throws `ZipRefusedError` (`damaged`) when the directory cannot be read.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw damaged('the file is too short to be a zip archive');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (at >= eocd) throw damaged('the zip directory points outside the file');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw damaged('the zip directory is cut short');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const raw = {
      c: view.getUint32(at + 20, true),
      u: view.getUint32(at + 24, true),
      o: view.getUint32(at + 42, true),
    };
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: raw.c,
      size: raw.u,
      localHeaderOffset: raw.o,
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      crc: view.getUint32(at + 16, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
    };
    readZip64(view, at + 46 + nameLength, extraLength, entry, raw);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses, from the declared sizes alone, an archive whose parts would inflate past `limit` bytes in
 * total or whose big parts are compressed beyond `MAX_COMPRESSION_RATIO`. `entries` are the parts
 * that will be inflated.
 */
export function assertInflationBudget(entries: readonly ZipEntry[], limit = MAX_INFLATED_XML_BYTES): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > limit) throw new ZipRefusedError({ kind: 'inflates-too-large', entry: entry.name, size: total, limit });
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > RATIO_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO)
      throw new ZipRefusedError({ kind: 'compression-ratio', entry: entry.name, ratio, limit: MAX_COMPRESSION_RATIO });
  }
}

/**
 * One entry's bytes. Never holds more than the directory declared: the output buffer is the declared
 * size plus one byte, so a directory that lies about a bomb is caught (output fills the spare byte)
 * without the bomb's memory ever being allocated.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = compressedData(bytes, entry);
  if (entry.method === 0) {
    if (entry.size !== data.length) throw damaged(`"${entry.name}" has the wrong size`);
    return data;
  }
  // fflate fills a given buffer without growing it (what does not fit is dropped).
  const out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  if (out.length > entry.size) throw damaged(`"${entry.name}" inflates past its declared size`);
  if (out.length !== entry.size) throw damaged(`"${entry.name}" is shorter than declared`);
  return out;
}

/** An entry's bytes as stored (compressed), located through its local header. */
export function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw damaged(`"${entry.name}" is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw damaged(`"${entry.name}" uses an unknown compression (${entry.method})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE)
    throw damaged(`"${entry.name}" is not where the directory says`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw damaged(`"${entry.name}" is cut short`);
  return data;
}
