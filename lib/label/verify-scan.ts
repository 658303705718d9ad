/**
 * verifyScan: read a label bitmap back with a real barcode decoder (ZXing's Code128Reader, the
 * decoder behind many phone and web scanners) and say whether it reads, what it reads, and how
 * reliably: like a scanner, it tries several scan lines across the bars' height. Pure.
 */
import { BitArray, Code128Reader, DecodeHintType, GlobalHistogramBinarizer, RGBLuminanceSource } from '@zxing/library';
import type { Localized } from '@/lib/i18n';
import { isLabelBitmap, type LabelBitmap } from './label-bitmap';
import { planText } from './validate-input';
import { simulateThermalPrint, type ThermalPrintModel } from './simulate-thermal-print';

export interface VerifyScanOptions {
  /** The text the barcode should carry (as given to renderLabelBarcode; bracketed GS1 AIs are fine). */
  expected: string;
  /** Print and scan the bitmap through this model first (see simulateThermalPrint). */
  printModel?: ThermalPrintModel;
  /** Scan lines to try, spread over the middle 80 % of the height. Default 15. */
  lines?: number;
}

export type VerifyScanErrorCode =
  'invalid-bitmap' | 'invalid-print-model' | 'invalid-expected' | 'no-read' | 'mismatch';

export interface VerifyScanResult {
  /** At least one scan line decoded (a valid Code 128 symbol, check character included). */
  read: boolean;
  /** The text most scan lines decoded (FNC1 removed, as a scanner transmits it). */
  text?: string;
  /** `text` equals what `expected` encodes. */
  matches: boolean;
  /** The symbol starts with FNC1 (GS1-128). */
  gs1?: boolean;
  /** GS1 element strings as separated by FNC1 in the symbol. */
  gs1Elements?: string[];
  linesTried: number;
  /** Lines that decoded to the expected text. */
  linesRead: number;
  /** Lines that decoded to something else: a misread, worse than no read. */
  linesMisread: number;
  /** linesRead / linesTried. */
  readRate: number;
  /** A majority of scan lines read the expected text and none misread (a proxy for a good first-scan rate). */
  reliable: boolean;
  /** Size of the image the decoder saw (the scanner's capture when a print model is used). */
  scannedWidth?: number;
  scannedHeight?: number;
  error?: Localized & { code: VerifyScanErrorCode };
}

const ERRORS: Record<VerifyScanErrorCode, Localized> = {
  'invalid-bitmap': {
    en: 'Not a label bitmap: width and height must be whole numbers and data one byte per pixel.',
    zh: '不是有效的标签位图：宽高须为整数，数据须为每像素一个字节。',
  },
  'invalid-print-model': {
    en: 'The print model needs positive dpi and scanner dpi, dot gain ≥ 0 and noise ≥ 0.',
    zh: '打印模型需要正的打印与扫描分辨率、不小于 0 的点扩散和噪声。',
  },
  'invalid-expected': { en: 'The expected text must be a non-empty string.', zh: '预期内容必须是非空文本。' },
  'no-read': {
    en: 'No scan line could be decoded: a scanner would not read this label.',
    zh: '没有任何扫描线能解码：扫描器读不出此标签。',
  },
  mismatch: {
    en: 'The barcode decodes, but to a different text than expected.',
    zh: '条码可以解码，但内容与预期不符。',
  },
};

const GROUP_SEPARATOR = '\u001d';
const GS1_PREFIX = ']C1';

function fail(code: VerifyScanErrorCode, linesTried = 0): VerifyScanResult {
  return {
    read: false,
    matches: false,
    linesTried,
    linesRead: 0,
    linesMisread: 0,
    readRate: 0,
    reliable: false,
    error: { code, ...ERRORS[code] },
  };
}

