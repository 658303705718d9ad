/**
 * printCheck: will this waybill's barcode print legibly on this printer and label? The answer is
 * arithmetic on whole printer dots: module count from the real Code 128 encoding, X-dimension =
 * dots per module / dpi, width = (modules + 2 × 10 quiet-zone modules) × X, compared with the label
 * width and the carrier's published X range. Pure.
 */
import { CARRIER_ALIASES, resolveCarrierId, type CarrierId } from '@/lib/carriers';
import { fillLocalized, type Localized } from '@/lib/i18n';
import { encodeCode128 } from './encode-code128';
import { MM_PER_INCH } from '@/lib/units';
import { PRINT_ADVICE, PRINT_MESSAGES, PRINT_NOTES, type PrintFindingCode, type PrintVerdictCode } from './messages';
import type { Symbology } from './plan-payload';
import {
  CARRIER_X_DIMENSION_RULES,
  countDotsInWidth,
  listLegalDotsPerModule,
  MIN_THERMAL_DPI,
  MILS_PER_INCH,
  PRINTER_DPIS,
  QUIET_ZONE_MODULES,
  type XDimensionRule,
} from './print-physics';
import { checkNumericOptions, planText, type LabelInputError } from './validate-input';

export interface PrintCheckInput {
  /** The barcode payload: a waybill number, an IMpb payload (`420` + ZIP + number) or bracketed GS1 AIs. */
  text: string;
  /** Printer resolution in dots per inch (203, 300, 600 …). */
  dpi: number;
  /** Printable label width across the bars, mm (4×6 in = 101.6, 100×150 = 100, A6 = 105). */
  labelWidthMm: number;
  /** Default: `gs1-128` for USPS IMpb payloads (ref §2.4), `code128` otherwise. */
  symbology?: Symbology;
  /** Carrier id or displayed name; default: `usps` for IMpb payloads, otherwise none. */
  carrierId?: string;
  /** Fix the module width; default: chosen automatically (see printCheck). */
  dotsPerModule?: number;
  /** White margin kept clear on each side beyond the quiet zones, mm. Default 0: the quiet zones are white already. */
  sideMarginMm?: number;
  /** Quiet zone each side in modules, ≥ 10 (ref §2.3). Default 10. */
  quietZoneModules?: number;
}

export interface PrintVerdict extends Localized {
  code: PrintVerdictCode;
  /** Where the rule behind this verdict comes from (`seed:S33`, `ref:carriers-and-labels#2.4`). */
  source?: string;
}

export interface PrintFinding extends Localized {
  code: PrintFindingCode;
  source?: string;
}

export interface PrintFigures {
  dpi: number;
  dotsPerModule: number;
  xDimensionMils: number;
  xDimensionMm: number;
  modules: number;
  modulesWithQuietZones: number;
  symbolWidthDots: number;
  symbolWidthMm: number;
  symbolWidthIn: number;
  labelWidthMm: number;
  usableWidthMm: number;
  usableWidthDots: number;
  spareMm: number;
  checkValue: number;
}

export interface PrintCheck {
  kind: 'check';
  text: string;
  symbology: Symbology;
  /** How the symbology was picked: as given, GS1-128 because the text is a USPS IMpb payload, or plain Code 128. */
  symbologyChosen: 'given' | 'impb-default' | 'default';
  /** GS1 element strings (AI + data) in order, FNC1 between variable-length ones. */
  gs1Elements: string[];
  carrierId?: CarrierId;
  /** True when the carrier was inferred from the number (an IMpb payload is USPS). */
  carrierInferred: boolean;
  dpi: number;
  dotsPerModule: number;
  dotsPerModuleChosen: 'given' | 'auto';
  xDimensionMils: number;
  xDimensionMm: number;
  /** Symbol width in modules without quiet zones (11 per symbol incl. start and check, 13 for stop). */
  modules: number;
  modulesWithQuietZones: number;
  quietZoneModules: number;
  /** Code 128 symbol values, start to stop. */
  symbolValues: number[];
  /** Symbol width including the quiet zones on both sides. */
  symbolWidthMm: number;
  symbolWidthDots: number;
  usableWidthMm: number;
  fits: boolean;
  /** Present when the carrier publishes an X-dimension range (USPS IMpb 13–21 mil). */
  meetsCarrierMinimum?: boolean;
  withinCarrierRange?: boolean;
  xDimensionRule?: XDimensionRule;
  /** What was checked against what (carrier range, or "no published X-dimension"). */
  note: Localized;
  verdict: PrintVerdict;
  /** Every finding, most serious first; empty when the verdict is ok. */
  findings: PrintFinding[];
  /** Headline numbers rounded for display. */
  figures: PrintFigures;
  sources: string[];
}

