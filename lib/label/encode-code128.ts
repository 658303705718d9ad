/**
 * Code 128 symbol encoding (ISO/IEC 15417), written to choose exactly the symbols bwip-js (BWIPP's
 * default "legacy" encoder, the Annex E style heuristic) chooses, so that the module count printCheck
 * reports is the module count renderLabelBarcode paints. tests/lib/label/encode-code128.test.ts
 * compares our bar widths with bwip-js's, symbol by symbol.
 *
 * Only printable ASCII (0x20–0x7E) and FNC1 are accepted: carrier tracking numbers are [0-9A-Z]
 * (ref:carriers-and-labels#0) and a control character never belongs in a label barcode, so code set A
 * (control characters) and FNC4 (Latin-1) are never needed. Pure.
 */

/** FNC1 in a message: marks GS1-128 (first position) or ends a variable-length GS1 element. */
export const FNC1 = -1;

/** One message item: an ASCII code 0x20–0x7E, or FNC1. */
export type MessageItem = number;

/** Symbol values with special meaning (ISO/IEC 15417 table 1). */
const CODE128_VALUES = {
  codeC: 99,
  codeB: 100,
  fnc1: 102,
  startB: 104,
  startC: 105,
  stop: 106,
} as const;

/**
 * Bar/space widths in modules for symbol values 0–106 (bar first). Value 106 is the stop character,
 * 7 elements / 13 modules including its 2-module termination bar (ref:carriers-and-labels#2.3).
 * Table as in ISO/IEC 15417 (copied from BWIPP's `code128.encs`).
 */
const PATTERNS: readonly string[] = [
  '212222',
  '222122',
  '222221',
  '121223',
  '121322',
  '131222',
  '122213',
  '122312',
  '132212',
  '221213',
  '221312',
  '231212',
  '112232',
  '122132',
  '122231',
  '113222',
  '123122',
  '123221',
  '223211',
  '221132',
  '221231',
  '213212',
  '223112',
  '312131',
  '311222',
  '321122',
  '321221',
  '312212',
  '322112',
  '322211',
  '212123',
  '212321',
  '232121',
  '111323',
  '131123',
  '131321',
  '112313',
  '132113',
  '132311',
  '211313',
  '231113',
  '231311',
  '112133',
  '112331',
  '132131',
  '113123',
  '113321',
  '133121',
  '313121',
  '211331',
  '231131',
  '213113',
  '213311',
  '213131',
  '311123',
  '311321',
  '331121',
  '312113',
  '312311',
  '332111',
  '314111',
  '221411',
  '431111',
  '111224',
  '111422',
  '121124',
  '121421',
  '141122',
  '141221',
  '112214',
  '112412',
  '122114',
  '122411',
  '142112',
  '142211',
  '241211',
  '221114',
  '413111',
  '241112',
  '134111',
  '111242',
  '121142',
  '121241',
  '114212',
  '124112',
  '124211',
  '411212',
  '421112',
  '421211',
  '212141',
  '214121',
  '412121',
  '111143',
  '111341',
  '131141',
  '114113',
  '114311',
  '411113',
  '411311',
  '113141',
  '114131',
  '311141',
  '411131',
  '211412',
  '211214',
  '211232',
  '2331112',
];

export interface Code128Encoding {
  /** Start, data symbols (incl. FNC1 and code-set switches), check, stop. */
  values: number[];
  /** The mod 103 symbol check value. */
  checkValue: number;
  /** Data symbols only (between start and check). */
  dataSymbolCount: number;
  /** Symbol width in modules without quiet zones: 11 × (start + data + check) + 13. */
  modules: number;
  /** Bar/space widths in modules, bar first, without quiet zones (the same shape as bwip-js `sbs`). */
  elementWidths: number[];
}

function isDigit(item: MessageItem): boolean {
  return item >= 0x30 && item <= 0x39;
}

/**
 * Length of the code-set-C-able run starting at each position, as BWIPP counts it: a digit counts
 * 1, and FNC1 counts 2 but only where it falls on a pair boundary (it takes a whole C symbol).
 */