function isUsableModel(model: ThermalPrintModel): boolean {
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
  const nonNegative = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return (
    positive(model.dpi) &&
    positive(model.scannerDpi) &&
    nonNegative(model.dotGainDots) &&
    nonNegative(model.noise) &&
    typeof model.seed === 'number' &&
    Number.isFinite(model.seed) &&
    (model.blurPx === undefined || nonNegative(model.blurPx))
  );
}

/** What a scanner transmits for `expected`: FNC1s removed, bracketed AIs flattened. */
function toScannedText(expected: string): string {
  const planned = planText(expected, undefined);
  return 'plan' in planned ? planned.plan.scannedText : expected;
}

interface LineRead {
  text: string;
  gs1: boolean;
  elements: string[];
}

function decodeLine(
  reader: Code128Reader,
  binarizer: GlobalHistogramBinarizer,
  y: number,
  row: BitArray,
  hints: Map<DecodeHintType, unknown>,
): LineRead | undefined {
  try {
    const line = binarizer.getBlackRow(y, row);
    const raw = reader.decodeRow(y, line, hints).getText();
    // With ASSUME_GS1 ZXing reports a leading FNC1 as "]C1" and later ones as GS (0x1D).
    const gs1 = raw.startsWith(GS1_PREFIX);
    const body = gs1 ? raw.slice(GS1_PREFIX.length) : raw;
    const elements = body.split(GROUP_SEPARATOR);
    return { text: elements.join(''), gs1, elements };
  } catch {
    // NotFound / Checksum / Format: this scan line did not read, as on a real scanner.
    return undefined;
  }
}

/**
 * Decodes `bitmap` (optionally after a simulated print and scan) and compares it with `expected`.
 * Never throws. Example: `verifyScan(renderLabelBarcode('1Z5R89390357567127', { dpi: 300 }), {
 * expected: '1Z5R89390357567127' })` → `{ read: true, text: '1Z5R89390357567127', matches: true, … }`.
 */
export function verifyScan(bitmap: LabelBitmap, options: VerifyScanOptions): VerifyScanResult {
  if (!isLabelBitmap(bitmap)) return fail('invalid-bitmap');
  const expected = options?.expected;
  if (typeof expected !== 'string' || expected.length === 0) return fail('invalid-expected');
  if (options.printModel && !isUsableModel(options.printModel)) return fail('invalid-print-model');
  const lines = Number.isInteger(options.lines) && (options.lines as number) > 0 ? (options.lines as number) : 15;

  const image = options.printModel ? simulateThermalPrint(bitmap, options.printModel) : bitmap;
  const luminance = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  const binarizer = new GlobalHistogramBinarizer(new RGBLuminanceSource(luminance, image.width, image.height));
  const reader = new Code128Reader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.ASSUME_GS1, true]]);
  const expectedText = toScannedText(expected);

  const reads: LineRead[] = [];
  const row = new BitArray(image.width);
  const tried = Math.min(lines, image.height);
  for (let i = 0; i < tried; i++) {
    const y = Math.min(image.height - 1, Math.floor(image.height * (0.1 + (0.8 * (i + 0.5)) / tried)));
    const read = decodeLine(reader, binarizer, y, row, hints);
    if (read) reads.push(read);
  }

  const linesRead = reads.filter((r) => r.text === expectedText).length;
  const linesMisread = reads.length - linesRead;
  const scanned = { scannedWidth: image.width, scannedHeight: image.height };
  if (reads.length === 0) return { ...fail('no-read', tried), ...scanned };

  const counts = new Map<string, number>();
  for (const r of reads) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const [text] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const best = reads.find((r) => r.text === text)!;
  const matches = text === expectedText;
  return {
    read: true,
    text,
    matches,
    gs1: best.gs1,
    ...(best.gs1 ? { gs1Elements: best.elements } : {}),
    linesTried: tried,
    linesRead,
    linesMisread,
    readRate: linesRead / tried,
    reliable: matches && linesMisread === 0 && linesRead * 2 > tried,
    ...scanned,
    ...(matches ? {} : { error: { code: 'mismatch' as const, ...ERRORS.mismatch } }),
  };
}
