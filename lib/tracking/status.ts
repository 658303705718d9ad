/**
 * One tracking vocabulary for every carrier and every language the extension meets, and the mapping
 * from raw carrier event descriptions and TikTok Shop API statuses onto it. Pure.
 */
import type { Localized } from '@/lib/i18n';

export const TRACKING_STATUSES = [
  'info-received',
  'picked-up',
  'in-transit',
  'out-for-delivery',
  'delivery-failed',
  'delivered',
  'exception',
  'returned',
  'lost',
] as const;

export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/** An event's status: a `TrackingStatus`, or `unknown` when its wording is not recognised and it does not read as a scan. */
export type EventStatus = TrackingStatus | 'unknown';

export interface TrackingEvent {
  /** Epoch ms of the event as the carrier reports it (`update_time_millis`). */
  at: number;
  status: EventStatus;
  /** The carrier's own wording, kept verbatim for the seller. */
  description: string;
  /**
   * True when the event is the carrier physically handling the parcel. `info-received` (label created,
   * pre-shipment data) is never a scan: Seller Center's valid-tracking rule ignores label-created-only
   * trails (ref:seller-center#5). `lost` is a declaration, not a scan.
   */
  isCarrierScan: boolean;
  /**
   * True when the wording is not recognised: the status is then `in-transit` (it names a carrier place or
   * a scan) or `unknown`. False for recognised wording, including API statuses that imply no tracking status.
   */
  unknown: boolean;
}

export interface RawTrackingEvent {
  description: string;
  /** Epoch ms; the Open API sends a number, some SDKs and the mock send a digit string. */
  update_time_millis: number | string;
}

/** Statuses that are a carrier handling the parcel (see `TrackingEvent.isCarrierScan`). */
const SCAN_STATUSES: ReadonlySet<TrackingStatus> = new Set<TrackingStatus>([
  'picked-up',
  'in-transit',
  'out-for-delivery',
  'delivery-failed',
  'delivered',
  'exception',
  'returned',
]);

/** Whether an event of this status is a carrier scan. `isScanStatus('info-received') === false`. */
export function isScanStatus(status: EventStatus): boolean {
  return status !== 'unknown' && SCAN_STATUSES.has(status);
}

/**
 * Rank along a parcel's journey. Used only to order events that carry the same timestamp, so that the
 * further-along status comes last (a carrier often stamps "Picked up" and "Departed" with one time).
 */
export const STATUS_RANK: Readonly<Record<EventStatus, number>> = {
  unknown: 0,
  'info-received': 1,
  'picked-up': 2,
  'in-transit': 3,
  'out-for-delivery': 4,
  'delivery-failed': 5,
  exception: 6,
  delivered: 7,
  returned: 8,
  lost: 9,
};

interface PhraseRule {
  status: TrackingStatus;
  /** Where the wording comes from, for whoever extends the table. */
  note: string;
  patterns: readonly RegExp[];
}

/**
 * Patterns are folded like the text they test: NFKC rewrites some letters (Thai SARA AM ำ becomes
 * ํ + า), so a pattern typed in its usual form would never match folded text.
 */
function foldPatterns(patterns: readonly RegExp[]): RegExp[] {
  return patterns.map((p) => new RegExp(p.source.normalize('NFKC'), p.flags));
}

function foldRules(rules: readonly PhraseRule[]): PhraseRule[] {
  return rules.map((rule) => ({ ...rule, patterns: foldPatterns(rule.patterns) }));
}

/**
 * Phrase rules, FIRST MATCH WINS, so the order below is the logic:
 * 1. returned-to-sender before "delivered" ("Delivered, To Original Sender" is a return);
 * 2. lost, delivery-failed and exception before "delivered" ("could not be delivered", 未签收 ⊃ 签收);
 * 3. delivered before out-for-delivery and picked-up ("picked up by customer" is a delivery);
 * 4. out-for-delivery before info-received ("available for pickup" is the buyer's collection point);
 * 5. info-received before picked-up (待揽收 "awaiting pick-up" contains 揽收 "picked up");
 * 6. in-transit last: it holds the broadest words (arrived, departed, 到达, 离开).
 * Text is compared after NFKC (full-width → ASCII), lower-casing, straight apostrophes and single spaces.
 * Indonesian, Thai and Vietnamese carry only words whose meaning is unambiguous in carrier trails.
 */
