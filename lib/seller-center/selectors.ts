/**
 * The ONE table of everything lib/seller-center knows about Seller Center's DOM: CSS selectors and the
 * label texts it reads (English and Simplified Chinese, with synonyms). Source for every entry:
 * shared/reference/seller-center.md (§2 DOM, §4 UI strings) unless stated otherwise.
 *
 * Drift policy (reference §2.2, §6): key on `data-log_*` analytics hooks, ARIA roles and visible texts,
 * never on hashed or prefixed class names (`sc-…`, `listTableContainer-…`, `arco-`/`theme-arco-`/
 * `core-`/`p-` change per build and market). A rule pack may replace any entry by key
 * (`mergeSelectorOverrides`), so a redesign can be patched without a release.
 *
 * Every entry lists `[fixture page, expected count]` examples (paths under tests/fixtures/seller-center/);
 * tests/lib/seller-center/selectors.test.ts counts each entry on each page and fails on an entry without
 * examples. Counting rules are those of `countSelectorMatches`.
 */
import { collapseSpaces, escapeRegExp, forEachTextNode, isValidSelector, queryAll } from './dom-text';

/**
 * How an entry's values are matched:
 * - `css`: CSS selectors (any may match);
 * - `label`: texts that start a text node, followed by a colon, the end of the text, or a number
 *   ("Tracking number", "物流单号：", "Order No. 577…"); case-insensitive;
 * - `phrase`: texts contained anywhere in a text (case-insensitive).
 */
export type SelectorMatch = 'css' | 'label' | 'phrase';

export interface SelectorEntry {
  readonly match: SelectorMatch;
  readonly values: readonly string[];
  /** Why this hook is there and how stable it is. */
  readonly why: string;
  /** `[fixture page under tests/fixtures/seller-center/, expected number of matches]`. */
  readonly examples: ReadonlyArray<readonly [fixture: string, count: number]>;
}

const US_TABLE = 'shapes/order-list-table-us-en.html';
const GB_TABLE_ZH = 'shapes/order-list-table-gb-zh.html';
const US_CARDS = 'shapes/order-list-cards-us-en.html';
const US_DETAIL = 'shapes/order-detail-us-en.html';
const GB_DETAIL_ZH = 'shapes/order-detail-gb-zh.html';
const US_LABELS = 'shapes/shipping-labels-us-en.html';
const UPLOAD_EN = 'shapes/upload-dialogs-en.html';
const UPLOAD_ZH = 'shapes/upload-dialog-zh.html';
const US_DRAWER = 'shapes/seller-shipping-drawer-en.html';
// Replica SPA snapshots (tests/fixtures/seller-center/snapshot.mjs renders them from the SPA)
const REPLICA_TO_SHIP_US = 'order-list-to-ship-us.html';
const REPLICA_ALL_ZH_GB = 'order-list-all-zh-gb.html';
const REPLICA_DETAIL_US = 'order-detail-us.html';
const REPLICA_DETAIL_ZH_ID = 'order-detail-zh-id.html';
const REPLICA_LABELS_US = 'shipment-labels-us.html';

