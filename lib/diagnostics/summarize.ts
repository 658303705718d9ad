/**
 * A plain-text summary of a stuck order for a support ticket with the carrier or TikTok Seller
 * Support: the facts first (order, carrier, waybill exactly as typed, times in the market's zone),
 * then every finding with its fix and source. Pure.
 */
import { resolveMarket } from '@/lib/carriers';
import type { Locale, Localized } from '@/lib/i18n';
import { readHostPath } from './callback-url';
import { formatTimestamp } from './format';
import { ORDER_STATUS_TEXTS, SEVERITY_TEXTS } from './messages';
import { classifyOrderStatus } from './order-status';
import { rankFindings } from './rank';
import {
  FIRST_SCAN_DESCRIPTION,
  isEpochMs,
  isFiniteNumber,
  nameCarrier,
  readCarrierId,
  readOrderId,
  readEvents,
  timeZoneOf,
} from './read-facts';
import type { DiagnosisFacts, Finding, UnscoredFinding } from './types';

const L = (en: string, zh: string): Localized => ({ en, zh });

const LABELS = {
  heading: L(
    'Order {orderId}: label printed, order still Pending Shipment',
    '订单 {orderId}：已打印面单，订单仍显示“待发货”',
  ),
  market: L('Market', '市场'),
  status: L('Status', '订单状态'),
  carrier: L('Carrier', '承运商'),
  waybill: L('Waybill', '运单号'),
  labelCreated: L('Label created', '面单生成时间'),
  firstScan: L('First carrier scan', '承运商首次扫描'),
  lastUpdate: L('Last tracking update', '最近物流更新'),
  trackingUploaded: L('Tracking uploaded', '物流信息上传时间'),
  callback: L('Carrier tracking callback (options)', '承运商物流回调地址（选项）'),
  printer: L('Label printer', '面单打印机'),
  findings: L('Findings, most likely cause first:', '诊断结论（按可能性排序）：'),
  noFindings: L('No findings.', '无诊断结论。'),
  fix: L('Fix', '处理'),
  source: L('Source', '依据'),
  notSeen: L('not seen', '未读取到'),
  notSaved: L('not saved', '未保存'),
  notAUrl: L('saved, but not a web address', '已保存，但不是网址'),
  unknown: L('unknown', '未知'),
  noneRecorded: L('none recorded', '暂无记录'),
  unknownOffline: L('unknown (API not connected)', '未知（未连接 API）'),
  unknownNotFetched: L('unknown (tracking not fetched yet)', '未知（尚未获取物流轨迹）'),
  fromApi: L('from the API', '来自 API'),
  fromClick: L('first click on Seller Center’s print-label button', '首次点击 Seller Center 打印面单按钮'),
  firstScanTime: L('first_scan_time', 'first_scan_time'),
} as const;

function firstScanLine(
  facts: DiagnosisFacts,
  timeZone: string,
  locale: Locale,
): { firstScan: string; lastUpdate?: string } {
  const read = readEvents(facts.events);
  const scans = (read?.events ?? []).filter((e) => e.isCarrierScan).map((e) => e.at);
  if (isEpochMs(facts.firstScanAt)) scans.push(facts.firstScanAt);
  const last = read?.events.at(-1);
  const lastUpdate = last
    ? `${formatTimestamp(last.at, timeZone)} — “${last.description === FIRST_SCAN_DESCRIPTION ? LABELS.firstScanTime[locale] : last.description || last.status}”`
    : undefined;
  let firstScan: string;
  if (scans.length > 0) firstScan = formatTimestamp(Math.min(...scans), timeZone);
  else if (facts.apiConnected === true && read) firstScan = LABELS.noneRecorded[locale];
  else firstScan = (facts.apiConnected === true ? LABELS.unknownNotFetched : LABELS.unknownOffline)[locale];
  return { firstScan, ...(lastUpdate ? { lastUpdate } : {}) };
}

/** The saved callback as host and path only: its query string may carry the carrier's tokens. */
function describeCallback(url: unknown, lang: Locale): string {
  if (typeof url !== 'string' || !url.trim()) return LABELS.notSaved[lang];
  const hostPath = readHostPath(url);
  return hostPath ? hostPath.host + hostPath.path : LABELS.notAUrl[lang];
}