const PHRASE_RULES: readonly PhraseRule[] = foldRules([
  {
    status: 'returned',
    note: 'USPS "Return to Sender", "Delivered, To Original Sender"; Royal Mail "returning it to the sender"; zh 退回/退件; id dikembalikan/retur; th ตีกลับ/ส่งคืน; vi hoàn hàng/chuyển hoàn',
    patterns: [
      /\breturn(?:ed|ing)?\b[^.;]*\b(?:to|back to) (?:the )?(?:original )?(?:sender|shipper|origin|merchant|seller)\b/,
      /\bdelivered,? to (?:the )?(?:original )?sender\b/,
      /退回|退件|已退货|退货中|退运|逆向/,
      /dikembalikan|\bretur\b|proses retur/,
      /ตีกลับ|ส่งคืน|ส่งกลับผู้ส่ง/,
      /hoàn hàng|chuyển hoàn|đang hoàn|hoàn trả|trả lại người gửi|trả hàng về/,
    ],
  },
  {
    status: 'lost',
    note: 'carrier declares the parcel lost; zh 丢失/遗失; id hilang; th สูญหาย; vi thất lạc',
    patterns: [
      /\blost\b/,
      /\b(?:parcel|item|package|shipment) (?:is )?missing\b/,
      /\bmissing (?:parcel|item|package|mail)\b/,
      /丢失|遗失|丢件/,
      /\bhilang\b/,
      /สูญหาย/,
      /thất lạc|mất hàng/,
    ],
  },
  {
    status: 'delivery-failed',
    note: 'USPS "Notice Left (No Authorized Recipient Available)", "Delivery Attempted"; Royal Mail "Sorry we missed you"; zh 派送失败/未签收; id gagal kirim; th ส่งไม่สำเร็จ; vi giao hàng thất bại',
    patterns: [
      /\bdelivery attempt(?:ed)?\b|\battempted delivery\b|\battempt(?:ed)? to deliver\b/,
      /\bnotice left\b|\bno authori[sz]ed recipient\b|\bno access to delivery location\b/,
      /\bsorry we missed you\b|\bwe tried to deliver\b|\bwe missed you\b/,
      /\b(?:delivery|deliver) (?:failed|unsuccessful|not successful)\b|\bfailed (?:delivery|to deliver)\b|\bunsuccessful delivery\b/,
      /\b(?:could|can) ?not be delivered\b|\bcouldn't be delivered\b|\bunable to deliver\b|\bnot delivered\b|\bundelivered\b/,
      /\b(?:recipient|receiver|customer|consignee|addressee) (?:was )?(?:not (?:available|home|at home|present)|unavailable|absent)\b/,
      /派送失败|投递失败|派件失败|未妥投|无人签收|未签收|收件人不在/,
      /gagal (?:kirim|diantar|dikirim|antar)|pengiriman gagal|penerima tidak (?:ada|di ?tempat)/,
      /นำจ่ายไม่สำเร็จ|จัดส่งไม่สำเร็จ|ส่งไม่สำเร็จ/,
      /giao hàng thất bại|giao thất bại|giao (?:hàng )?không thành công|phát (?:hàng )?không thành công|phát thất bại/,
    ],
  },
  {
    status: 'exception',
    note: 'J&T "Problematic"; USPS "Undeliverable as Addressed", "Insufficient Address", "Refused"; mis-sent/mis-delivered (S8: refused, lost, mis-delivered); zh 异常/问题件/拒收; id bermasalah/ditolak; th ปฏิเสธ/มีปัญหา; vi từ chối nhận/sự cố',
    patterns: [
      /\bexception\b|\bproblematic\b|\bproblem (?:parcel|shipment|package)\b/,
      /\bundeliverable\b|\binsufficient address\b|\baddress(?:ee)? unknown\b|\bno such (?:number|street|address)\b/,
      /\b(?:incorrect|wrong|invalid|incomplete) address\b|\baddress (?:issue|problem|error)\b/,
      /\brefused\b|\brejected by (?:the )?(?:recipient|receiver|consignee|customer|addressee)\b/,
      /\bmis-?(?:sent|sorted|routed|delivered)\b|\bmissent\b|\bdamaged\b/,
      /异常|问题件|疑难件|拒收|错分|错投|破损/,
      /bermasalah|\bditolak\b/,
      /ปฏิเสธ|มีปัญหา/,
      /từ chối nhận|sự cố/,
    ],
  },
  {
    status: 'returned',
    note: 'J&T "Return" / "Returned" without a destination; "returned to depot" is not a return to sender',
    patterns: [
      /\breturn(?:ed|ing)?\b(?!\s+to\s+(?:the\s+)?(?:local\s+)?(?:depot|hub|station|facility|branch|warehouse|post office|delivery office|sorting))/,
    ],
  },
  {
    status: 'delivered',
    note: 'USPS "Delivered, In/At Mailbox"; Royal Mail and J&T "Delivered"; J&T "Signed"; zh 已签收/妥投/已送达; id terkirim/diterima oleh; th จัดส่งสำเร็จ; vi giao hàng thành công',
    patterns: [
      /(?<!\bbe\s|\bbeing\s|\bnot\s)\bdelivered\b/,
      /\bdelivery (?:completed|complete|successful)\b|\bsuccessfully delivered\b/,
      /\bsigned (?:for|by)\b|^signed\b|\bproof of delivery\b/,
      /\b(?:collected|picked up) by (?:the )?(?:recipient|receiver|customer|buyer|addressee|consignee)\b/,
      /已签收|(?<!未|无人)签收|(?<!未)妥投|已送达|已投递|投递成功|派送成功|已自提/,
      /\bterkirim\b|diterima oleh (?!kurir|sprinter|gudang|drop ?point|hub|agen)|sudah diterima/,
      /จัดส่งสำเร็จ|นำจ่ายสำเร็จ|ส่งสำเร็จ/,
      /giao hàng thành công|giao thành công|đã giao hàng|phát thành công|đã giao cho người nhận/,
    ],
  },
  {
    status: 'out-for-delivery',
    note: 'USPS "Out for Delivery", "Available for Pickup"; J&T "On delivery"; Royal Mail "out for delivery"; zh 派送中/待取件; id sedang diantar; th กำลังนำส่ง; vi đang giao',
    patterns: [
      /\bout for delivery\b|\bon delivery\b|\bwith (?:the )?(?:delivery )?(?:courier|driver) for delivery\b|\bwith (?:the )?delivery (?:courier|driver)\b/,
      /\bon (?:the )?(?:delivery )?vehicle for delivery\b|\bloaded (?:on|onto) (?:the )?delivery vehicle\b|\bdelivering today\b|\b(?:will be|being) delivered today\b/,
      /\bavailable for (?:pick-?up|collection)\b|\bready for (?:pick-?up|collection)\b|\barrived at (?:the )?(?:pick-?up|collection) point\b/,
      /派送中|派件中|正在派|投递中|开始派送|安排派送|待取件|待自提|已到达自提点/,
      /sedang diantar|dalam pengantaran|dibawa (?:oleh )?kurir|kurir (?:sedang )?mengantar/,
      /กำลังนำส่ง|ออกนำจ่าย|ระหว่างนำจ่าย|กำลังนำจ่าย/,
      /đang giao|đang đi giao|đang phát hàng/,
    ],
  },
  {
    status: 'info-received',
    note: 'USPS "Shipping Label Created, USPS Awaiting Item", "Pre-Shipment Info Sent"; Royal Mail "We\'re expecting it"; zh 已下单/待揽收; id menunggu pickup; th รอเข้ารับ; vi chờ lấy hàng. Never a carrier scan.',
    patterns: [
      /\blabel (?:created|printed|generated)\b|\bshipping label\b|\bpre-?shipment\b|\bawaiting item\b/,
      /\b(?:shipment|shipping|electronic|order) info(?:rmation)? (?:received|sent)\b|\binfo(?:rmation)? received\b/,
      /\bwe're expecting (?:it|your item)\b|\bsender (?:is )?(?:preparing|despatching|dispatching)\b|\border (?:created|placed)\b/,
      /\b(?:order|item|package|parcel) (?:has )?shipped\b|^shipped$/,
      /已下单|下单成功|订单已创建|面单已打印|已打印面单|电子面单|待揽收|等待揽收|商家已发货|卖家已发货|^已发货$/,
      /menunggu (?:pick ?up|penjemputan)|pesanan dibuat/,
      /รอเข้ารับ|รอการเข้ารับ/,
      /chờ lấy hàng|chờ lấy|đã tạo đơn|tạo đơn hàng/,
    ],
  },
  {
    status: 'picked-up',
    note: 'USPS "Accepted at USPS Origin Facility", "USPS in possession of item", "Picked Up"; Royal Mail "We\'ve got it"; J&T "Picked up"; zh 已揽收/揽件/收寄; id di pick up; th รับพัสดุแล้ว/รับฝาก; vi đã lấy hàng',
    patterns: [
      /\baccepted (?:at|by)\b|\bshipment accepted\b|^accepted\b/,
      /\bpicked up\b|\bpick-?up (?:scan|completed|successful)\b|\bcollected (?:from|by) (?:the )?(?:sender|shipper|seller|merchant|courier|driver)\b/,
      /\bin possession of (?:the )?item\b|\bwe've got (?:it|your item)\b|\bitem received\b|\bdropped off\b|\bdrop-?off (?:completed|scan)\b/,
      /揽收|揽件|已取件|收寄/,
      /di ?pick ?up|dijemput|penjemputan berhasil|paket telah diambil/,
      /เข้ารับพัสดุแล้ว|รับพัสดุแล้ว|รับฝาก/,
      /đã lấy hàng|lấy hàng thành công/,
    ],
  },
  {
    status: 'in-transit',
    note: 'USPS "Arrived at…", "Departed…", "In Transit to Next Facility"; Royal Mail "It\'s on its way"; J&T "Departed"/"Arrived"; zh 运输中/到达/离开/中转; id dalam perjalanan/tiba di; th ระหว่างขนส่ง; vi đang vận chuyển',
    patterns: [
      /\bin transit\b|\bon its way\b|\barriv(?:ed|al|ing)\b|\bdepart(?:ed|ure|s|ing)?\b|\bprocessed (?:at|through|by)\b/,
      /\b(?:left|leaving) (?:the )?(?:facility|hub|depot|sort|origin|country|station)\b|\bmoving through\b|\bdispatched (?:from|to)\b|\bdespatched (?:from|to)\b/,
      /\b(?:sorting|sort) (?:center|centre|facility|hub)\b|\bsorted\b|\bforwarded\b|\btransferred\b|\bhanded (?:over )?to\b|\bcustoms\b|\bclearance\b/,
      /运输中|在途|转运|中转|分拨|分拣|到达|离开|发出|发往|发车|航班|清关|运抵|装车/,
      /dalam perjalanan|\btiba di\b|sampai di|berangkat dari|keluar dari|transit|diproses di/,
      /ระหว่างขนส่ง|ระหว่างการขนส่ง|ถึงศูนย์|ออกจากศูนย์|ถึงสาขา|ออกจากสาขา|คัดแยก/,
      /vận chuyển|trung chuyển|luân chuyển|nhập kho|xuất kho|đến kho|rời kho|đến bưu cục|rời bưu cục/,
    ],
  },
]);

