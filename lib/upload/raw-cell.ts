import type { CellSource } from './types';

/** A number cell as stored in the sheet XML (`<v>9.4001112062064063E+21</v>`), never converted to a float. */
export class StoredNumber {
  constructor(readonly stored: string) {}
}

/** One cell as the readers hand it over. */
export type RawCell = string | StoredNumber | boolean | null | undefined;

/** Cell text and how it was stored. Strings are kept exactly (no trimming: spaces are what we look for). */
export function readCell(cell: RawCell): { text: string; source: CellSource } {
  if (cell === null || cell === undefined || cell === '') return { text: '', source: 'empty' };
  if (typeof cell === 'string') return { text: cell, source: 'text' };
  if (cell instanceof StoredNumber) return { text: cell.stored, source: 'number' };
  return { text: String(cell).toUpperCase(), source: 'other' };
}
