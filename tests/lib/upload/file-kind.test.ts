import { describe, expect, it } from 'vitest';
import { correctedFileName, sniffFileKind } from '@/lib/upload';
import { extensionOf } from '@/lib/upload/file-kind';

describe('sniffFileKind', () => {
  it.each([
    ['a zip (xlsx)', [0x50, 0x4b, 0x03, 0x04, 0x14], 'xlsx'],
    ['an OLE compound file (xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'legacy-xls'],
    ['UTF-16 text with its BOM (has NUL bytes)', [0xff, 0xfe, 0x41, 0x00], 'csv'],
    ['plain text', [0x41, 0x2c, 0x42, 0x0a], 'csv'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], 'binary'],
  ] as const)('%s → %s', (_what, bytes, kind) => {
    expect(sniffFileKind(Uint8Array.from(bytes))).toBe(kind);
  });
});

describe('correctedFileName', () => {
  it.each([
    ['orders.xlsx', 'xlsx', 'orders-corrected.xlsx'],
    ['tracking upload.CSV', 'csv', 'tracking upload-corrected.CSV'],
    ['批量上传.v2.xlsx', 'xlsx', '批量上传.v2-corrected.xlsx'],
    ['noext', 'csv', 'noext-corrected.csv'],
    ['', 'xlsx', 'tracking-upload-corrected.xlsx'],
  ] as const)('%j → %j', (name, kind, expected) => {
    expect(correctedFileName(name, kind)).toBe(expected);
  });

  it('reads extensions case-insensitively', () => {
    expect(extensionOf('A.XLSX')).toBe('xlsx');
    expect(extensionOf('none')).toBe('');
  });
});