const SELECTOR_TABLE = {
  // ---- order list structure -------------------------------------------------------------------
  orderListContainer: {
    match: 'css',
    values: ['[data-log_module_name="order_list"]'],
    why: 'Analytics hook on the order list wrapper (ref §2.3, code #60810853283); the element to observe.',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 0],
      [REPLICA_TO_SHIP_US, 1],
      [REPLICA_ALL_ZH_GB, 1],
      [REPLICA_DETAIL_US, 0],
      [REPLICA_DETAIL_ZH_ID, 0],
      [REPLICA_LABELS_US, 0],
    ],
  },
  orderIdAttribute: {
    match: 'css',
    values: ['[data-log_order_id]', '[data-log_main_order_id]'],
    why: 'Order id on the header-strip row and on the actions container of the body row (ref §2.3).',
    examples: [
      [US_TABLE, 12],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 0],
      [REPLICA_TO_SHIP_US, 60],
      [REPLICA_ALL_ZH_GB, 60],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 0],
    ],
  },
  orderIdLink: {
    match: 'css',
    values: ['[data-log_click_for="order_id_link"]', '.order_id_number'],
    why: 'The span holding the id (ref §2.3, code #33845889171); `.order_id_number` is a semantic class, not a hash.',
    examples: [
      [US_TABLE, 6],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 0],
      [REPLICA_TO_SHIP_US, 30],
      [REPLICA_ALL_ZH_GB, 30],
      [REPLICA_DETAIL_US, 0],
      [REPLICA_DETAIL_ZH_ID, 0],
      [REPLICA_LABELS_US, 0],
    ],
  },
  orderDetailLink: {
    match: 'css',
    values: ['a[href*="order/detail"][href*="order_no="]'],
    why: 'Links to /order/detail?order_no={id} carry the id in their URL (ref §1.2).',
    examples: [
      [US_TABLE, 0],
      [US_CARDS, 1],
    ],
  },
  orderStatusAttribute: {
    match: 'css',
    values: ['[data-log_order_status]'],
    why: 'Internal status code on the order row; 101 (+ sub 1) = awaiting shipment (ref §2.3, §3).',
    examples: [
      [US_TABLE, 2],
      [GB_TABLE_ZH, 0],
      [REPLICA_TO_SHIP_US, 30],
      [REPLICA_ALL_ZH_GB, 30],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 0],
    ],
  },
  row: {
    match: 'css',
    values: ['tr', '[role="row"]'],
    why: 'Table rows and ARIA rows (card/div layouts).',
    examples: [
      [US_TABLE, 22],
      [GB_TABLE_ZH, 18],
      [US_CARDS, 16],
      [US_DETAIL, 0],
      [US_LABELS, 4],
    ],
  },
  headerCell: {
    match: 'css',
    values: ['th', '[role="columnheader"]'],
    why: 'Column headers; columns are mapped by their text, in any order and either language.',
    examples: [
      [US_TABLE, 6],
      [GB_TABLE_ZH, 6],
      [US_CARDS, 7],
      [US_DETAIL, 0],
      [US_LABELS, 6],
      [REPLICA_TO_SHIP_US, 6],
      [REPLICA_ALL_ZH_GB, 6],
      [REPLICA_DETAIL_US, 4],
      [REPLICA_DETAIL_ZH_ID, 4],
      [REPLICA_LABELS_US, 6],
    ],
  },
  bodyCell: {
    match: 'css',
    values: ['td', 'th', '[role="cell"]', '[role="gridcell"]', '[role="rowheader"]'],
    why: 'Cells of table rows and ARIA rows.',
    examples: [
      [US_TABLE, 57],
      [GB_TABLE_ZH, 47],
      [US_CARDS, 34],
      [US_DETAIL, 0],
      [US_LABELS, 24],
    ],
  },
  tableRoot: {
    match: 'css',
    values: ['table', '[role="table"]', '[role="grid"]', '[role="treegrid"]'],
    why: 'Owners of rows: a row belongs to its closest table-like ancestor (nested tables stay apart).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 2],
      [US_DETAIL, 0],
      [US_LABELS, 2],
    ],
  },
  listBoundary: {
    match: 'css',
    values: [
      'table',
      '[role="table"]',
      '[role="grid"]',
      '[role="treegrid"]',
      '[role="list"]',
      'ul',
      'ol',
      '[data-log_module_name]',
      'main',
      '[role="main"]',
    ],
    why: 'An order container never grows into the list that holds all orders.',
    examples: [
      [US_TABLE, 4],
      [GB_TABLE_ZH, 3],
      [US_CARDS, 2],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 3],
      [UPLOAD_EN, 1],
      [UPLOAD_ZH, 1],
      [US_DRAWER, 1],
    ],
  },
  dialog: {
    match: 'css',
    values: ['[role="dialog"]', '[role="alertdialog"]', 'dialog', '[aria-modal="true"]'],
    why: 'Modals (upload tracking numbers); Arco modals carry role=dialog.',
    examples: [
      [US_TABLE, 0],
      [UPLOAD_EN, 2],
      [UPLOAD_ZH, 1],
      [US_DRAWER, 1],
    ],
  },
  fileInput: {
    match: 'css',
    values: ['input[type="file"]'],
    why: 'File pickers (bulk tracking upload).',
    examples: [
      [US_TABLE, 0],
      [UPLOAD_EN, 3],
      [UPLOAD_ZH, 1],
    ],
  },
  button: {
    match: 'css',
    values: ['button', '[role="button"]', 'input[type="button"]', 'input[type="submit"]'],
    why: 'Clickable controls, matched by their visible text.',
    examples: [
      [US_TABLE, 9],
      [GB_TABLE_ZH, 4],
      [US_CARDS, 4],
      [US_DETAIL, 3],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 3],
      [UPLOAD_EN, 6],
      [UPLOAD_ZH, 4],
      [US_DRAWER, 2],
    ],
  },
  unitControl: {
    match: 'css',
    values: ['select', '[role="combobox"]'],
    why: 'Unit pickers next to weight / size inputs (native select or Arco select).',
    examples: [
      [US_TABLE, 2],
      [GB_TABLE_ZH, 0],
      [US_DETAIL, 2],
      [US_DRAWER, 1],
      [REPLICA_TO_SHIP_US, 0],
      [REPLICA_ALL_ZH_GB, 0],
      [REPLICA_DETAIL_US, 2],
      [REPLICA_DETAIL_ZH_ID, 2],
      [REPLICA_LABELS_US, 0],
    ],
  },
  textInput: {
    match: 'css',
    values: [
      'input:not([type])',
      'input[type="text"]',
      'input[type="number"]',
      'input[type="tel"]',
      'input[type="search"]',
      'textarea',
    ],
    why: 'Editable values: package weight and size inputs, inline tracking number inputs.',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 0],
      [US_CARDS, 1],
      [US_DETAIL, 4],
      [GB_DETAIL_ZH, 4],
      [US_DRAWER, 5],
      [REPLICA_TO_SHIP_US, 1],
      [REPLICA_ALL_ZH_GB, 1],
      [REPLICA_DETAIL_US, 4],
      [REPLICA_DETAIL_ZH_ID, 4],
      [REPLICA_LABELS_US, 0],
    ],
  },
  nonLabelContext: {
    match: 'css',
    values: [
      'option',
      'select',
      'button',
      '[role="button"]',
      '[role="tab"]',
      '[role="tablist"]',
      '[role="option"]',
      '[role="listbox"]',
      '[role="combobox"]',
      '[role="menu"]',
      '[role="menuitem"]',
      '[role="columnheader"]',
      'thead',
      'nav',
      '[role="navigation"]',
      '[role="tooltip"]',
      'title',
    ],
    why: 'A label text here (search-type dropdown "Order ID", tab "To ship", column header) is not a label:value pair.',
    examples: [
      [US_TABLE, 20],
      [GB_TABLE_ZH, 11],
      [US_CARDS, 11],
      [US_DETAIL, 11],
      [GB_DETAIL_ZH, 2],
      [US_LABELS, 8],
      [UPLOAD_EN, 7],
      [UPLOAD_ZH, 5],
      [US_DRAWER, 7],
    ],
  },
  decoration: {
    match: 'css',
    values: ['svg', 'img', 'i', 'br', 'hr', 'wbr', '[role="img"]'],
    why: 'Icons between a label and its value (copy, info) are skipped when they carry no text.',
    examples: [
      [US_TABLE, 0],
      [US_DETAIL, 1],
    ],
  },

  // ---- labels of fields (label:value pairs, column headers) --------------------------------------
  orderIdLabel: {
    match: 'label',
    values: ['Order ID', 'Order number', 'Order No.', 'Order No', '订单号', '订单编号', '订单ID'],
    why: 'Label before the order id in the header strip, cards and the detail page (ref §4; replica brief).',
    examples: [
      [US_TABLE, 7],
      [GB_TABLE_ZH, 6],
      [US_CARDS, 5],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 1],
      [UPLOAD_EN, 0],
      [US_DRAWER, 1],
      [REPLICA_TO_SHIP_US, 30],
      [REPLICA_ALL_ZH_GB, 30],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 1],
    ],
  },
  orderStatusLabel: {
    match: 'label',
    values: ['Order status', 'Status', '订单状态', '状态'],
    why: 'Status column header / detail label (ref §2.7 "Order Status").',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 1],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 0],
      [REPLICA_TO_SHIP_US, 1],
      [REPLICA_ALL_ZH_GB, 1],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 0],
    ],
  },
  carrierLabel: {
    match: 'label',
    values: [
      'Shipping provider',
      'Carrier',
      'Shipping carrier',
      'Shipping method',
      '物流服务商',
      '物流承运商',
      '承运商',
    ],
    why: 'Carrier column / label: "shipping provider" (ref §2.7, §4 物流承运商), "Shipping method" area (ref §2.7).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 2],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 1],
      [UPLOAD_EN, 0],
      [US_DRAWER, 1],
      [REPLICA_TO_SHIP_US, 1],
      [REPLICA_ALL_ZH_GB, 1],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 1],
    ],
  },
  trackingNumberLabel: {
    match: 'label',
    values: ['Tracking number', 'Tracking ID', 'Tracking No.', 'Tracking No', '物流单号', '运单号', '追踪号'],
    why: 'Tracking column / label (ref §4: tracking ID, 物流单号; replica brief).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 2],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 1],
      [UPLOAD_EN, 0],
      [US_DRAWER, 1],
      [REPLICA_TO_SHIP_US, 1],
      [REPLICA_ALL_ZH_GB, 1],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 1],
    ],
  },
  weightLabel: {
    match: 'label',
    values: ['Weight', 'Package weight', 'Parcel weight', '重量', '包裹重量'],
    why: 'Package form on the detail page (replica brief: "Weight" + unit).',
    examples: [
      [US_TABLE, 0],
      [US_CARDS, 1],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_DRAWER, 1],
      [REPLICA_TO_SHIP_US, 0],
      [REPLICA_ALL_ZH_GB, 0],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 0],
    ],
  },
  dimensionsLabel: {
    match: 'label',
    values: ['Dimensions', 'Package dimensions', 'Package size', '尺寸', '包裹尺寸'],
    why: 'A label in front of the three size inputs or a displayed "L x W x H" value.',
    examples: [
      [US_TABLE, 0],
      [US_CARDS, 1],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
    ],
  },
  lengthLabel: {
    match: 'label',
    values: ['Length', '长', '长度'],
    why: 'Package form (replica brief: Length / Width / Height + unit).',
    examples: [
      [US_TABLE, 0],
      [US_DRAWER, 1],
    ],
  },
  widthLabel: {
    match: 'label',
    values: ['Width', '宽', '宽度'],
    why: 'Package form.',
    examples: [
      [US_TABLE, 0],
      [US_DRAWER, 1],
    ],
  },
  heightLabel: {
    match: 'label',
    values: ['Height', '高', '高度'],
    why: 'Package form.',
    examples: [
      [US_TABLE, 0],
      [US_DRAWER, 1],
    ],
  },
  postcodeLabel: {
    match: 'label',
    values: ['Zip code', 'ZIP', 'Postcode', 'Postal code', '邮编', '邮政编码'],
    why: 'Shipping address on the detail page (replica brief: Zip code / Postcode / 邮编).',
    examples: [
      [US_TABLE, 0],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
    ],
  },
  countryLabel: {
    match: 'label',
    values: ['Country/Region', 'Country / Region', 'Country', 'Region', '国家/地区', '国家', '地区'],
    why: 'Shipping address country on the detail page.',
    examples: [
      [US_TABLE, 0],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
    ],
  },
  emptyValue: {
    match: 'label',
    values: ['-', '--', '—', 'N/A', '暂无'],
    why: 'Placeholders shown where a value is missing; they are not values.',
    examples: [
      [US_TABLE, 0],
      [GB_TABLE_ZH, 2],
    ],
  },

  // ---- buttons and dialogs ------------------------------------------------------------------------
  printLabelButton: {
    match: 'label',
    values: [
      'Print label',
      'Print labels',
      'Print shipping label',
      'Print shipping labels',
      'Print',
      'Purchase and print',
      'Reprint',
      'Reprint label',
      '打印面单',
      '打印物流面单',
      '打印',
      '购买并打印',
    ],
    why: 'Label printing buttons (ref §4 label flow: "Purchase and print", "Print"; replica: "Print label" / 打印面单).',
    examples: [
      [US_TABLE, 3],
      [GB_TABLE_ZH, 2],
      [US_CARDS, 4],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 2],
      [UPLOAD_EN, 1],
      [UPLOAD_ZH, 1],
      [US_DRAWER, 0],
      [REPLICA_TO_SHIP_US, 25],
      [REPLICA_ALL_ZH_GB, 20],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 148],
    ],
  },
  uploadButton: {
    match: 'label',
    values: ['Upload', 'Bulk upload', '上传', '批量上传'],
    why: 'Bulk upload of tracking info (ref §4 "Upload" (上传); §5 bulk tracking upload).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 0],
      [UPLOAD_EN, 2],
      [UPLOAD_ZH, 2],
    ],
  },
  trackingUploadPhrase: {
    match: 'phrase',
    values: [
      'tracking number',
      'tracking id',
      'tracking info',
      'upload tracking',
      '物流单号',
      '运单号',
      '追踪号',
      '物流信息',
    ],
    why: 'Words that make an upload dialog a tracking upload (replica: "Upload tracking numbers" / 批量上传物流单号).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 1],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 1],
      [US_LABELS, 1],
      [UPLOAD_EN, 2],
      [UPLOAD_ZH, 2],
      [US_DRAWER, 1],
    ],
  },

  // ---- status words (value of the status column / label) ------------------------------------------
  awaitingShipmentStatus: {
    match: 'label',
    values: ['Awaiting shipment', 'To ship', 'Pending shipment', '待发货'],
    why: 'Ref §4; "Pending Shipment" is how sellers name it (seed S27).',
    examples: [
      [US_TABLE, 4],
      [GB_TABLE_ZH, 2],
      [US_CARDS, 2],
      [US_DETAIL, 1],
      [GB_DETAIL_ZH, 0],
      [REPLICA_TO_SHIP_US, 26],
      [REPLICA_ALL_ZH_GB, 21],
      [REPLICA_DETAIL_US, 1],
      [REPLICA_DETAIL_ZH_ID, 1],
      [REPLICA_LABELS_US, 0],
    ],
  },
  awaitingCollectionStatus: {
    match: 'label',
    values: ['Awaiting collection', '待揽收'],
    why: 'Ref §4 (label created, waiting for the carrier).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 1],
      [US_DETAIL, 0],
      [GB_DETAIL_ZH, 1],
      [REPLICA_TO_SHIP_US, 5],
      [REPLICA_ALL_ZH_GB, 6],
      [REPLICA_DETAIL_US, 0],
      [REPLICA_DETAIL_ZH_ID, 0],
      [REPLICA_LABELS_US, 0],
    ],
  },
  shippedStatus: {
    match: 'label',
    values: ['Shipped', '已发货'],
    why: "Status after the carrier's first scan (ref §4).",
    examples: [
      [US_TABLE, 2],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 0],
    ],
  },
  inTransitStatus: {
    match: 'label',
    values: ['In transit', '运输中'],
    why: 'Status while the carrier moves the parcel (ref §4).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 1],
      [US_DETAIL, 0],
    ],
  },
  deliveredStatus: {
    match: 'label',
    values: ['Delivered', '已送达'],
    why: 'Status once the carrier reports delivery (ref §4).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 1],
      [US_CARDS, 0],
    ],
  },
  completedStatus: {
    match: 'label',
    values: ['Completed', '已完成'],
    why: 'Status after delivery and the return window (ref §4).',
    examples: [
      [US_TABLE, 1],
      [GB_TABLE_ZH, 2],
      [US_CARDS, 0],
    ],
  },
  cancelledStatus: {
    match: 'label',
    values: ['Cancelled', 'Canceled', '已取消'],
    why: 'Cancelled order, both spellings (ref §4).',
    examples: [
      [US_TABLE, 0],
      [GB_TABLE_ZH, 1],
    ],
  },
  unpaidStatus: {
    match: 'label',
    values: ['Unpaid', '未支付'],
    why: 'Order not paid yet: nothing to ship (ref §4).',
    examples: [
      [US_TABLE, 0],
      [US_CARDS, 1],
    ],
  },
  onHoldStatus: {
    match: 'label',
    values: ['On hold', '处理中'],
    why: 'Ref §4 (处理中 from an older Chinese guide).',
    examples: [
      [US_TABLE, 0],
      [US_CARDS, 1],
    ],
  },
} as const satisfies Record<string, SelectorEntry>;

