/**
 * Check-digit algorithms of carrier tracking numbers, re-implemented from the descriptions in
 * ref:carriers-and-labels#1.1 (not copied from any library).
 *
 * Every function takes the *data* characters (never the check character), already normalised to
 * `[0-9A-Z]`, and returns the expected check character, or `undefined` when the input holds a
 * character the algorithm has no value for. They loop over char codes: no allocation, no regex,
 * because `checkWaybill` runs for every row on every render.
 */

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_A = 65;
const CODE_Z = 90;

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= CODE_0 && code <= CODE_9 ? code - CODE_0 : -1;
}

/**
 * GS1 mod 10 (weights 3,1,3,1… starting at the rightmost data digit). Used by USPS IMpb and legacy
 * numbers, FedEx Ground 15 / 96 and SSCC-18. Example: `computeGs1Mod10('940011120620640626078') === '7'`.
 */
export function computeGs1Mod10(data: string): string | undefined {
  let sum = 0;
  let weight = 3;
  for (let i = data.length - 1; i >= 0; i--) {
    const d = digitAt(data, i);
    if (d < 0) return undefined;
    sum += d * weight;
    weight = weight === 3 ? 1 : 3;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * UPS 1Z mod 10 over the 15 characters after `1Z`: letters map to `(ASCII − 3) mod 10`, odd
 * 1-based positions weigh 1, even positions 2 (plain products, no digit sum).
 * Example: `computeUpsMod10('5R8939035756712') === '7'` (from `1Z5R89390357567127`).
 */
export function computeUpsMod10(data: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    let value: number;
    if (code >= CODE_0 && code <= CODE_9) value = code - CODE_0;
    else if (code >= CODE_A && code <= CODE_Z) value = (code - 3) % 10;
    else return undefined;
    sum += i % 2 === 0 ? value : value * 2;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * "Odds ×1, evens ×2" mod 10 over digits only (1-based positions; plain products). Used by the UPS
 * 11-character waybill (over the 9 digits after the letter) and OnTrac (over the 13 digits with the
 * C→4 / D→5 prefix). Example: `computeAlternating12Mod10('150623562') === '0'` (UPS `K1506235620`).
 */
export function computeAlternating12Mod10(data: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const d = digitAt(data, i);
    if (d < 0) return undefined;
    sum += i % 2 === 0 ? d : d * 2;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * FedEx Express mod 11: weights 1,3,7 repeating from the rightmost data digit; check =
 * (sum mod 11) mod 10. Example: `computeFedexMod11('98657878885') === '5'` (`986578788855`).
 */
export function computeFedexMod11(data: string): string | undefined {
  let sum = 0;
  let step = 0;
  for (let i = data.length - 1; i >= 0; i--) {
    const d = digitAt(data, i);
    if (d < 0) return undefined;
    sum += d * (step === 0 ? 1 : step === 1 ? 3 : 7);
    step = step === 2 ? 0 : step + 1;
  }
  return String((sum % 11) % 10);
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/**
 * UPU S10 mod 11 over the 8 serial digits: weights 8,6,4,2,3,5,9,7; c = 11 − (sum mod 11), 10 → 0,
 * 11 → 5. Example: `computeS10Check('12345678') === '5'` (`RB123456785GB`).
 */
export function computeS10Check(serial: string): string | undefined {
  if (serial.length !== S10_WEIGHTS.length) return undefined;
  let sum = 0;
  for (let i = 0; i < S10_WEIGHTS.length; i++) {
    const d = digitAt(serial, i);
    if (d < 0) return undefined;
    sum += d * S10_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return String(c === 10 ? 0 : c === 11 ? 5 : c);
}

/**
 * DHL Express mod 7: the data digits read as one number, mod 7. Done digit by digit so 10-digit
 * data never leaves integer range. Example: `computeMod7('331881002') === '5'` (`3318810025`).
 */
export function computeMod7(data: string): string | undefined {
  let rest = 0;
  for (let i = 0; i < data.length; i++) {
    const d = digitAt(data, i);
    if (d < 0) return undefined;
    rest = (rest * 10 + d) % 7;
  }
  return String(rest);
}

const MOD37_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * ISO 7064 hybrid Mod 37,36 as DPD uses it: p = 36; per character p = (p + v) mod 36 (0 → 36),
 * p = 2p mod 37; check = (37 − p) mod 36 rendered in 0–9A–Z.
 * Example: `computeMod3736('09980000020033') === 'F'` (DPD `09980000020033F`).
 */
export function computeMod3736(data: string): string | undefined {
  let p = 36;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    let v: number;
    if (code >= CODE_0 && code <= CODE_9) v = code - CODE_0;
    else if (code >= CODE_A && code <= CODE_Z) v = code - CODE_A + 10;
    else return undefined;
    p = (p + v) % 36;
    if (p === 0) p = 36;
    p = (p * 2) % 37;
  }
  return MOD37_ALPHABET[(37 - p) % 36];
}
