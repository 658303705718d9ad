import { describe, expect, it } from 'vitest';
import { byteOffsetsOf, decodeCsvBytes, encodeAscii, scanCsvFields } from '@/lib/upload/csv-text';

describe('decodeCsvBytes', () => {
  it.each([
    [
      'UTF-8 without BOM',
      Uint8Array.from([0xe8, 0xae, 0xa2, 0x2c, 0x41]),
      { text: '订,A', encoding: 'utf-8', bomBytes: 0 },
    ],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), { text: 'A', encoding: 'utf-8', bomBytes: 3 }],
    [
      'GB18030 (GBK) as Excel on Chinese Windows writes it',
      Uint8Array.from([0xb6, 0xa9, 0xb5, 0xa5, 0xba, 0xc5]),
      { text: '订单号', encoding: 'gb18030', bomBytes: 0 },
    ],
    [
      'UTF-16LE with BOM',
      Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xa2, 0x8b]),
      { text: 'A订', encoding: 'utf-16le', bomBytes: 2 },
    ],
    ['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, 0x00, 0x41]), { text: 'A', encoding: 'utf-16be', bomBytes: 2 }],
  ])('%s', (_what, bytes, expected) => {
    expect(decodeCsvBytes(bytes)).toEqual(expected);
  });

  it('gives undefined for bytes valid in neither UTF-8 nor GB18030', () => {
    expect(decodeCsvBytes(Uint8Array.from([0x41, 0xff, 0xfe]))).toBeUndefined();
  });
});

describe('byteOffsetsOf', () => {
  it('maps UTF-16 offsets to byte offsets in UTF-8, counting the BOM and 4-byte characters', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('é😀,A')]);
    const decoded = decodeCsvBytes(bytes)!;
    // é = 2 bytes (1 unit), 😀 = 4 bytes (2 units)
    expect(byteOffsetsOf(bytes, decoded, [0, 1, 3, 4, 5])).toEqual([3, 5, 9, 10, 11]);
  });

  it('maps offsets in GB18030 (two-byte Chinese, one-byte ASCII, four-byte codes)', () => {
    // 订 = B6 A9, "," = 2C, € = A2 E3, U+0087 = 81 30 81 37 (four bytes, one unit), 😀 = 94 39 FC 36 (four bytes, two units)
    const bytes = Uint8Array.from([0xb6, 0xa9, 0x2c, 0xa2, 0xe3, 0x81, 0x30, 0x81, 0x37, 0x94, 0x39, 0xfc, 0x36, 0x41]);
    const decoded = decodeCsvBytes(bytes)!;
    expect(decoded.text).toBe('订,€\u0087😀A');
    expect(byteOffsetsOf(bytes, decoded, [0, 1, 2, 3, 4, 6, 7])).toEqual([0, 2, 3, 5, 9, 13, 14]);
  });
});

describe('encodeAscii', () => {
  it('writes one byte per character, or two in UTF-16', () => {
    expect([...encodeAscii('A1', 'gb18030')]).toEqual([0x41, 0x31]);
    expect([...encodeAscii('A1', 'utf-16le')]).toEqual([0x41, 0, 0x31, 0]);
    expect([...encodeAscii('A1', 'utf-16be')]).toEqual([0, 0x41, 0, 0x31]);
  });
});

describe('scanCsvFields', () => {
  it('gives each field’s span, quoting and value', () => {
    const text = 'a,"b ""x"""\r\n,c\n';
    const records = scanCsvFields(text, ',');
    expect(records.map((r) => r.map((f) => f.value))).toEqual([['a', 'b "x"'], ['', 'c'], ['']]);
    expect(records[0]![1]).toEqual({ start: 2, end: 11, quoted: true, value: 'b "x"' });
    expect(text.slice(records[1]![1]!.start, records[1]![1]!.end)).toBe('c');
  });

  it('keeps a quoted line break inside its record', () => {
    expect(scanCsvFields('1,"A\nB"\n2,C', ',').map((r) => r.map((f) => f.value))).toEqual([
      ['1', 'A\nB'],
      ['2', 'C'],
    ]);
  });

  it('splits on a multi-character-free delimiter such as tab', () => {
    expect(scanCsvFields('a\tb', '\t')[0]!.map((f) => f.value)).toEqual(['a', 'b']);
  });
});