export type SelectorKey = keyof typeof SELECTOR_TABLE;
export type SellerCenterSelectors = { readonly [K in SelectorKey]: SelectorEntry };

/** The selector table shipped with the extension (see the file comment for the drift policy). */
export const defaultSellerCenterSelectors: SellerCenterSelectors = SELECTOR_TABLE;

/** Status entries and the status kind each stands for, most specific first. */
export const STATUS_ENTRY_KEYS = {
  'awaiting-collection': 'awaitingCollectionStatus',
  'awaiting-shipment': 'awaitingShipmentStatus',
  'in-transit': 'inTransitStatus',
  shipped: 'shippedStatus',
  delivered: 'deliveredStatus',
  completed: 'completedStatus',
  cancelled: 'cancelledStatus',
  unpaid: 'unpaidStatus',
  'on-hold': 'onHoldStatus',
} as const satisfies Record<string, SelectorKey>;

export type OrderStatusKind = keyof typeof STATUS_ENTRY_KEYS;

// ---------------------------------------------------------------------------------------------------
// Overrides from a rule pack

export type SelectorOverrideIssueCode =
  'unknown-key' | 'not-a-list' | 'invalid-selector' | 'empty-value' | 'no-valid-values';

export interface SelectorOverrideIssue {
  code: SelectorOverrideIssueCode;
  key: string;
  value?: unknown;
  message: string;
}

