/**
 * CSV bytes ↔ text, and where each field sits in the text. Excel on a Chinese Windows saves "CSV"
 * in GB18030/GBK, "CSV UTF-8" with a BOM, and "Unicode text" as UTF-16: the corrected copy must be
 * written back in the same encoding, byte for byte outside the fixed cells.
 */
import type { CsvEncoding } from './types';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Bytes of the byte-order mark before `text` starts (0 when none). */
  bomBytes: number;
}

function decodeStrict(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes CSV bytes: a BOM decides (UTF-8, UTF-16LE/BE); otherwise valid UTF-8, else GB18030 (a
 * superset of GBK, what Excel writes on Chinese Windows). Returns undefined when neither decodes.
 * Example: `decodeCsvBytes(Uint8Array.of(0xb6, 0xa9, 0xb5, 0xa5, 0xba, 0xc5))` → `{ text: '订单号', encoding: 'gb18030', bomBytes: 0 }`.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    return text === undefined ? undefined : { text, encoding: 'utf-8', bomBytes: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16le');
    return text === undefined ? undefined : { text, encoding: 'utf-16le', bomBytes: 2 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16be');
    return text === undefined ? undefined : { text, encoding: 'utf-16be', bomBytes: 2 };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bomBytes: 0 };
  const gb = decodeStrict(bytes, 'gb18030');
  return gb === undefined ? undefined : { text: gb, encoding: 'gb18030', bomBytes: 0 };
}

/** Bytes and UTF-16 units of the character starting at `bytes[i]` in `encoding`. */
function stepAt(bytes: Uint8Array, i: number, encoding: CsvEncoding): { bytes: number; units: number } {
  const b = bytes[i]!;
  switch (encoding) {
    case 'utf-16le':
    case 'utf-16be':
      return { bytes: 2, units: 1 };
    case 'utf-8':
      if (b < 0x80) return { bytes: 1, units: 1 };
      if (b < 0xe0) return { bytes: 2, units: 1 };
      if (b < 0xf0) return { bytes: 3, units: 1 };
      return { bytes: 4, units: 2 };
    case 'gb18030': {
      // 1 byte: ASCII, 0x80 (€) and 0xFF; 4 bytes: lead, 0x30–0x39, lead, 0x30–0x39; else 2 bytes.
      if (b < 0x81 || b === 0xff) return { bytes: 1, units: 1 };
      const second = bytes[i + 1] ?? 0;
      if (second >= 0x30 && second <= 0x39) {
        const units = new TextDecoder('gb18030').decode(bytes.subarray(i, i + 4)).length;
        return { bytes: 4, units };
      }
      return { bytes: 2, units: 1 };
    }
  }
}

/**
 * Byte offsets (in the whole file, BOM included) of the given UTF-16 offsets into the decoded text,
 * found in one walk over the bytes. `offsets` must be ascending.
 * Example: for UTF-8 `'é,A'` (bytes C3 A9 2C 41) the offsets `[2]` → `[3]`.
 */
export function byteOffsetsOf(bytes: Uint8Array, decoded: DecodedCsv, offsets: readonly number[]): number[] {
  const result: number[] = [];
  let unit = 0;
  let i = decoded.bomBytes;
  let k = 0;
  while (k < offsets.length) {
    const want = offsets[k]!;
    if (unit >= want || i >= bytes.length) {
      result.push(i);
      k++;
      continue;
    }
    const step = stepAt(bytes, i, decoded.encoding);
    i += step.bytes;
    unit += step.units;
  }
  return result;
}

/** ASCII text in the file's encoding (the corrected numbers are `[0-9A-Z]` only). */
export function encodeAscii(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[2 * i + (encoding === 'utf-16le' ? 0 : 1)] = code & 0xff;
      out[2 * i + (encoding === 'utf-16le' ? 1 : 0)] = code >> 8;
    }
    return out;
  }
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

export interface CsvFieldSpan {
  /** UTF-16 offset of the field's first character (its opening quote when quoted). */
  start: number;
  /** UTF-16 offset just past the field (past its closing quote when quoted). */
  end: number;
  quoted: boolean;
  value: string;
}

/**
 * Where every field of every record sits in `text` (RFC 4180: `"` quotes, `""` inside quotes, CRLF,
 * LF or CR between records). Records are numbered like the rows a spreadsheet shows (a quoted line
 * break stays inside its record). Used only to patch fields in place; values are compared with the
 * parser's own reading before anything is written.
 * Example: `scanCsvFields('a,"b ""x"""\n', ',')[0][1]` → `{ start: 2, end: 11, quoted: true, value: 'b "x"' }`.
 */
export function scanCsvFields(text: string, delimiter: string): CsvFieldSpan[][] {
  const records: CsvFieldSpan[][] = [];
  let record: CsvFieldSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const start = i;
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      while (i < n) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      // Anything between the closing quote and the delimiter is kept in the value, as lenient parsers do.
      while (i < n && !text.startsWith(delimiter, i) && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    } else {
      while (i < n && !text.startsWith(delimiter, i) && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    }
    record.push({ start, end: i, quoted, value });
    if (i >= n) {
      records.push(record);
      break;
    }
    if (text.startsWith(delimiter, i)) {
      i += delimiter.length;
      continue;
    }
    // record separator
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push(record);
    record = [];
    if (i === n) {
      records.push([{ start: i, end: i, quoted: false, value: '' }]);
      break;
    }
  }
  return records;
}