function countDigitRuns(message: readonly MessageItem[]): number[] {
  const atEven = new Array<number>(message.length + 1).fill(0);
  const atOdd = new Array<number>(message.length + 1).fill(0);
  for (let i = message.length - 1; i >= 0; i--) {
    const item = message[i]!;
    if (item === FNC1) {
      atEven[i] = 2 + atEven[i + 1]!;
      atOdd[i] = 0;
    } else if (isDigit(item)) {
      atEven[i] = 1 + atOdd[i + 1]!;
      atOdd[i] = 1 + atEven[i + 1]!;
    }
  }
  return atEven;
}

function valueInSetB(item: MessageItem): number {
  return item === FNC1 ? CODE128_VALUES.fnc1 : item - 0x20;
}

/**
 * Chooses the symbol values for a message (printable ASCII codes and FNC1), start to stop.
 * Example: `encodeCode128([FNC1, ...'42012345'].map(...))` starts with Start C (105) then FNC1 (102).
 * Throws only on a programming error (an item outside 0x20–0x7E / FNC1): callers validate first.
 */
export function encodeCode128(message: readonly MessageItem[]): Code128Encoding {
  for (const item of message) {
    if (item !== FNC1 && (item < 0x20 || item > 0x7e || !Number.isInteger(item))) {
      throw new RangeError(`encodeCode128: item ${item} is not printable ASCII or FNC1`);
    }
  }
  const runs = countDigitRuns(message);
  const length = message.length;
  const values: number[] = [];
  let inSetC: boolean;
  const firstRun = length > 0 ? runs[0]! : -1;
  if ((length === 2 && firstRun === 2) || firstRun >= 4) {
    values.push(CODE128_VALUES.startC);
    inSetC = true;
  } else {
    values.push(CODE128_VALUES.startB);
    inSetC = false;
  }

  let i = 0;
  while (i < length) {
    const run = runs[i]!;
    if (!inSetC && run >= 4 && message[i] !== FNC1) {
      // Enough digits ahead to pay for the switch to C; an odd run first spends one digit in B.
      if (run % 2 === 0) {
        values.push(CODE128_VALUES.codeC);
        inSetC = true;
        continue;
      }
      values.push(valueInSetB(message[i]!));
      i++;
      if (runs[i]! >= 4) {
        values.push(CODE128_VALUES.codeC);
        inSetC = true;
        continue;
      }
      // BWIPP falls through here and encodes the next item in B in the same step.
    } else if (inSetC && run < 2 && message[i] !== FNC1) {
      values.push(CODE128_VALUES.codeB);
      inSetC = false;
      continue;
    }
    if (inSetC) {
      if (message[i] === FNC1) {
        values.push(CODE128_VALUES.fnc1);
        i++;
      } else {
        values.push((message[i]! - 0x30) * 10 + (message[i + 1]! - 0x30));
        i += 2;
      }
    } else {
      values.push(valueInSetB(message[i]!));
      i++;
    }
  }

  const checkValue = computeCode128Check(values);
  values.push(checkValue, CODE128_VALUES.stop);
  const dataSymbolCount = values.length - 3;
  const elementWidths = values.flatMap((v) => [...PATTERNS[v]!].map(Number));
  return { values, checkValue, dataSymbolCount, modules: 11 * (dataSymbolCount + 2) + 13, elementWidths };
}

/**
 * The Code 128 symbol check value: (start + Σ position × value) mod 103, positions from 1
 * (ref:carriers-and-labels#1.1). `symbols` = start followed by the data symbols, without check/stop.
 * Example: `[105, 102, 42, 1, 23, 45, 102, 94, 0, 11, 12, 6, 20, 64, 6, 26, 7, 87]` → 50 (ref §5).
 */
export function computeCode128Check(symbols: readonly number[]): number {
  let sum = symbols[0] ?? 0;
  for (let p = 1; p < symbols.length; p++) sum += p * symbols[p]!;
  return sum % 103;
}