export interface MergedSelectors {
  selectors: SellerCenterSelectors;
  issues: SelectorOverrideIssue[];
}

const MAX_VALUE_LENGTH = 500;

/**
 * Replaces entries of `base` by key with the values of `overrides` (a rule pack's
 * `sellerCenterSelectors`). Invalid CSS selectors, empty texts and unknown keys are dropped and
 * reported in `issues`; when nothing valid is left for a key, the base entry stays. Never throws.
 * Example: `mergeSelectorOverrides(defaultSellerCenterSelectors, { trackingNumberLabel: ['Tracking #'] })`.
 */
export function mergeSelectorOverrides(
  base: SellerCenterSelectors,
  overrides: Record<string, string[]>,
): MergedSelectors {
  const issues: SelectorOverrideIssue[] = [];
  const merged: Record<string, SelectorEntry> = { ...base };
  if (!overrides || typeof overrides !== 'object') return { selectors: base, issues };
  for (const [key, raw] of Object.entries(overrides as Record<string, unknown>)) {
    const entry = (base as Record<string, SelectorEntry | undefined>)[key];
    if (!entry || !Object.prototype.hasOwnProperty.call(base, key)) {
      issues.push({
        code: 'unknown-key',
        key,
        message: `"${key}" is not an entry of the Seller Center selector table`,
      });
      continue;
    }
    if (!Array.isArray(raw)) {
      issues.push({ code: 'not-a-list', key, value: raw, message: `"${key}" must be a list of strings` });
      continue;
    }
    const kept = raw.filter((value) => keepOverrideValue(key, entry, value, issues));
    if (!kept.length) {
      issues.push({
        code: 'no-valid-values',
        key,
        message: `"${key}" has no valid value left; the built-in entry is kept`,
      });
      continue;
    }
    merged[key] = { ...entry, values: kept as string[] };
  }
  return { selectors: merged as SellerCenterSelectors, issues };
}