/**
 * Words that mark an event as the carrier handling the parcel somewhere, even when the phrase as a
 * whole is unknown ("Processed through NDC", "Scan at hub 12"). Warehouse words are left out on purpose:
 * "left warehouse" is often the seller's own warehouse, not a carrier.
 */
const SCAN_MARKERS: readonly RegExp[] = foldPatterns([
  /\bscan(?:ned)?\b|\bfacility\b|\bhub\b|\bdepot\b|\bsort(?:ing)?\b|\bstation\b|\bterminal\b|\bgateway\b|\bpost office\b|\bdelivery office\b/,
  /扫描|网点|分拨中心|转运中心|集散|营业部|站点/,
  /\bkantor\b|\bgudang sortir\b/,
  /ศูนย์|สาขา/,
  /bưu cục/,
]);

/**
 * Statuses of the TikTok Shop Open API (202309) and what they say about tracking
 * (ref:tiktok-open-api#6; field meanings from the Partner Center descriptions: AWAITING_COLLECTION =
 * "seller arranged shipment, waiting to hand over to the carrier", IN_TRANSIT = "collected by the carrier").
 */
export type ApiStatusStage =
  | 'unpaid'
  | 'on-hold'
  | 'awaiting-shipment'
  | 'partially-shipped'
  | 'awaiting-collection'
  | 'in-transit'
  | 'delivered'
  | 'completed'
  | 'cancelled'
  | 'unknown';

