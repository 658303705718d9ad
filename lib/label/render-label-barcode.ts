/**
 * renderLabelBarcode: the exact pixels a thermal printer at `dpi` prints for a waybill barcode.
 * bwip-js chooses the Code 128 symbols (its `raw()` bar/space widths in modules); we paint every module
 * as a whole number of printer dots, because that is all a print head can do — scaling a
 * canvas image by a non-integer factor would make some bars one dot wider than others. Pure: no canvas.
 */
// The platform-independent build: no canvas, no Node built-ins, same code in worker, page and tests.
import bwipjs from 'bwip-js/generic';
import { encodeCode128 } from './encode-code128';
import type { LabelBitmap } from './label-bitmap';
import { printCheck, type PrintCheck, type PrintCheckInvalid } from './print-check';
import type { Symbology } from './plan-payload';
import { MM_PER_INCH } from '@/lib/units';
import { LABEL_SIZES, MILS_PER_INCH } from './print-physics';
import { checkNumericOptions, planText, type LabelInputError } from './validate-input';

export interface RenderLabelBarcodeOptions {
  /** Printer resolution, dots per inch. */
  dpi: number;
  /** Default: printCheck's automatic choice for `labelWidthMm` (legal X for the carrier, fits the label). */
  dotsPerModule?: number;
  /**
   * Bar height, mm. Default 19.05 mm (0.75 in, the USPS IMpb minimum bar height commonly cited;
   * UNCONFIRMED, ref:carriers-and-labels#2.4) — a rendering default, never a reason to reject.
   */
  heightMm?: number;
  /** Default: `gs1-128` for USPS IMpb payloads, `code128` otherwise. */
  symbology?: Symbology;
  /** Quiet zone each side, modules (≥ 10, ref §2.3). Default 10. */
  quietZoneModules?: number;
  /** Label width used for the automatic dots-per-module choice. Default 101.6 mm (4×6 in label). */
  labelWidthMm?: number;
  /** Carrier id or name, for its X-dimension range (USPS IMpb 13–21 mil). */
  carrierId?: string;
}

export interface RenderedLabelBarcode extends LabelBitmap {
  kind: 'bitmap';
  dpi: number;
  dotsPerModule: number;
  /** Symbol width in modules without quiet zones. */
  modules: number;
  quietZoneModules: number;
  symbology: Symbology;
  /** What a scanner transmits when it reads this barcode (FNC1 removed). */
  scannedText: string;
  /** Bar/space widths in modules, bar first, without quiet zones (bwip-js `sbs`). */
  elementWidths: number[];
  xDimensionMils: number;
  widthMm: number;
  heightMm: number;
  /** The print check for this text, dpi and label (verdict, figures). */
  check: PrintCheck;
}

export type RenderLabelBarcodeResult = RenderedLabelBarcode | { kind: 'invalid-input'; errors: LabelInputError[] };

/** Bar height used when none is given: 0.75 in (commonly cited USPS IMpb minimum, UNCONFIRMED). */
export const DEFAULT_BAR_HEIGHT_MM = 19.05;

interface BwipLinear {
  sbs: number[];
}

function readBwipElementWidths(bwipText: string, symbology: Symbology): number[] {
  // bwip-js `code128` with `parsefnc` lets us place FNC1 ourselves ("^FNC1"), so GS1-128 is exactly
  // the element plan printCheck measured (IMpb: FNC1 420+ZIP FNC1 number), with no AI re-parsing.
  const symbols = bwipjs.raw('code128', bwipText, { parsefnc: symbology === 'gs1-128' });
  const first = symbols[0] as Partial<BwipLinear> | undefined;
  if (!first?.sbs) throw new Error('bwip-js returned no bar widths for code128');
  return first.sbs;
}

function sameWidths(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * Renders `text` as a Code 128 / GS1-128 bitmap at printer resolution: every module exactly
 * `dotsPerModule` pixels, white quiet zones included. Never throws on bad input (`kind: 'invalid-input'`).
 *
 * Example: `renderLabelBarcode('9400111206206406260787', { dpi: 203, dotsPerModule: 3 })` →
 * GS1-128, 167 modules, width (167 + 20) × 3 = 561 px, height 152 px (19.05 mm at 203 dpi).
 */
export function renderLabelBarcode(text: string, options: RenderLabelBarcodeOptions): RenderLabelBarcodeResult {
  const opts = (typeof options === 'object' && options !== null ? options : {}) as Partial<
    Record<keyof RenderLabelBarcodeOptions, unknown>
  >;
  const planned = planText(text, opts.symbology);
  const errors = [
    ...('errors' in planned ? planned.errors : []),
    ...checkNumericOptions({
      dpi: opts.dpi,
      labelWidthMm: opts.labelWidthMm,
      dotsPerModule: opts.dotsPerModule,
      quietZoneModules: opts.quietZoneModules,
      heightMm: opts.heightMm,
    }),
  ];
  if ('errors' in planned || errors.length > 0) return { kind: 'invalid-input', errors };

  const check = printCheck({
    text,
    dpi: opts.dpi as number,
    labelWidthMm: (opts.labelWidthMm as number | undefined) ?? LABEL_SIZES['4x6-in'].widthMm,
    symbology: planned.plan.symbology,
    ...(opts.carrierId !== undefined ? { carrierId: opts.carrierId as string } : {}),
    ...(opts.dotsPerModule !== undefined ? { dotsPerModule: opts.dotsPerModule as number } : {}),
    ...(opts.quietZoneModules !== undefined ? { quietZoneModules: opts.quietZoneModules as number } : {}),
  });
  if (check.kind === 'invalid-input') return { kind: 'invalid-input', errors: (check as PrintCheckInvalid).errors };

  const { plan } = planned;
  const elementWidths = readBwipElementWidths(plan.bwipText, plan.symbology);
  if (!sameWidths(elementWidths, encodeCode128(plan.message).elementWidths)) {
    // printCheck mirrors bwip-js's encoder; a disagreement is a bug in lib/label, not bad input.
    throw new Error(
      `lib/label: bwip-js chose other Code 128 symbols than printCheck measured for ${JSON.stringify(text)}`,
    );
  }

  const dpi = check.dpi;
  const dots = check.dotsPerModule;
  const quiet = check.quietZoneModules;
  const heightMm = (opts.heightMm as number | undefined) ?? DEFAULT_BAR_HEIGHT_MM;
  const width = check.modulesWithQuietZones * dots;
  const height = Math.max(1, Math.round((heightMm * dpi) / MM_PER_INCH));

  const row = new Uint8Array(width).fill(255);
  let x = quiet * dots;
  elementWidths.forEach((modules, index) => {
    const run = modules * dots;
    if (index % 2 === 0) row.fill(0, x, x + run);
    x += run;
  });
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(row, y * width);

  return {
    kind: 'bitmap',
    width,
    height,
    data,
    dpi,
    dotsPerModule: dots,
    modules: check.modules,
    quietZoneModules: quiet,
    symbology: plan.symbology,
    scannedText: plan.scannedText,
    elementWidths,
    xDimensionMils: (dots * MILS_PER_INCH) / dpi,
    widthMm: (width * MM_PER_INCH) / dpi,
    heightMm: (height * MM_PER_INCH) / dpi,
    check,
  };
}
