/**
 * Defensive checks of the inputs printCheck and renderLabelBarcode share. Values may come from a
 * settings form (NaN, strings, negative numbers): each problem becomes a coded error, never a throw.
 */
import { fillLocalized, type Localized } from '@/lib/i18n';
import { INPUT_ERROR_MESSAGES, type InputErrorCode } from './messages';
import { defaultSymbologyFor, planPayload, SYMBOLOGIES, type PayloadPlan, type Symbology } from './plan-payload';
import { QUIET_ZONE_MODULES } from './print-physics';

export interface LabelInputError extends Localized {
  code: InputErrorCode;
  field: string;
  /** Position of the offending character in the text (`unencodable-character`). */
  index?: number;
  codePoint?: number;
}

function describeInputError(
  code: InputErrorCode,
  field: string,
  values: Record<string, string | number> = {},
  extra: Pick<LabelInputError, 'index' | 'codePoint'> = {},
): LabelInputError {
  return { code, field, ...fillLocalized(INPUT_ERROR_MESSAGES[code], values), ...extra };
}

function isPositiveFinite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

export interface PlannedText {
  plan: PayloadPlan;
  symbologyChosen: 'given' | 'impb-default' | 'default';
}

/** Validates text + symbology and plans the Code 128 message, or returns the errors. */
export function planText(text: unknown, symbology: unknown): PlannedText | { errors: LabelInputError[] } {
  if (typeof text !== 'string') return { errors: [describeInputError('text-not-string', 'text')] };
  if (text.length === 0) return { errors: [describeInputError('empty-text', 'text')] };
  if (symbology !== undefined && !SYMBOLOGIES.includes(symbology as Symbology)) {
    return { errors: [describeInputError('invalid-symbology', 'symbology', { value: show(symbology) })] };
  }
  const chosen: Symbology = (symbology as Symbology | undefined) ?? defaultSymbologyFor(text);
  const planned = planPayload(text, chosen);
  if ('plan' in planned) {
    const symbologyChosen = symbology !== undefined ? 'given' : chosen === 'gs1-128' ? 'impb-default' : 'default';
    return { plan: planned.plan, symbologyChosen };
  }
  const issue = planned.issue;
  switch (issue.code) {
    case 'text-too-long':
      return { errors: [describeInputError('text-too-long', 'text', { length: issue.length })] };
    case 'unencodable-character': {
      const hex = issue.codePoint.toString(16).toUpperCase().padStart(4, '0');
      return {
        errors: [
          describeInputError(
            'unencodable-character',
            'text',
            { hex, position: issue.index + 1 },
            { index: issue.index, codePoint: issue.codePoint },
          ),
        ],
      };
    }
    case 'bad-gs1-data':
      return { errors: [describeInputError('bad-gs1-data', 'text', { detail: issue.detail })] };
  }
}

/** Errors for the numeric options; an empty list when they are all usable. */
export function checkNumericOptions(options: {
  dpi: unknown;
  labelWidthMm?: unknown;
  /** printCheck needs a label width; rendering does not. */
  requireLabelWidth?: boolean;
  dotsPerModule?: unknown;
  sideMarginMm?: unknown;
  quietZoneModules?: unknown;
  heightMm?: unknown;
}): LabelInputError[] {
  const errors: LabelInputError[] = [];
  const { dpi, labelWidthMm, dotsPerModule, sideMarginMm, quietZoneModules, heightMm } = options;
  if (!isPositiveFinite(dpi)) errors.push(describeInputError('invalid-dpi', 'dpi', { value: show(dpi) }));
  if ((labelWidthMm !== undefined || options.requireLabelWidth) && !isPositiveFinite(labelWidthMm)) {
    errors.push(describeInputError('invalid-label-width', 'labelWidthMm', { value: show(labelWidthMm) }));
  }
  if (dotsPerModule !== undefined && !isPositiveInteger(dotsPerModule)) {
    errors.push(describeInputError('invalid-dots-per-module', 'dotsPerModule', { value: show(dotsPerModule) }));
  }
  if (
    quietZoneModules !== undefined &&
    !(isPositiveInteger(quietZoneModules) && quietZoneModules >= QUIET_ZONE_MODULES)
  ) {
    errors.push(describeInputError('invalid-quiet-zone', 'quietZoneModules', { value: show(quietZoneModules) }));
  }
  if (heightMm !== undefined && !isPositiveFinite(heightMm)) {
    errors.push(describeInputError('invalid-height', 'heightMm', { value: show(heightMm) }));
  }
  if (sideMarginMm !== undefined) {
    const usable = typeof sideMarginMm === 'number' && Number.isFinite(sideMarginMm) && sideMarginMm >= 0;
    const leavesWidth = !isPositiveFinite(labelWidthMm) || (usable && labelWidthMm - 2 * sideMarginMm > 0);
    if (!usable || !leavesWidth)
      errors.push(describeInputError('invalid-side-margin', 'sideMarginMm', { value: show(sideMarginMm) }));
  }
  return errors;
}