function keepOverrideValue(
  key: string,
  entry: SelectorEntry,
  value: unknown,
  issues: SelectorOverrideIssue[],
): boolean {
  if (typeof value !== 'string' || !value.trim() || value.length > MAX_VALUE_LENGTH) {
    issues.push({
      code: 'empty-value',
      key,
      value,
      message: `"${key}": ${JSON.stringify(value)} is not a usable text`,
    });
    return false;
  }
  if (entry.match === 'css' && !isValidSelector(value)) {
    issues.push({
      code: 'invalid-selector',
      key,
      value,
      message: `"${key}": ${JSON.stringify(value)} is not a valid CSS selector`,
    });
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Matching label texts

const labelRegexCache = new Map<string, RegExp>();
const labelRegexByList = new WeakMap<readonly string[], RegExp>();
const labelStartCache = new Map<string, RegExp>();
const phraseRegexCache = new Map<string, RegExp>();
const normalizedLabelsByList = new WeakMap<readonly string[], string[]>();

function labelBody(values: readonly string[]): string {
  return [...values]
    .map((v) => v.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((v) => escapeRegExp(v).replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * A regex matching a label at the start of a text: optional required-marker `*`, the label, an
 * optional unit in brackets ("Weight (kg)", "重量（千克）"), then a colon (ASCII or full-width), the end
 * of the text, or whitespace before a number ("Order No. 577…").
 * Groups: 1 = the label, 2 = the bracketed unit.
 */
export function labelRegexOf(values: readonly string[]): RegExp {
  // by list identity first: the selector table's lists are long-lived and never changed (readonly), and
  // joining them for the string key on every call showed up when reading hundreds of rows
  const known = labelRegexByList.get(values);
  if (known) return known;
  const key = values.join('\u0000');
  let re = labelRegexCache.get(key);
  if (!re) {
    const body = labelBody(values) || '(?!)';
    // The tail after the label is one "atomic" run of spaces and an optional star ((?=(…))\3: JavaScript
    // has no possessive quantifier): adjacent `\s*` that may backtrack into each other are quadratic on a
    // label followed by thousands of spaces. Group 3 is that run.
    re = new RegExp(
      `^\\s*(?:\\*\\s*)?(${body})(?:\\s*[(（]([^()（）]{1,24})[)）])?(?=(\\s*\\*?\\s*))\\3(?:[:：]|$|(?<=\\s)(?=[0-9０-９]))`,
      'i',
    );
    labelRegexCache.set(key, re);
  }
  labelRegexByList.set(values, re);
  return re;
}

/**
 * A quick pre-test for several label lists at once: a text can start with one of their labels only if
 * this matches (it is the common start of every `labelRegexOf` of the lists). Lets a whole-page walk
 * run one regex per text node instead of one per list.
 * Example: `labelStartRegexOf([['Order ID'], ['Tracking number']]).test('  Tracking number: RB1…') === true`.
 */
export function labelStartRegexOf(lists: ReadonlyArray<readonly string[]>): RegExp {
  const key = lists.map((values) => values.join('\u0000')).join('\u0001');
  let re = labelStartCache.get(key);
  if (!re) {
    const body = labelBody(lists.flat()) || '(?!)';
    re = new RegExp(`^\\s*(?:\\*\\s*)?(?:${body})`, 'i');
    labelStartCache.set(key, re);
  }
  return re;
}

function phraseRegexOf(values: readonly string[]): RegExp {
  const key = values.join('\u0000');
  let re = phraseRegexCache.get(key);
  if (!re) {
    re = new RegExp(labelBody(values) || '(?!)', 'i');
    phraseRegexCache.set(key, re);
  }
  return re;
}

/** Whether `text` contains one of the phrases (case-insensitive, any run of whitespace between words). */
export function containsPhrase(text: string, values: readonly string[]): boolean {
  return phraseRegexOf(values).test(text);
}

/**
 * Whether a whole text (a column header, a button caption) is one of the labels: equal ignoring case
 * and spacing, or the label followed by a non-letter ("Print label (3)", "Order status ⓘ").
 * Returns the length of the longest label matched, 0 when none.
 */
export function wholeLabelMatchLength(text: string, values: readonly string[]): number {
  return wholeLabelMatchLengthOf(normalizeWholeLabelText(text), values);
}

/**
 * `text` as `wholeLabelMatchLength` compares it: spacing collapsed, trailing colon / star dropped, lower case.
 * Example: `normalizeWholeLabelText(' Order  status：') === 'order status'`.
 */
export function normalizeWholeLabelText(text: string): string {
  return trimEndChars(collapseSpaces(text), ':：*').trim().toLowerCase();
}

/**
 * `text` without the trailing run of `chars`, in one backward scan (`/[:：*]+$/` restarts at every
 * colon of a long run: quadratic). Example: `trimEndChars('Weight ::', ':') === 'Weight '`.
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/**
 * `wholeLabelMatchLength` for a text already passed through `normalizeWholeLabelText` (one text, many lists).
 * Example: `wholeLabelMatchLengthOf('order status', ['Status', 'Order status']) === 12`.
 */
export function wholeLabelMatchLengthOf(normalizedText: string, values: readonly string[]): number {
  const t = normalizedText;
  if (!t) return 0;
  let best = 0;
  for (const v of normalizedLabelsOf(values)) {
    if (!v || v.length <= best) continue;
    if (t === v) best = v.length;
    else if (t.startsWith(v) && !/^[\p{L}\p{N}]/u.test(t.slice(v.length, v.length + 2))) best = v.length;
  }
  return best;
}

function normalizedLabelsOf(values: readonly string[]): string[] {
  let normalized = normalizedLabelsByList.get(values);
  if (!normalized) {
    normalized = values.map((value) => collapseSpaces(value).toLowerCase());
    normalizedLabelsByList.set(values, normalized);
  }
  return normalized;
}

/**
 * Counts the matches of one entry under `root`, our own `[data-lml]` nodes excluded: elements for a
 * `css` entry, text nodes starting with a label for `label`, text nodes containing a phrase for
 * `phrase`. Used by the fixture-count test and to check a rule pack's overrides against a page.
 * Example: `countSelectorMatches(document, defaultSellerCenterSelectors.orderIdLink)` → 30 on a replica list page.
 */
export function countSelectorMatches(root: ParentNode, entry: SelectorEntry): number {
  if (entry.match === 'css') return queryAll(root, entry.values).length;
  const re = entry.match === 'label' ? labelRegexOf(entry.values) : phraseRegexOf(entry.values);
  let count = 0;
  forEachTextNode(root as unknown as Node, (t) => {
    if (re.test(t.data)) count++;
  });
  return count;
}