export interface ApiStatusMapping {
  /** The status written as the API writes it (upper case, trimmed). */
  apiStatus: string;
  stage: ApiStatusStage;
  /** The tracking status it implies; absent when it says nothing about tracking (unpaid, cancelled …). */
  status?: TrackingStatus;
}

const API_STATUS_TABLE: Readonly<Record<string, { stage: ApiStatusStage; status?: TrackingStatus }>> = {
  // order_status (and line-item display_status)
  UNPAID: { stage: 'unpaid' },
  ON_HOLD: { stage: 'on-hold' },
  AWAITING_SHIPMENT: { stage: 'awaiting-shipment' },
  PARTIALLY_SHIPPING: { stage: 'partially-shipped' },
  // Label exists, carrier has not collected: exactly "info received, no scan yet".
  AWAITING_COLLECTION: { stage: 'awaiting-collection', status: 'info-received' },
  IN_TRANSIT: { stage: 'in-transit', status: 'in-transit' },
  DELIVERED: { stage: 'delivered', status: 'delivered' },
  // Completed comes after delivery (return window closed).
  COMPLETED: { stage: 'completed', status: 'delivered' },
  CANCELLED: { stage: 'cancelled' },
  // The ORDER_STATUS_CHANGE webhook writes CANCEL (ref:tiktok-open-api#6): accept both.
  CANCEL: { stage: 'cancelled' },
  // package_status
  PROCESSING: { stage: 'awaiting-shipment' },
  FULFILLING: { stage: 'in-transit', status: 'in-transit' },
  TO_FULFILL: { stage: 'awaiting-shipment' },
};