/**
 * The support-ticket text in English or Chinese. Findings are listed most likely first (ranked
 * again here, so any order works). The waybill is quoted exactly as it was given, because the
 * characters themselves may be the problem.
 * Example: `summarizeForTicket({ orderId: '5770', market: 'US', waybill: 'JT00（1234567890', apiConnected: false }, findings, 'en')`
 * starts with "Order 5770: label printed, order still Pending Shipment" and lists `Waybill: “JT00（1234567890”`.
 */
export function summarizeForTicket(
  facts: DiagnosisFacts,
  findings: ReadonlyArray<Finding | UnscoredFinding>,
  locale: Locale,
): string {
  const lang: Locale = locale === 'zh' ? 'zh' : 'en';
  const f: DiagnosisFacts = typeof facts === 'object' && facts !== null ? facts : { orderId: '', apiConnected: false };
  const market = resolveMarket(f.market);
  const timeZone = timeZoneOf(market);
  const colon = lang === 'zh' ? '：' : ': ';
  const comma = lang === 'zh' ? '，' : ', ';
  const paren = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
  const line = (label: Localized, value: string) => `${label[lang]}${colon}${value}`;

  const carrierId = readCarrierId(f);
  const carrierKnown = carrierId !== undefined || (typeof f.carrier?.text === 'string' && f.carrier.text.trim() !== '');
  const carrierName = nameCarrier(f, carrierId)[lang];
  const carrierText = typeof f.carrier?.text === 'string' ? f.carrier.text.trim() : '';
  // The page's own wording is kept next to our name: "USPS Ground Advantage" says more than "USPS".
  const carrier = !carrierKnown
    ? LABELS.notSeen[lang]
    : carrierText && carrierText !== carrierName
      ? `${carrierName}${paren(carrierText)}`
      : carrierName;

  const status = classifyOrderStatus(f.status);
  const statusText = typeof f.status === 'string' && f.status.trim() ? f.status.trim() : undefined;
  const statusValue = statusText
    ? status === 'unknown' || statusText === ORDER_STATUS_TEXTS[status][lang]
      ? statusText
      : `${ORDER_STATUS_TEXTS[status][lang]}${paren(statusText)}`
    : LABELS.unknown[lang];

  const labelSource =
    f.labelCreatedSource === 'api'
      ? LABELS.fromApi
      : f.labelCreatedSource === 'print-click'
        ? LABELS.fromClick
        : undefined;
  const labelValue = isEpochMs(f.labelCreatedAt)
    ? `${formatTimestamp(f.labelCreatedAt, timeZone)}${labelSource ? `${comma}${labelSource[lang]}` : ''}`
    : LABELS.unknown[lang];
  const scan = firstScanLine(f, timeZone, lang);

  const lines = [
    LABELS.heading[lang].replace('{orderId}', () => readOrderId(f.orderId)),
    line(
      LABELS.market,
      market ?? (typeof f.market === 'string' && f.market.trim() ? f.market.trim() : LABELS.unknown[lang]),
    ),
    line(LABELS.status, statusValue),
    line(LABELS.carrier, carrier),
    line(LABELS.waybill, typeof f.waybill === 'string' && f.waybill.trim() ? `“${f.waybill}”` : LABELS.notSeen[lang]),
    line(LABELS.labelCreated, labelValue),
    line(LABELS.firstScan, scan.firstScan),
    ...(scan.lastUpdate ? [line(LABELS.lastUpdate, scan.lastUpdate)] : []),
    ...(isEpochMs(f.trackingUploadedAt)
      ? [line(LABELS.trackingUploaded, formatTimestamp(f.trackingUploadedAt, timeZone))]
      : []),
    line(LABELS.callback, describeCallback(f.carrierCallbackUrl, lang)),
    line(
      LABELS.printer,
      isFiniteNumber(f.printerDpi) && f.printerDpi > 0 ? `${f.printerDpi} dpi` : LABELS.notSaved[lang],
    ),
    '',
  ];
  const ranked = rankFindings(findings);
  if (ranked.length === 0) lines.push(LABELS.noFindings[lang]);
  else lines.push(LABELS.findings[lang]);
  ranked.forEach((finding, i) => {
    lines.push(`${i + 1}. [${SEVERITY_TEXTS[finding.severity]?.[lang] ?? finding.severity}] ${finding.title[lang]}`);
    lines.push(`   ${finding.detail[lang]}`);
    lines.push(`   ${line(LABELS.fix, finding.fix[lang])}`);
    lines.push(`   ${line(LABELS.source, finding.source)}`);
  });
  return lines.join('\n');
}