export interface PrintCheckInvalid {
  kind: 'invalid-input';
  fits: false;
  verdict: Localized & { code: 'invalid-input' };
  errors: LabelInputError[];
}

export type PrintCheckResult = PrintCheck | PrintCheckInvalid;

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function describeInvalid(errors: LabelInputError[]): PrintCheckInvalid {
  return {
    kind: 'invalid-input',
    fits: false,
    verdict: { code: 'invalid-input', en: errors.map((e) => e.en).join(' '), zh: errors.map((e) => e.zh).join('') },
    errors,
  };
}

interface Geometry {
  dots: number;
  mils: number;
  mm: number;
  widthDots: number;
  widthMm: number;
  fits: boolean;
}

function measure(modulesWithQuietZones: number, dots: number, dpi: number, usableDots: number): Geometry {
  const widthDots = modulesWithQuietZones * dots;
  return {
    dots,
    mils: (dots * MILS_PER_INCH) / dpi,
    mm: (dots * MM_PER_INCH) / dpi,
    widthDots,
    widthMm: (widthDots * MM_PER_INCH) / dpi,
    fits: widthDots <= usableDots,
  };
}

/**
 * The largest dots per module that fits `usableDots` and, when the carrier publishes a range, keeps
 * X inside it; undefined when none does.
 */
function findBestFittingDots(
  modulesWithQuietZones: number,
  dpi: number,
  usableDots: number,
  rule?: XDimensionRule,
): number | undefined {
  const maxFit = Math.floor(usableDots / modulesWithQuietZones);
  if (!rule) return maxFit >= 1 ? maxFit : undefined;
  const fitting = listLegalDotsPerModule(rule, dpi).filter((d) => d <= maxFit);
  return fitting.at(-1);
}

/** The dots per module printCheck uses when the caller gives none. */
function chooseDotsPerModule(
  modulesWithQuietZones: number,
  dpi: number,
  usableDots: number,
  rule?: XDimensionRule,
): number {
  const best = findBestFittingDots(modulesWithQuietZones, dpi, usableDots, rule);
  if (best !== undefined) return best;
  // Nothing fits: report the smallest legal module (what the label would need) so the verdict's
  // figures show how far off it is; with no legal integer at all (very low dpi), 1 dot.
  const legal = rule ? listLegalDotsPerModule(rule, dpi) : [];
  return legal[0] ?? 1;
}

function carrierDisplayName(carrierId: CarrierId | undefined): Localized {
  if (!carrierId) return { en: 'This carrier', zh: '该承运商' };
  const name = CARRIER_ALIASES[carrierId][0] ?? carrierId;
  return { en: name, zh: name };
}

function suggestHigherDpi(
  modulesWithQuietZones: number,
  dpi: number,
  usableWidthMm: number,
  rule?: XDimensionRule,
): Localized {
  for (const altDpi of PRINTER_DPIS.filter((d) => d > dpi)) {
    const usableDots = countDotsInWidth(usableWidthMm, altDpi);
    const altDots = findBestFittingDots(modulesWithQuietZones, altDpi, usableDots, rule);
    // A higher resolution only helps if it allows a module at least as wide as the legal minimum.
    if (altDots === undefined || (!rule && altDots < 2)) continue;
    const g = measure(modulesWithQuietZones, altDots, altDpi, usableDots);
    return fillLocalized(PRINT_ADVICE.useHigherDpi, {
      altDpi,
      altDots,
      altMils: g.mils.toFixed(2),
      altWidthMm: g.widthMm.toFixed(1),
    });
  }
  return PRINT_ADVICE.useShorterPayload;
}