/**
 * Maps an Open API order status, line-item display status or package status to a shipment stage and,
 * where it implies one, a tracking status. Unknown values give stage `unknown` (never a throw).
 * Example: `normalizeApiStatus('AWAITING_COLLECTION')` → `{ apiStatus: 'AWAITING_COLLECTION', stage: 'awaiting-collection', status: 'info-received' }`;
 * package `COMPLETED` → `delivered`.
 */
export function normalizeApiStatus(raw: unknown): ApiStatusMapping {
  const apiStatus = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  const hit = API_STATUS_TABLE[apiStatus];
  if (!hit) return { apiStatus, stage: 'unknown' };
  return hit.status ? { apiStatus, stage: hit.stage, status: hit.status } : { apiStatus, stage: hit.stage };
}

/**
 * NFKC, lower case, straight apostrophes, no zero-width characters, single spaces: the form phrase rules
 * and event keys compare. Example: `foldDescription(' We’ve  GOT it ')` → `"we've got it"`.
 */
export function foldDescription(description: string): string {
  return description
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface DescriptionClassification {
  status: EventStatus;
  isCarrierScan: boolean;
  unknown: boolean;
}

/**
 * Classifies one event description.
 * Rule for unknown wording: it becomes `in-transit` (a carrier scan, `unknown: true`) only when it names
 * a carrier place or a scan (facility, hub, depot, sorting, post office, 网点, bưu cục …); otherwise it
 * stays `unknown` and is NOT a carrier scan, so an unrecognised line can never satisfy the first-scan
 * or valid-tracking rules by itself. A description that is exactly an API status (`IN_TRANSIT`) maps
 * through `normalizeApiStatus`.
 * Example: `classifyDescription('Accepted at USPS Origin Facility')` → `{ status: 'picked-up', isCarrierScan: true, unknown: false }`.
 */
export function classifyDescription(description: string): DescriptionClassification {
  const folded = foldDescription(description);
  // A bare API status word (`IN_TRANSIT`, `AWAITING_COLLECTION`, `delivered`) maps through the API table.
  if (/^[a-z_]+$/.test(folded)) {
    const api = normalizeApiStatus(folded);
    if (api.stage !== 'unknown') {
      return api.status
        ? { status: api.status, isCarrierScan: isScanStatus(api.status), unknown: false }
        : { status: 'unknown', isCarrierScan: false, unknown: false };
    }
  }
  for (const rule of PHRASE_RULES) {
    if (rule.patterns.some((p) => p.test(folded))) {
      return { status: rule.status, isCarrierScan: isScanStatus(rule.status), unknown: false };
    }
  }
  if (SCAN_MARKERS.some((p) => p.test(folded))) return { status: 'in-transit', isCarrierScan: true, unknown: true };
  return { status: 'unknown', isCarrierScan: false, unknown: true };
}

/** Smallest epoch ms we accept: 1973-03-03. A smaller value is almost surely seconds sent as millis. */
const MIN_EPOCH_MS = 100_000_000_000;

export type TimeIssueCode = 'missing-time' | 'bad-time' | 'time-in-seconds';

/**
 * Reads `update_time_millis` (number or digit string) as epoch ms.
 * Example: `readEpochMillis('1717000000000')` → `{ ok: true, at: 1717000000000 }`; `readEpochMillis(1717000000)` → `{ ok: false, code: 'time-in-seconds' }`.
 */
export function readEpochMillis(value: unknown): { ok: true; at: number } | { ok: false; code: TimeIssueCode } {
  if (value === undefined || value === null || value === '') return { ok: false, code: 'missing-time' };
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) n = Number(value.trim());
  else return { ok: false, code: 'bad-time' };
  if (!Number.isSafeInteger(n) || n < 0) return { ok: false, code: 'bad-time' };
  if (n < MIN_EPOCH_MS) return { ok: false, code: 'time-in-seconds' };
  return { ok: true, at: n };
}

