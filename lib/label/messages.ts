/**
 * Seller-facing words for lib/label codes, kept apart from the logic that finds them (style: codes are
 * data, a message map renders them). Placeholders are filled with `fillLocalized`.
 */
import type { Localized } from '@/lib/i18n';

export type PrintFindingCode =
  | 'below-203-dpi'
  | 'too-narrow'
  | 'too-wide'
  | 'x-below-minimum'
  | 'x-above-maximum'
  | 'single-dot-module'
  | 'carrier-needs-gs1-128';

export type PrintVerdictCode = 'ok' | PrintFindingCode;

export type InputErrorCode =
  | 'text-not-string'
  | 'empty-text'
  | 'text-too-long'
  | 'unencodable-character'
  | 'bad-gs1-data'
  | 'invalid-symbology'
  | 'invalid-dpi'
  | 'invalid-label-width'
  | 'invalid-dots-per-module'
  | 'invalid-side-margin'
  | 'invalid-quiet-zone'
  | 'invalid-height';

export const PRINT_MESSAGES: Record<PrintVerdictCode, Localized> = {
  ok: {
    en: 'OK: {dots}-dot modules at {dpi} dpi give an X-dimension of {mils} mil; the barcode is {widthMm} mm ({widthIn} in) wide with quiet zones and fits the {usableMm} mm label width ({spareMm} mm to spare). {note}',
    zh: '合格：{dpi} dpi 下每个模块 {dots} 点，X 尺寸 {mils} mil；条码含静区宽 {widthMm} 毫米（{widthIn} 英寸），可放入 {usableMm} 毫米宽的标签（余 {spareMm} 毫米）。{note}',
  },
  'below-203-dpi': {
    en: '{dpi} dpi is below 203 dpi: thermal labels must print at 203 dpi or more; below that barcodes fail to scan and the first-scan rate drops to 61 % (seed S33). Use a 203 or 300 dpi thermal printer.',
    zh: '{dpi} dpi 低于 203 dpi：热敏标签必须以 203 dpi 或更高分辨率打印，低于此值条码无法扫描，首扫率降至 61 %（seed S33）。请使用 203 或 300 dpi 的热敏打印机。',
  },
  'too-narrow': {
    en: 'Too narrow at {dpi} dpi: with {dots}-dot modules (X {mils} mil) the barcode is {widthMm} mm wide with quiet zones, but the label has {usableMm} mm. {advice}',
    zh: '{dpi} dpi 下标签太窄：每个模块 {dots} 点（X {mils} mil）时条码含静区宽 {widthMm} 毫米，而标签只有 {usableMm} 毫米。{advice}',
  },
  'too-wide': {
    en: 'Too wide: with {dots}-dot modules (X {mils} mil) the barcode is {widthMm} mm wide with quiet zones, but the label has {usableMm} mm. Use {fitDots}-dot modules (X {fitMils} mil, {fitWidthMm} mm).',
    zh: '条码太宽：每个模块 {dots} 点（X {mils} mil）时条码含静区宽 {widthMm} 毫米，而标签只有 {usableMm} 毫米。请改用每个模块 {fitDots} 点（X {fitMils} mil，{fitWidthMm} 毫米）。',
  },
  'x-below-minimum': {
    en: 'X-dimension {mils} mil ({dots}-dot modules at {dpi} dpi) is below the {rule} minimum of {minMils} mil. {advice}',
    zh: 'X 尺寸 {mils} mil（{dpi} dpi 下每个模块 {dots} 点）低于 {rule} 要求的最小值 {minMils} mil。{advice}',
  },
  'x-above-maximum': {
    en: 'X-dimension {mils} mil ({dots}-dot modules at {dpi} dpi) is above the {rule} maximum of {maxMils} mil. {advice}',
    zh: 'X 尺寸 {mils} mil（{dpi} dpi 下每个模块 {dots} 点）超过 {rule} 允许的最大值 {maxMils} mil。{advice}',
  },
  'single-dot-module': {
    en: '1 dot per module (X {mils} mil): each narrow bar is a single heated dot, so dot gain of a fraction of a dot changes it by that fraction of its width, and a scanner sampling about one pixel per dot cannot separate the bars. Use more dots per module and scan a printed test label (seed S34).',
    zh: '每个模块仅 1 点（X {mils} mil）：每条窄条只有一个加热点，零点几个点的扩散就会让它的宽度改变同样的比例，而每点约一个像素采样的扫描器无法分辨条空。请增加每个模块的点数，并打印测试标签扫描确认（seed S34）。',
  },
  'carrier-needs-gs1-128': {
    en: '{rule} barcodes are GS1-128 (Code 128 starting with FNC1, numbers in code set C); this check used plain Code 128.',
    zh: '{rule} 条码应为 GS1-128（以 FNC1 开头的 Code 128，数字使用 C 字符集）；本次检查使用的是普通 Code 128。',
  },
};

