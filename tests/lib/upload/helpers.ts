import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { buildXlsx, type CellSpec } from '../../fixtures/uploads/build-xlsx.mjs';
import { readTrackingTemplate, type TrackingTemplate } from '@/lib/upload';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/uploads');

/** A committed sample template's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

/** A one-sheet workbook with `rows` (header included). */
export function xlsxOf(rows: CellSpec[][], name = 'Sheet1'): Uint8Array {
  return buildXlsx({ sheets: [{ name, rows, headerRow: 1 }] });
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads a template and fails the test with the error when it is not ok. */
export async function readOk(bytes: Uint8Array, name: string): Promise<TrackingTemplate> {
  const result = await readTrackingTemplate(bytes, name);
  if (!result.ok) throw new Error(`expected a template, got ${result.error.code}: ${result.error.message}`);
  return result.template;
}

/** Zip entries of an .xlsx, by path. */
export function zipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
