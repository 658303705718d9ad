/**
 * Turns the text a seller wants on a label into the exact Code 128 message (characters + FNC1) for
 * the chosen symbology, with the USPS IMpb rules applied. Shared by printCheck (module count) and
 * renderLabelBarcode (the bwip-js input), so both always describe the same symbol. Pure.
 */
import { FNC1, type MessageItem } from './encode-code128';

export type Symbology = 'code128' | 'gs1-128';

export const SYMBOLOGIES: readonly Symbology[] = ['code128', 'gs1-128'];

/** bwip-js refuses longer input ("The input data is too long", BWIPP code128). */
const MAX_TEXT_LENGTH = 500;

export interface PayloadPlan {
  symbology: Symbology;
  /** Code 128 message: printable ASCII codes and FNC1. */
  message: MessageItem[];
  /** GS1 element strings in order (AI + data), empty for plain Code 128. */
  gs1Elements: string[];
  /** The characters a scanner transmits (FNC1 removed): what a decode must give back. */
  scannedText: string;
  /** Input for bwip-js `code128` with `parsefnc` (FNC1 written as `^FNC1`). */
  bwipText: string;
  /** Whether the text has the shape of a USPS IMpb number or IMpb barcode payload (ref §1.2). */
  isImpb: boolean;
}

export type PayloadIssue =
  | { code: 'unencodable-character'; index: number; codePoint: number }
  | { code: 'text-too-long'; length: number }
  | { code: 'bad-gs1-data'; detail: string };

/** USPS IMpb tracking number: `9[2-5]` + 20 or 24 more digits (22 or 26 digits, ref §1.2). */
const IMPB_NUMBER = /^9[2-5](?:\d{20}|\d{24})$/;
/** USPS IMpb barcode payload with routing: `420` + ZIP5 or ZIP+4 + the IMpb number (ref §1.2). */
const IMPB_ROUTED = /^420\d{5,9}9[2-5]\d{20,28}$/;

/**
 * GS1 AIs whose data length is predefined, so no FNC1 follows them (GS1 General Specifications,
 * "predefined length" table: 00, 01, 02, 03, 04, 11–20, 31–36, 41). Key = first two AI digits,
 * value = AI + data length in characters.
 */
const PREDEFINED_LENGTH: Readonly<Record<string, number>> = {
  '00': 20,
  '01': 16,
  '02': 16,
  '03': 16,
  '04': 18,
  '11': 8,
  '12': 8,
  '13': 8,
  '14': 8,
  '15': 8,
  '16': 8,
  '17': 8,
  '18': 8,
  '19': 8,
  '20': 4,
  '31': 10,
  '32': 10,
  '33': 10,
  '34': 10,
  '35': 10,
  '36': 10,
  '41': 16,
};

/** GS1 AI element data characters (GS1 "CSET 82", a subset of printable ASCII). */
const GS1_DATA = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

function hasValidGs1Mod10(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/** True when the text is a USPS IMpb number (22/26 digits) or a routed IMpb payload (420 + ZIP + number), plain or bracketed. */
export function isImpbPayload(text: string): boolean {
  const flat = isBracketedGs1(text) ? (parseBracketedAis(text) ?? []).join('') : text;
  return IMPB_NUMBER.test(flat) || splitImpbRouting(flat) !== undefined;
}

/** Bracketed GS1 element strings: "(420)12345(94)0011…". */
function isBracketedGs1(text: string): boolean {
  return /^\(\d{2,4}\)/.test(text);
}

/**
 * Splits `420` + ZIP + IMpb number. ZIP5 and ZIP+4 payloads can have the same length (420+ZIP5+26 =
 * 420+ZIP9+22 = 34 digits), so the split whose remainder is a well-formed IMpb number with a valid
 * GS1 mod 10 check digit wins; failing that, 30 digits read as ZIP5 + 22 and 34 as ZIP+4 + 22, the
 * two shapes the reference lists.
 */
function splitImpbRouting(text: string): { zip: string; number: string } | undefined {
  if (!IMPB_ROUTED.test(text)) return undefined;
  const candidates = [5, 9]
    .map((zipLength) => ({ zip: text.slice(3, 3 + zipLength), number: text.slice(3 + zipLength) }))
    .filter((c) => IMPB_NUMBER.test(c.number));
  const checked = candidates.filter((c) => hasValidGs1Mod10(c.number));
  if (checked.length > 0) return checked[0];
  if (text.length === 30) return candidates.find((c) => c.zip.length === 5);
  if (text.length === 34) return candidates.find((c) => c.zip.length === 9);
  return undefined;
}

function findUnencodable(text: string): PayloadIssue | undefined {
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint < 0x20 || codePoint > 0x7e) return { code: 'unencodable-character', index: i, codePoint };
  }
  return undefined;
}