/**
 * Normalises one Get Tracking event (`data.tracking[]`, ref:tiktok-open-api#5) into our vocabulary.
 * Returns `undefined` when `update_time_millis` is not a usable epoch-ms time (use
 * `normalizeTrackingEvents` to learn why). Never throws.
 * Example: `normalizeTrackingEvent({ description: 'Out for Delivery', update_time_millis: 1717000000000 })`
 * → `{ at: 1717000000000, status: 'out-for-delivery', description: 'Out for Delivery', isCarrierScan: true, unknown: false }`.
 */
export function normalizeTrackingEvent(raw: RawTrackingEvent): TrackingEvent | undefined {
  const time = readEpochMillis(raw?.update_time_millis);
  if (!time.ok) return undefined;
  const description = typeof raw.description === 'string' ? raw.description.trim() : '';
  return { at: time.at, description, ...classifyDescription(description) };
}

export type RejectedEventCode = TimeIssueCode | 'not-an-object';

/**
 * Normalises a whole `data.tracking[]` list; every unusable item is reported with its index and a code
 * instead of being dropped silently. Example: `normalizeTrackingEvents([{ description: 'Delivered', update_time_millis: 'soon' }])`
 * → `{ events: [], rejected: [{ index: 0, code: 'bad-time' }] }`.
 */
export function normalizeTrackingEvents(raws: readonly unknown[]): {
  events: TrackingEvent[];
  rejected: Array<{ index: number; code: RejectedEventCode }>;
} {
  const events: TrackingEvent[] = [];
  const rejected: Array<{ index: number; code: RejectedEventCode }> = [];
  raws.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null) {
      rejected.push({ index, code: 'not-an-object' });
      return;
    }
    const record = raw as Partial<RawTrackingEvent>;
    const time = readEpochMillis(record.update_time_millis);
    if (!time.ok) {
      rejected.push({ index, code: time.code });
      return;
    }
    const description = typeof record.description === 'string' ? record.description.trim() : '';
    events.push({ at: time.at, description, ...classifyDescription(description) });
  });
  return { events, rejected };
}

/** Names of the statuses for the seller (UI). */
export const trackingStatusTexts: Readonly<Record<EventStatus, Localized>> = {
  'info-received': { en: 'Label created, not scanned yet', zh: '已生成面单，尚未揽收' },
  'picked-up': { en: 'Picked up by carrier', zh: '已揽收' },
  'in-transit': { en: 'In transit', zh: '运输中' },
  'out-for-delivery': { en: 'Out for delivery', zh: '派送中' },
  'delivery-failed': { en: 'Delivery attempt failed', zh: '派送失败' },
  delivered: { en: 'Delivered', zh: '已签收' },
  exception: { en: 'Exception', zh: '异常' },
  returned: { en: 'Returned to sender', zh: '已退回' },
  lost: { en: 'Lost', zh: '丢失' },
  unknown: { en: 'Unrecognised update', zh: '无法识别的物流更新' },
};