export const PRINT_ADVICE = {
  useFittingDots: {
    en: 'Use {fitDots}-dot modules (X {fitMils} mil, {fitWidthMm} mm with quiet zones).',
    zh: '请改用每个模块 {fitDots} 点（X {fitMils} mil，含静区 {fitWidthMm} 毫米）。',
  },
  useHigherDpi: {
    en: 'Use {altDpi} dpi ({altDots}-dot modules, X {altMils} mil, {altWidthMm} mm) or a shorter symbology.',
    zh: '请使用 {altDpi} dpi（每个模块 {altDots} 点，X {altMils} mil，{altWidthMm} 毫米）或更短的码制。',
  },
  useShorterPayload: {
    en: 'No common printer resolution (203/300/600 dpi) fits it at a legal X-dimension: use a shorter symbology or a wider label.',
    zh: '常见分辨率（203/300/600 dpi）都无法在合规 X 尺寸下放下：请使用更短的码制或更宽的标签。',
  },
} as const satisfies Record<string, Localized>;

export const PRINT_NOTES = {
  checkedAgainstRule: {
    en: 'Checked against the {rule} X-dimension range of {minMils}–{maxMils} mil ({source}), fit and ≥ 203 dpi.',
    zh: '已按 {rule} 的 X 尺寸范围 {minMils}–{maxMils} mil（{source}）、能否放入标签以及是否 ≥ 203 dpi 进行检查。',
  },
  withinRule: {
    en: 'X-dimension within the {rule} range of {minMils}–{maxMils} mil ({source}).',
    zh: 'X 尺寸在 {rule} 规定的 {minMils}–{maxMils} mil 范围内（{source}）。',
  },
  noPublishedRule: {
    en: '{carrier} has no published X-dimension; checked only for fit and ≥ 203 dpi.',
    zh: '{carrier} 未公布 X 尺寸要求；仅检查了能否放入标签以及是否 ≥ 203 dpi。',
  },
} as const satisfies Record<string, Localized>;

export const INPUT_ERROR_MESSAGES: Record<InputErrorCode, Localized> = {
  'text-not-string': { en: 'The barcode text must be a string.', zh: '条码内容必须是文本。' },
  'empty-text': { en: 'The barcode text is empty.', zh: '条码内容为空。' },
  'text-too-long': {
    en: 'The barcode text has {length} characters; Code 128 encoders accept at most 500.',
    zh: '条码内容有 {length} 个字符；Code 128 编码器最多接受 500 个。',
  },
  'unencodable-character': {
    en: 'Character U+{hex} at position {position} cannot be put in a label barcode (only printable ASCII can).',
    zh: '第 {position} 位的字符 U+{hex} 不能编入标签条码（只能使用可打印 ASCII 字符）。',
  },
  'bad-gs1-data': { en: 'Not valid GS1-128 data: {detail}.', zh: '不是有效的 GS1-128 数据：{detail}。' },
  'invalid-symbology': {
    en: 'Unknown symbology "{value}"; use code128 or gs1-128.',
    zh: '未知码制 "{value}"；请使用 code128 或 gs1-128。',
  },
  'invalid-dpi': {
    en: 'Printer resolution must be a positive number of dots per inch (got {value}).',
    zh: '打印分辨率必须是正数（每英寸点数），当前为 {value}。',
  },
  'invalid-label-width': {
    en: 'Label width must be a positive number of millimetres (got {value}).',
    zh: '标签宽度必须是正数（毫米），当前为 {value}。',
  },
  'invalid-dots-per-module': {
    en: 'Dots per module must be a whole number of at least 1 (got {value}).',
    zh: '每个模块的点数必须是不小于 1 的整数，当前为 {value}。',
  },
  'invalid-side-margin': {
    en: 'Side margin must be zero or more millimetres and leave printable width (got {value}).',
    zh: '左右边距必须不小于 0 毫米且须留出可打印宽度，当前为 {value}。',
  },
  'invalid-quiet-zone': {
    en: 'Quiet zone must be a whole number of modules, at least 10 (got {value}).',
    zh: '静区必须是整数个模块且不少于 10，当前为 {value}。',
  },
  'invalid-height': {
    en: 'Bar height must be a positive number of millimetres (got {value}).',
    zh: '条高必须是正数（毫米），当前为 {value}。',
  },
};
