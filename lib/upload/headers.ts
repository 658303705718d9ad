import type { TemplateColumn, TemplateField } from './types';

/**
 * Header names of Seller Center's bulk tracking upload template, in English and Chinese
 * (ref:seller-center#5: "fill order ID / SKU ID / tracking / provider"), plus the variants sellers
 * and ERP exports write. Compared after `normalizeHeader`, so "* Tracking ID (required)" and
 * "物流单号（必填）" match too.
 */
export const TEMPLATE_HEADER_ALIASES: Readonly<Record<TemplateField, readonly string[]>> = {
  orderId: ['Order ID', 'Order number', 'Order No', 'OrderID', '订单号', '订单编号', '订单ID', '主订单号'],
  skuId: ['SKU ID', 'SKUID', 'SKU', 'SKU编号'],
  tracking: [
    'Tracking number',
    'Tracking ID',
    'Tracking No',
    'Tracking',
    'Tracking code',
    'Waybill number',
    'Waybill No',
    '物流单号',
    '运单号',
    '快递单号',
    '追踪号',
    '跟踪号',
  ],
  provider: [
    'Shipping provider',
    'Shipping provider name',
    'Shipping carrier',
    'Carrier',
    'Carrier name',
    'Logistics provider',
    '物流服务商',
    '物流承运商',
    '物流公司',
    '快递公司',
    '承运商',
    '物流商',
  ],
};

/** How far down a header row is looked for (templates carry a title or instructions above it). */
export const HEADER_SEARCH_ROWS = 50;

/**
 * A header cell reduced to what identifies it: first line only, full-width → ASCII (NFKC), invisible
 * characters, bracketed notes ("(required)", "（必填）") and required-markers (`*`) removed, lowercase,
 * runs of spaces/underscores/dashes as one space.
 * Example: `normalizeHeader('* Tracking ID（必填）\nEnter the number') === 'tracking id'`.
 */
export function normalizeHeader(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim()) ?? '';
  return firstLine
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[([{【〔][^)\]}】〕]*[)\]}】〕]/gu, '')
    .replace(/[*:：]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

const NORMALIZED_ALIASES: ReadonlyArray<[TemplateField, ReadonlySet<string>]> = (
  Object.entries(TEMPLATE_HEADER_ALIASES) as Array<[TemplateField, readonly string[]]>
).map(([field, aliases]) => [field, new Set(aliases.map(normalizeHeader))]);

/** Which template column a header cell names, if any. Example: `fieldOfHeader('物流服务商') === 'provider'`. */
export function fieldOfHeader(text: string): TemplateField | undefined {
  const normalized = normalizeHeader(text);
  if (!normalized) return undefined;
  for (const [field, aliases] of NORMALIZED_ALIASES) if (aliases.has(normalized)) return field;
  return undefined;
}

/** Spreadsheet column letter of a 0-based index. Example: `columnLetter(0) === 'A'`, `columnLetter(27) === 'AB'`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export type HeaderMatch = {
  headerRow: number;
  columns: { tracking: TemplateColumn } & Partial<Record<Exclude<TemplateField, 'tracking'>, TemplateColumn>>;
};

/**
 * Finds the header row among the first `HEADER_SEARCH_ROWS` rows: the first row with a tracking
 * column. Other columns are mapped from the same row (first match wins; extra columns are ignored).
 * `cells(row)` gives a row's cells as text (0-based row index).
 * Example: rows `[['Upload template'], [], ['Order ID', 'Tracking ID']]` → `{ headerRow: 3, columns: { orderId: A, tracking: B } }`.
 */
export function findHeaderRow(
  rowCount: number,
  cells: (rowIndex: number) => readonly string[],
): HeaderMatch | undefined {
  const last = Math.min(rowCount, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const found: Partial<Record<TemplateField, TemplateColumn>> = {};
    cells(r).forEach((text, index) => {
      const field = text ? fieldOfHeader(text) : undefined;
      if (field && !found[field]) found[field] = { index, letter: columnLetter(index), header: text };
    });
    const { tracking, ...others } = found;
    if (tracking) return { headerRow: r + 1, columns: { tracking, ...others } };
  }
  return undefined;
}
