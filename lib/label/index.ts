/**
 * lib/label — print quality as numbers: print-resolution physics (printCheck), the exact pixels a
 * thermal printer prints (renderLabelBarcode, bwip-js), and scan verification with a real decoder
 * (verifyScan, ZXing), with a print-and-scan model (simulateThermalPrint). Pure: runs the same in
 * Node, the background worker and pages.
 */
export { printCheck } from './print-check';
export type {
  PrintCheck,
  PrintCheckInput,
  PrintCheckInvalid,
  PrintCheckResult,
  PrintFigures,
  PrintFinding,
  PrintVerdict,
} from './print-check';

export { renderLabelBarcode, DEFAULT_BAR_HEIGHT_MM } from './render-label-barcode';
export type { RenderLabelBarcodeOptions, RenderLabelBarcodeResult, RenderedLabelBarcode } from './render-label-barcode';

export { verifyScan } from './verify-scan';
export type { VerifyScanErrorCode, VerifyScanOptions, VerifyScanResult } from './verify-scan';

export { simulateThermalPrint, REALISTIC_SCAN } from './simulate-thermal-print';
export type { ThermalPrintModel } from './simulate-thermal-print';

export { bitmapToPng } from './bitmap-to-png';
export { isLabelBitmap } from './label-bitmap';
export type { LabelBitmap } from './label-bitmap';

export { encodeCode128, computeCode128Check, FNC1 } from './encode-code128';
export type { Code128Encoding } from './encode-code128';
export { planPayload, isImpbPayload, defaultSymbologyFor, SYMBOLOGIES } from './plan-payload';
export type { PayloadPlan, Symbology } from './plan-payload';

export {
  CARRIER_X_DIMENSION_RULES,
  LABEL_SIZES,
  MIN_THERMAL_DPI,
  PRINTER_DPIS,
  QUIET_ZONE_MODULES,
  countDotsInWidth,
  listLegalDotsPerModule,
  milsPerDot,
  mmPerDot,
} from './print-physics';
export type { LabelSize, LabelSizeId, XDimensionRule } from './print-physics';

export type { InputErrorCode, PrintFindingCode, PrintVerdictCode } from './messages';
export type { LabelInputError } from './validate-input';