/** "(420)12345(94)0011…" → ['42012345', '940011…']; undefined when the brackets are malformed. */
function parseBracketedAis(text: string): string[] | undefined {
  const parts = [...text.matchAll(/\((\d{2,4})\)([^()]+)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return parts.map((p) => p[1]! + p[2]!);
}

function planGs1Elements(text: string): { elements: string[] } | { issue: PayloadIssue } {
  if (text.startsWith('(')) {
    const elements = parseBracketedAis(text);
    if (!elements) return { issue: { code: 'bad-gs1-data', detail: 'bracketed AIs are malformed' } };
    for (const element of elements) {
      const fixed = PREDEFINED_LENGTH[element.slice(0, 2)];
      if (fixed !== undefined && element.length !== fixed) {
        return {
          issue: { code: 'bad-gs1-data', detail: `AI ${element.slice(0, 2)} needs ${fixed - 2} data characters` },
        };
      }
      if (!GS1_DATA.test(element))
        return { issue: { code: 'bad-gs1-data', detail: `element ${element} has characters GS1 does not allow` } };
    }
    return { elements };
  }
  if (!GS1_DATA.test(text)) return { issue: { code: 'bad-gs1-data', detail: 'characters GS1 does not allow' } };
  const routed = splitImpbRouting(text);
  // IMpb rule: 420 + ZIP is variable length, so FNC1 must separate it from the tracking number.
  if (routed) return { elements: [`420${routed.zip}`, routed.number] };
  return { elements: [text] };
}

function buildMessage(elements: readonly string[]): MessageItem[] {
  const message: MessageItem[] = [FNC1];
  elements.forEach((element, index) => {
    for (const ch of element) message.push(ch.charCodeAt(0));
    const isLast = index === elements.length - 1;
    const isPredefined = PREDEFINED_LENGTH[element.slice(0, 2)] === element.length;
    if (!isLast && !isPredefined) message.push(FNC1);
  });
  return message;
}

/** The symbology a text gets when the caller names none: IMpb payloads (ref §2.4) and bracketed AIs are GS1-128. */
export function defaultSymbologyFor(text: string): Symbology {
  return isBracketedGs1(text) || isImpbPayload(text) ? 'gs1-128' : 'code128';
}

/**
 * Plans the Code 128 message for `text`. Example: `planPayload('420123459400111206206406260787',
 * 'gs1-128')` → FNC1 `42012345` FNC1 `9400111206206406260787` (the IMpb 420+ZIP FNC1 rule).
 */
export function planPayload(text: string, symbology: Symbology): { plan: PayloadPlan } | { issue: PayloadIssue } {
  if (text.length > MAX_TEXT_LENGTH) return { issue: { code: 'text-too-long', length: text.length } };
  const unencodable = findUnencodable(text);
  if (unencodable) return { issue: unencodable };
  const isImpb = isImpbPayload(text);
  if (symbology === 'code128') {
    const message = [...text].map((ch) => ch.charCodeAt(0));
    return { plan: { symbology, message, gs1Elements: [], scannedText: text, bwipText: text, isImpb } };
  }
  const planned = planGs1Elements(text);
  if ('issue' in planned) return planned;
  const message = buildMessage(planned.elements);
  const bwipText = message.map((item) => (item === FNC1 ? '^FNC1' : String.fromCharCode(item))).join('');
  return {
    plan: {
      symbology,
      message,
      gs1Elements: planned.elements,
      scannedText: planned.elements.join(''),
      bwipText,
      isImpb,
    },
  };
}