/**
 * Checks whether `text` prints as a scannable Code 128 / GS1-128 barcode on a `labelWidthMm` label at
 * `dpi`. Without `dotsPerModule` it picks the largest whole number of dots per module that fits the
 * label while X stays inside the carrier's published range (USPS IMpb 13–21 mil); for carriers with no
 * published range, the largest that fits. Never throws: bad input gives `kind: 'invalid-input'`.
 *
 * Example: `printCheck({ text: '420123459400111206206406260787', dpi: 203, labelWidthMm: 101.6 })` →
 * GS1-128, 222 modules (242 with quiet zones), 3 dots per module, X 14.78 mil, 90.8 mm, fits, ok.
 */
export function printCheck(input: PrintCheckInput): PrintCheckResult {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<
    Record<keyof PrintCheckInput, unknown>
  >;
  const planned = planText(raw.text, raw.symbology);
  const numericErrors = checkNumericOptions({
    dpi: raw.dpi,
    labelWidthMm: raw.labelWidthMm,
    requireLabelWidth: true,
    dotsPerModule: raw.dotsPerModule,
    sideMarginMm: raw.sideMarginMm,
    quietZoneModules: raw.quietZoneModules,
  });
  const errors = [...('errors' in planned ? planned.errors : []), ...numericErrors];
  if ('errors' in planned || errors.length > 0) return describeInvalid(errors);

  const { plan, symbologyChosen } = planned;
  const dpi = raw.dpi as number;
  const labelWidthMm = raw.labelWidthMm as number;
  const sideMarginMm = (raw.sideMarginMm as number | undefined) ?? 0;
  const quietZoneModules = (raw.quietZoneModules as number | undefined) ?? QUIET_ZONE_MODULES;

  const givenCarrier = typeof raw.carrierId === 'string' ? resolveCarrierId(raw.carrierId) : undefined;
  const carrierInferred = givenCarrier === undefined && raw.carrierId === undefined && plan.isImpb;
  const carrierId: CarrierId | undefined = givenCarrier ?? (carrierInferred ? 'usps' : undefined);
  const rule = carrierId ? CARRIER_X_DIMENSION_RULES[carrierId] : undefined;

  const encoding = encodeCode128(plan.message);
  const modulesWithQuietZones = encoding.modules + 2 * quietZoneModules;
  const usableWidthMm = labelWidthMm - 2 * sideMarginMm;
  const usableDots = countDotsInWidth(usableWidthMm, dpi);
  const dotsGiven = raw.dotsPerModule as number | undefined;
  const dots = dotsGiven ?? chooseDotsPerModule(modulesWithQuietZones, dpi, usableDots, rule);
  const geometry = measure(modulesWithQuietZones, dots, dpi, usableDots);

  const carrierName = carrierDisplayName(carrierId);
  const ruleValues: Record<string, string | number> = rule
    ? { rule: rule.label, minMils: rule.minMils, maxMils: rule.maxMils, source: rule.source }
    : {};
  const shared: Record<string, string | number> = {
    dpi,
    dots,
    mils: geometry.mils.toFixed(2),
    widthMm: geometry.widthMm.toFixed(1),
    widthIn: (geometry.widthMm / MM_PER_INCH).toFixed(2),
    usableMm: round(usableWidthMm, 1),
    spareMm: (((usableDots - geometry.widthDots) * MM_PER_INCH) / dpi).toFixed(1),
    ...ruleValues,
  };
  const bestFit = findBestFittingDots(modulesWithQuietZones, dpi, usableDots, rule);
  const fitAdvice = (): Localized | undefined => {
    if (bestFit === undefined) return undefined;
    const g = measure(modulesWithQuietZones, bestFit, dpi, usableDots);
    return fillLocalized(PRINT_ADVICE.useFittingDots, {
      fitDots: bestFit,
      fitMils: g.mils.toFixed(2),
      fitWidthMm: g.widthMm.toFixed(1),
    });
  };
  const dpiAdvice = () => suggestHigherDpi(modulesWithQuietZones, dpi, usableWidthMm, rule);

  const findings: PrintFinding[] = [];
  const add = (
    code: PrintFindingCode,
    values: Record<string, string | number>,
    source?: string,
    advice?: Localized,
  ) => {
    const filled = fillLocalized(PRINT_MESSAGES[code], { ...shared, ...values });
    const text = advice
      ? { en: filled.en.replace('{advice}', advice.en), zh: filled.zh.replace('{advice}', advice.zh) }
      : { en: filled.en.replace(' {advice}', ''), zh: filled.zh.replace('{advice}', '') };
    findings.push({ code, ...text, ...(source ? { source } : {}) });
  };

  if (dpi < MIN_THERMAL_DPI) add('below-203-dpi', {}, 'seed:S33');
  if (!geometry.fits) {
    if (dotsGiven !== undefined && bestFit !== undefined) {
      const g = measure(modulesWithQuietZones, bestFit, dpi, usableDots);
      add(
        'too-wide',
        { fitDots: bestFit, fitMils: g.mils.toFixed(2), fitWidthMm: g.widthMm.toFixed(1) },
        'ref:carriers-and-labels#2.3',
      );
    } else {
      add('too-narrow', {}, 'ref:carriers-and-labels#2.3', dpiAdvice());
    }
  }
  const meetsCarrierMinimum = rule ? geometry.mils >= rule.minMils - 1e-9 : undefined;
  const belowMaximum = rule ? geometry.mils <= rule.maxMils + 1e-9 : undefined;
  if (rule && !meetsCarrierMinimum) add('x-below-minimum', {}, rule.source, fitAdvice() ?? dpiAdvice());
  if (rule && !belowMaximum) add('x-above-maximum', {}, rule.source, fitAdvice() ?? dpiAdvice());
  if (dots === 1) add('single-dot-module', {}, 'seed:S34');
  if (rule?.symbology === 'gs1-128' && plan.symbology !== 'gs1-128') add('carrier-needs-gs1-128', {}, rule.source);

  const noRuleNote = {
    en: fillLocalized(PRINT_NOTES.noPublishedRule, { carrier: carrierName.en }).en,
    zh: fillLocalized(PRINT_NOTES.noPublishedRule, { carrier: carrierName.zh }).zh,
  };
  const note = rule ? fillLocalized(PRINT_NOTES.checkedAgainstRule, ruleValues) : noRuleNote;
  const first = findings[0];
  const okNote = rule ? fillLocalized(PRINT_NOTES.withinRule, ruleValues) : noRuleNote;
  const verdict: PrintVerdict = first ?? {
    code: 'ok',
    en: fillLocalized(PRINT_MESSAGES.ok, { ...shared, note: okNote.en }).en,
    zh: fillLocalized(PRINT_MESSAGES.ok, { ...shared, note: okNote.zh }).zh,
  };

  const sources = [
    'ref:carriers-and-labels#2.2',
    'ref:carriers-and-labels#2.3',
    ...(rule ? [rule.source] : []),
    ...findings.flatMap((f) => (f.source ? [f.source] : [])),
  ];

  return {
    kind: 'check',
    text: raw.text as string,
    symbology: plan.symbology,
    symbologyChosen,
    gs1Elements: plan.gs1Elements,
    ...(carrierId ? { carrierId } : {}),
    carrierInferred,
    dpi,
    dotsPerModule: dots,
    dotsPerModuleChosen: dotsGiven !== undefined ? 'given' : 'auto',
    xDimensionMils: geometry.mils,
    xDimensionMm: geometry.mm,
    modules: encoding.modules,
    modulesWithQuietZones,
    quietZoneModules,
    symbolValues: encoding.values,
    symbolWidthMm: geometry.widthMm,
    symbolWidthDots: geometry.widthDots,
    usableWidthMm,
    fits: geometry.fits,
    ...(rule
      ? { meetsCarrierMinimum, withinCarrierRange: Boolean(meetsCarrierMinimum && belowMaximum), xDimensionRule: rule }
      : {}),
    note,
    verdict,
    findings,
    figures: {
      dpi,
      dotsPerModule: dots,
      xDimensionMils: round(geometry.mils, 2),
      xDimensionMm: round(geometry.mm, 3),
      modules: encoding.modules,
      modulesWithQuietZones,
      symbolWidthDots: geometry.widthDots,
      symbolWidthMm: round(geometry.widthMm, 1),
      symbolWidthIn: round(geometry.widthMm / MM_PER_INCH, 2),
      labelWidthMm,
      usableWidthMm: round(usableWidthMm, 2),
      usableWidthDots: usableDots,
      spareMm: round(((usableDots - geometry.widthDots) * MM_PER_INCH) / dpi, 1),
      checkValue: encoding.checkValue,
    },
    sources: [...new Set(sources)],
  };
}
