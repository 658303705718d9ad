/**
 * Seller-facing words of the diagnosis, in English and Simplified Chinese. The checks (diagnose.ts)
 * decide which finding applies and with which figures; this file only words them, so wording can
 * change without touching the logic or its tests. `{name}` placeholders are filled by `renderText`.
 */
import type { Localized } from '@/lib/i18n';
import type { FindingCode, OrderStatus, Severity } from './types';

export interface FindingTemplate {
  title: Localized;
  detail: Localized;
  fix: Localized;
}

const L = (en: string, zh: string): Localized => ({ en, zh });

/** One template per code; `{carrier}`, `{market}` etc. are filled with both languages' values. */
export const FINDING_MESSAGES: Readonly<Record<FindingCode, FindingTemplate>> = {
  'waybill-malformed': {
    title: L('Waybill has {defect}', '运单号{defect}'),
    detail: L(
      'The tracking number “{waybill}” fails the check: {first}{more}. The platform filters out labels whose number contains spaces or Chinese/full-width brackets (S28); a malformed number is the most common cause of “label printed but still Pending Shipment” support tickets (S29).',
      '运单号“{waybill}”未通过校验：{first}{more}。含空格或中文/全角括号的运单号会被平台过滤（S28）；运单号格式错误是“已打单仍显示待发货”客服工单最常见的原因（S29）。',
    ),
    fix: L('{correction} {revision}', '{correction}{revision}'),
  },
  'first-scan-overdue': {
    title: L(
      'No first scan {sinceLabel} after label (the seed’s {hours} h rule) — call {carrier}',
      '面单生成 {sinceLabel} 后仍无首次扫描（资料所述的 {hours} 小时规则）— 请联系{carrier}',
    ),
    detail: L(
      'Label created {labelTime}, {labelSource}. By the seed’s {hours} h rule the carrier scans the parcel and pushes the scan to TikTok within {hours} h of label creation (S27, S7); that window closed {lateBy} ago, and until a scan arrives the order stays in Pending Shipment. {platform}{lost}',
      '面单生成时间 {labelTime}，{labelSource}。按资料所述的 {hours} 小时规则，承运商须在面单生成后 {hours} 小时内完成首次扫描并推送给 TikTok（S27、S7）；该时限已过去 {lateBy}，在收到扫描之前订单会一直停留在“待发货”。{platform}{lost}',
    ),
    fix: L(
      'Call {carrier}: confirm the parcel was collected and that the first scan was pushed to TikTok — check the first-scan time in their back office (S28 step 1). If it was never collected, hand it over now.',
      '请联系{carrier}：确认包裹已揽收，且首次扫描已推送给 TikTok——在承运商后台查看首次扫描时间（S28 第 1 步）。如果包裹尚未揽收，请立即交寄。',
    ),
  },
  'carrier-not-certified': {
    title: L('{carrier} is not a certified last-mile carrier in {market}', '{carrier}不是{market}的认证尾程承运商'),
    detail: L(
      'Since {since}, {market} requires a platform-certified last-mile carrier (S2); orders shipped otherwise are intercepted by the system.{note}',
      '自 {since} 起，{market}要求使用平台认证的尾程承运商（S2）；其他方式发货的订单会被系统拦截。{note}',
    ),
    fix: L(
      'Ship with a certified carrier: Seller Center → Settings → Logistics → Select Carrier, pick one from the certified (TLPP) list and Connect (S11), then recreate the label with it.',
      '请改用认证承运商：Seller Center → 设置 → 物流 → 选择承运商，从认证（TLPP）名单中选择并连接（S11），然后用它重新生成面单。',
    ),
  },
  'carrier-removed-manual-label': {
    title: L(
      '{carrier} needs manual label upload — removed from the certified list',
      '{carrier}需手动上传面单 — 已移出认证名单',
    ),
    detail: L(
      'Every certified channel prints labels in one click from the TikTok back office (Logistics API v3.2 or later); channels that need manual label upload were removed from the certified list from June 2024 (S9). The rule pack says {carrier} cannot print labels through the API in {market}.',
      '所有认证渠道都支持在 TikTok 后台一键打印面单（物流 API v3.2 及以上）；需手动上传面单的渠道自 2024 年 6 月起已移出认证名单（S9）。规则包记录{carrier}在{market}不支持通过 API 打印面单。',
    ),
    fix: L(
      'Switch to a certified carrier that prints labels from Seller Center (Settings → Logistics → Select Carrier, S11) and recreate the label there.',
      '请改用可在 Seller Center 一键打单的认证承运商（设置 → 物流 → 选择承运商，S11），并在后台重新生成面单。',
    ),
  },
  'callback-mismatch': {
    title: L(
      '{carrier}’s tracking callback is not TikTok’s {market} endpoint',
      '{carrier}的物流回调地址不是 TikTok {market}指定的地址',
    ),
    detail: L(
      'Saved in options (host and path): {entered}. The seed gives {expected} as TikTok’s address for {market} (S28). Compared by host and path, ignoring http/https and a trailing slash: {comparison}. Scans pushed to another address never reach the order.',
      '选项中保存的地址（域名和路径）：{entered}。资料给出的 TikTok {market}地址是 {expected}（S28）。按域名和路径比较（忽略 http/https 与末尾斜杠）：{comparison}。推送到其他地址的扫描不会同步到订单。',
    ),
    fix: L(
      'Ask {carrier} to set its tracking callback to {expected} (S28 step 2), then check that the first scan reaches the order. If the address saved in options is out of date, correct it there.',
      '请让{carrier}将物流回调地址设置为 {expected}（S28 第 2 步），然后确认首次扫描已同步到订单。如果选项中保存的地址已过时，请在选项中更正。',
    ),
  },
  'first-scan-late': {
    title: L('First scan came {lateBy} after the {hours} h window', '首次扫描比 {hours} 小时时限晚了 {lateBy}'),
    detail: L(
      'Label created {labelTime}, {labelSource}; first scan {scanTime}, {sinceLabel} after the label. Without a scan within {hours} h the order’s status freezes (S27), so a late scan can leave it in Pending Shipment.',
      '面单生成时间 {labelTime}，{labelSource}；首次扫描 {scanTime}，距面单生成 {sinceLabel}。面单生成后 {hours} 小时内没有扫描，订单状态会被冻结（S27），因此迟到的扫描可能使订单停留在“待发货”。',
    ),
    fix: L(
      'Ask TikTok Seller Support to refresh the order status, giving the first-scan time ({scanTime}) as evidence, and ask {carrier} why the scan came late.',
      '请联系 TikTok 卖家客服刷新订单状态，并提供首次扫描时间（{scanTime}）作为依据；同时向{carrier}了解扫描延迟的原因。',
    ),
  },
  'carrier-not-connected': {
    title: L('{carrier} is not connected to your shop', '本店铺未连接{carrier}'),
    detail: L(
      'The carriers saved as connected in options are: {connected}. A carrier that is not connected to the shop cannot push its scans to the shop’s orders (S11).',
      '选项中保存的已连接承运商：{connected}。未与店铺连接的承运商无法把扫描推送到店铺订单（S11）。',
    ),
    fix: L(
      'Seller Center → Settings → Logistics → Select Carrier → {carrier} → Connect, and finish its qualification steps (S11). If it is connected already, add it to the list in options.',
      'Seller Center → 设置 → 物流 → 选择承运商 → {carrier} → 连接，并完成服务商资质流程（S11）。如已连接，请在选项的列表中补上。',
    ),
  },
  'tracking-exception': {
    title: L('Carrier reports an exception: “{description}”', '承运商报告异常：“{description}”'),
    detail: L(
      '{time}: “{description}”{latest} Exceptions (refused, lost, mis-delivered) above 1.3 % of parcels limit new order allocation (S8).',
      '{time}：“{description}”{latest}异常（拒收、丢件、错投）超过 1.3% 会限制新订单分配（S8）。',
    ),
    fix: L(
      'Contact {carrier} with the waybill number to resolve it (address, refusal, damage) and ask them to push the corrected status to TikTok.',
      '请凭运单号联系{carrier}处理（地址、拒收、破损等），并要求其把更正后的状态推送给 TikTok。',
    ),
  },
  'printer-below-203dpi': {
    title: L('Label printer set to {dpi} dpi — below 203 dpi', '面单打印机设置为 {dpi} dpi — 低于 203 dpi'),
    detail: L(
      'Thermal labels must print at 203 dpi or more; below that barcodes fail to scan and the first-scan rate drops to 61 % (S33). No carrier scan is recorded for this order yet.',
      '热敏面单须以不低于 203 dpi 打印；低于该值条码无法扫描，首次扫描率降至 61%（S33）。本订单尚无承运商扫描记录。',
    ),
    fix: L(
      'Print at 203 dpi or more: tick “High Quality” in the printer properties, print a sample label and scan it before going live (S34), then reprint this order’s label.',
      '请以不低于 203 dpi 打印：在打印机属性中勾选“高质量”，上线前先打印样张并扫码测试（S34），然后重新打印本订单面单。',
    ),
  },
  'tracking-stale': {
    title: L('No tracking update for {gap}', '物流轨迹已 {gap} 未更新'),
    detail: L(
      'Last update {time}: “{description}”. The tracking trail must update at least every {hours} h (S7).',
      '最近一次更新 {time}：“{description}”。物流轨迹须至少每 {hours} 小时更新一次（S7）。',
    ),
    fix: L(
      'Ask {carrier} where the parcel is. If their system shows newer scans than TikTok does, their push to TikTok is failing: check the callback address (S28 step 2).',
      '请向{carrier}核实包裹位置。如果承运商系统中的扫描比 TikTok 上的更新，说明推送失败：请检查回调地址（S28 第 2 步）。',
    ),
  },
  'first-scan-due-soon': {
    title: L(
      'First scan due in {remaining} — hand the parcel to {carrier} now',
      '首次扫描将在 {remaining} 后到期 — 请立即交给{carrier}',
    ),
    detail: L(
      'Label created {labelTime}, {labelSource}; by the seed’s {hours} h rule the first carrier scan is due by {dueTime} (S7, S27).',
      '面单生成时间 {labelTime}，{labelSource}；按资料所述的 {hours} 小时规则，承运商首次扫描须在 {dueTime} 前完成（S7、S27）。',
    ),
    fix: L(
      'Make sure {carrier} collects or receives the parcel before {dueTime}; without a scan by then the order stays in Pending Shipment.',
      '请确保{carrier}在 {dueTime} 前揽收或收到包裹；届时仍无扫描，订单会停留在“待发货”。',
    ),
  },
  'first-scan-pending': {
    title: L('First scan not due yet — {remaining} left', '首次扫描尚未到期 — 还剩 {remaining}'),
    detail: L(
      'Label created {labelTime}, {labelSource}; by the seed’s {hours} h rule the first carrier scan is due by {dueTime} (S7, S27).',
      '面单生成时间 {labelTime}，{labelSource}；按资料所述的 {hours} 小时规则，承运商首次扫描须在 {dueTime} 前完成（S7、S27）。',
    ),
    fix: L(
      'Nothing is late yet: hand the parcel to {carrier} before {dueTime}.',
      '目前尚未超时：请在 {dueTime} 前把包裹交给{carrier}。',
    ),
  },
  'order-not-pending': {
    title: L('Order is no longer pending shipment ({status})', '订单已不在待发货状态（{status}）'),
    detail: L(
      'The order’s status reads “{statusText}”, so it is not stuck in Pending Shipment.',
      '订单状态为“{statusText}”，并未卡在“待发货”。',
    ),
    fix: L(
      'Nothing to fix here; follow the parcel in the side panel’s tracking timeline.',
      '无需处理；可在侧边栏的物流时间线中跟进包裹。',
    ),
  },
  'waybill-unverified': {
    title: L(
      'Waybill has no illegal characters, but its format cannot be verified{forCarrier}',
      '运单号没有非法字符，但无法校验其格式{forCarrier}',
    ),
    detail: L(
      '{checkText} A malformed number is the most common cause of these support tickets (S29), so compare it with the label before looking elsewhere.',
      '{checkText}运单号格式错误是此类客服工单最常见的原因（S29），请先与面单核对。',
    ),
    fix: L(
      'Compare “{waybill}” character by character with the number on the carrier label or in {carrier}’s system.',
      '请逐字符核对“{waybill}”与面单或{carrier}系统中的单号。',
    ),
  },
  'waybill-unknown': {
    title: L('Unknown — waybill number not seen', '未知 — 未读取到运单号'),
    detail: L(
      'The tracking number is not on this page, so it could not be checked for spaces, Chinese/full-width brackets or a wrong format (S28 step 3) — the most common cause of these support tickets (S29).',
      '本页面没有显示运单号，因此无法检查空格、中文/全角括号或格式错误（S28 第 3 步）——这是此类客服工单最常见的原因（S29）。',
    ),
    fix: L(
      'Open the order detail (the tracking number shows there) or connect the API in options, so the number can be checked.',
      '请打开订单详情页（运单号显示在那里），或在选项中连接 API，以便检查运单号。',
    ),
  },
  'label-time-unknown': {
    title: L('Unknown — when the label was created', '未知 — 面单生成时间'),
    detail: L(
      'Without the label time the {hours} h first-scan clock (S27) cannot run, so an overdue first scan cannot be detected.',
      '没有面单生成时间，就无法计算 {hours} 小时首次扫描时限（S27），也无法判断首次扫描是否超时。',
    ),
    fix: L(
      'Connect the API in options, or print the label from Seller Center with the extension active so your click is recorded as the label time.',
      '请在选项中连接 API，或在扩展启用时从 Seller Center 打印面单，扩展会把点击时间记录为面单生成时间。',
    ),
  },
  'first-scan-unknown': {
    title: L('Unknown — whether {carrier} has scanned the parcel', '未知 — {carrier}是否已扫描包裹'),
    detail: L('{why}{window}', '{why}{window}'),
    fix: L(
      'Check the first-scan time in {carrier}’s back office (S28 step 1): no scan within {hours} h of the label keeps the order in Pending Shipment. Connecting the API in options lets the extension watch it for you.',
      '请在{carrier}后台查看首次扫描时间（S28 第 1 步）：面单生成后 {hours} 小时内无扫描，订单会停留在“待发货”。在选项中连接 API 后，扩展可替你自动监控。',
    ),
  },
  'market-unknown': {
    title: L('Unknown — which market this order is in', '未知 — 订单所属市场'),
    detail: L(
      'Without the market, the certification rule (S2) and the platform’s tracking callback endpoint (S28) could not be checked.',
      '不知道市场，就无法检查承运商认证要求（S2）和平台指定的物流回调地址（S28）。',
    ),
    fix: L(
      'Open the order in Seller Center (the market comes from the page’s address, e.g. seller-us.tiktok.com) or connect the API in options.',
      '请在 Seller Center 中打开该订单（市场取自页面地址，如 seller-us.tiktok.com），或在选项中连接 API。',
    ),
  },
  'carrier-unknown': {
    title: L('Unknown — which carrier ships this order', '未知 — 订单的承运商'),
    detail: L(
      'The shipping provider is not on this page, so its certification, its connection and its tracking callback could not be checked.',
      '本页面没有显示物流服务商，因此无法检查其认证、连接状态和物流回调地址。',
    ),
    fix: L(
      'Open the order detail, where the shipping provider is shown, or connect the API in options.',
      '请打开订单详情页（显示物流服务商），或在选项中连接 API。',
    ),
  },
  'carrier-certification-unknown': {
    title: L('Unknown — whether {carrier} is certified in {market}', '未知 — {carrier}在{market}是否已认证'),
    detail: L(
      '{market} requires a platform-certified carrier (S2), and the rule pack has no certification on file for {carrier} there. That is no proof it is uncertified: the pack lists only the carriers the sources name.',
      '{market}要求使用平台认证承运商（S2），规则包中没有{carrier}在该市场的认证记录。这并不代表它未认证：规则包只收录了资料中提到的承运商。',
    ),
    fix: L(
      'Check Seller Center → Settings → Logistics → Select Carrier: the certified (TLPP) list shows whether {carrier} is on it (S11).',
      '请在 Seller Center → 设置 → 物流 → 选择承运商中查看认证（TLPP）名单，确认{carrier}是否在列（S11）。',
    ),
  },
  'carrier-connection-unknown': {
    title: L('Unknown — whether {carrier} is connected to your shop', '未知 — {carrier}是否已与店铺连接'),
    detail: L(
      'No list of connected carriers is saved in options, so the connection (S11) could not be checked.',
      '选项中没有保存已连接承运商列表，因此无法检查连接状态（S11）。',
    ),
    fix: L(
      'Check Seller Center → Settings → Logistics (S11) and save your connected carriers in options.',
      '请在 Seller Center → 设置 → 物流中查看（S11），并在选项中保存已连接的承运商。',
    ),
  },
  'callback-unknown': {
    title: L('Unknown — {carrier}’s tracking callback not checked', '未知 — 未检查{carrier}的物流回调地址'),
    detail: L(
      '{why} Scans pushed to the wrong address never reach the order (S28 step 2).',
      '{why}推送到错误地址的扫描不会同步到订单（S28 第 2 步）。',
    ),
    fix: L('{how}', '{how}'),
  },
  'printer-unknown': {
    title: L('Unknown — label printer resolution', '未知 — 面单打印机分辨率'),
    detail: L(
      'No printer resolution is saved in options. Below 203 dpi barcodes fail to scan and the first-scan rate drops to 61 % (S33).',
      '选项中没有保存打印机分辨率。低于 203 dpi 时条码无法扫描，首次扫描率降至 61%（S33）。',
    ),
    fix: L(
      'Save your printer’s resolution (dpi, in its specifications) in options. Print at 203 dpi or more with “High Quality” ticked, and scan a sample label first (S34).',
      '请在选项中保存打印机分辨率（dpi，见打印机规格）。以不低于 203 dpi 并勾选“高质量”打印，上线前先扫码测试样张（S34）。',
    ),
  },
};

/** Fragments the checks pick between; filled into the templates above. */
export const PHRASES = {
  defectAtPosition: L('{name} at position {position}', '第 {position} 个字符是{name}'),
  defectGeneral: L('a problem: {name}', '有问题：{name}'),
  moreIssues: L(' (and {count} more)', '（另有 {count} 处）'),
  correctionValid: L(
    'Revise the tracking number to {normalized} (copy it, do not retype it).',
    '请将运单号修改为 {normalized}（请直接复制，不要重新输入）。',
  ),
  correctionStillInvalid: L(
    'Removing the bad characters gives {normalized}, which still fails the check: copy the number from the carrier label or the carrier’s system.',
    '去掉错误字符后为 {normalized}，仍未通过校验：请从面单或承运商系统中复制单号。',
  ),
  correctionNone: L(
    'Copy the number from the carrier label or the carrier’s system instead of retyping it.',
    '请从面单或承运商系统中复制单号，不要手动输入。',
  ),
  revision: L(
    'You can revise tracking only once, within 72 h of the first upload{window}; after that, ask TikTok Seller Support (within 30 days).',
    '物流信息只能修改一次，且须在首次上传后 72 小时内{window}；之后须在 30 天内联系 TikTok 卖家客服。',
  ),
  revisionOpen: L(' ({left} left)', '（还剩 {left}）'),
  revisionClosed: L(' (that window closed {ago} ago)', '（该时限已于 {ago} 前结束）'),
  lostSuspected: L(
    ' No carrier scan for {days} calendar days: the platform treats such packages as lost (Seller Center).',
    '已连续 {days} 个自然日无承运商扫描：平台会将此类包裹视为丢失（Seller Center）。',
  ),
  labelFromApi: L('from the API', '来自 API'),
  labelFromClick: L(
    'from your first click on Seller Center’s print-label button (the label may be older)',
    '取自你首次点击 Seller Center 打印面单按钮的时间（面单可能更早生成）',
  ),
  labelFromEvent: L('from the carrier’s “label created” event', '取自承运商的“已生成面单”事件'),
  labelFromUnstated: L('source not stated', '来源未注明'),
  differsHost: L('the host differs', '域名不同'),
  differsPath: L('the path differs', '路径不同'),
  differsBoth: L('host and path differ', '域名和路径都不同'),
  notAUrl: L('what was saved is not a web address', '保存的内容不是网址'),
  enteredNotAUrl: L('(not a web address)', '（不是网址）'),
  platformDeadlineUnknown: L(
    'The platform’s own deadline is not known (the API gave no ship-by or collection time for this order), so this rests on the seed’s rule alone.',
    '平台自己的时限未知（API 未提供本订单的最晚发货或揽收时间），因此仅依据资料所述的规则。',
  ),
  platformDeadlineAhead: L(
    'The platform’s own {name} ({field}) is {time}, {left} from now: the order is not late by the platform’s clock yet.',
    '平台的{name}（{field}）为 {time}，还剩 {left}：按平台时钟订单尚未逾期。',
  ),
  platformDeadlinePassed: L(
    'The platform’s own {name} ({field}) was {time}, {ago} ago: the order is late by the platform’s clock too.',
    '平台的{name}（{field}）为 {time}，已过去 {ago}：按平台时钟订单也已逾期。',
  ),
  shipByName: L('ship-by time', '最晚发货时间'),
  collectByName: L('latest collection time', '最晚揽收时间'),
  exceptionLatest: L(' — the latest update.', '——这是最新一次更新。'),
  exceptionEarlier: L('; the trail has moved on since.', '；此后轨迹已有更新。'),
  forCarrier: L(' for {carrier}', '({carrier})'),
  firstScanWhyOffline: L(
    'The API is not connected, so the carrier’s scans are not visible to the extension.',
    '未连接 API，扩展看不到承运商的扫描记录。',
  ),
  firstScanWhyNotFetched: L('Tracking for this order has not been fetched yet.', '尚未获取本订单的物流轨迹。'),
  firstScanWhyNoClock: L(
    'No current time was given, so the first-scan clock could not run.',
    '未提供当前时间，无法计算首次扫描时限。',
  ),
  firstScanWindowOpen: L(
    ' The label was created {labelTime}; the {hours} h window closes in {left}.',
    '面单生成于 {labelTime}；{hours} 小时时限还剩 {left}。',
  ),
  firstScanWindowClosed: L(
    ' The label was created {labelTime}; the {hours} h window closed {ago} ago.',
    '面单生成于 {labelTime}；{hours} 小时时限已过去 {ago}。',
  ),
  callbackWhyNotEntered: L(
    'No callback address is saved in options for {carrier}.',
    '选项中没有保存{carrier}的回调地址。',
  ),
  callbackWhyNoEndpoint: L(
    'The rule pack has no platform endpoint on file for {market} to compare with.',
    '规则包中没有{market}的平台回调地址，无法比较。',
  ),
  callbackHowWithEndpoint: L(
    'Ask {carrier} (or look in its back office) which address it pushes tracking to; for {market} it must be {expected} (S28 step 2). Save it in options to have it checked.',
    '请向{carrier}确认（或在其后台查看）物流推送地址；{market}须为 {expected}（S28 第 2 步）。在选项中保存后，扩展会自动检查。',
  ),
  callbackHowNoEndpoint: L(
    'Ask {carrier} which address it pushes tracking to, and TikTok Seller Support which endpoint {market} requires (S28 step 2).',
    '请向{carrier}确认物流推送地址，并向 TikTok 卖家客服确认{market}要求的回调地址（S28 第 2 步）。',
  ),
  theCarrier: L('the carrier', '承运商'),
  noneListed: L('none', '无'),
} as const satisfies Record<string, Localized>;

/** Order statuses as Seller Center names them (ref:seller-center#4). */
export const ORDER_STATUS_TEXTS: Readonly<Record<OrderStatus, Localized>> = {
  unpaid: L('Unpaid', '未支付'),
  'on-hold': L('On hold', '暂缓处理'),
  'awaiting-shipment': L('Awaiting shipment', '待发货'),
  'awaiting-collection': L('Awaiting collection', '待揽收'),
  'partially-shipping': L('Partially shipped', '部分发货'),
  'in-transit': L('In transit', '运输中'),
  delivered: L('Delivered', '已送达'),
  completed: L('Completed', '已完成'),
  cancelled: L('Cancelled', '已取消'),
  unknown: L('Unknown', '未知'),
};

/** Severity names for summaries. */
export const SEVERITY_TEXTS: Readonly<Record<Severity, Localized>> = {
  critical: L('Critical', '严重'),
  high: L('High', '高'),
  medium: L('Medium', '中'),
  low: L('Low', '低'),
  info: L('Info', '提示'),
  unknown: L('Unknown', '未知'),
};

/**
 * How findings are ranked, for the side panel's "why this order" note. Mirrors rank.ts.
 */
export const rankingNote: Localized = {
  en: 'Findings are ordered as a checklist for why this order is still Pending Shipment. What we observed on this order comes first: observed evidence beats what is common elsewhere. Among observed findings, the more severe comes first; at equal severity, the more common cause comes first — the seed says a malformed waybill caused 83.7 % of such support tickets in 2024 Q2 (S29), which is why the waybill is checked first; it is not the chance that this order has a malformed waybill — and a cause comes before the symptom it explains. Findings backed only by such a statistic come next. Facts we could not check (“Unknown — …”) come last, each with how to check it.',
  zh: '结论按排查清单排序，用于查明订单为何仍停留在“待发货”。本订单上实际观察到的问题排在最前：观察到的证据优先于其他订单的常见情况。观察到的问题中，严重程度高的在前；严重程度相同时，更常见的原因在前——资料称 2024 年第二季度 83.7% 的此类客服工单由运单号格式错误导致（S29），因此先检查运单号；这不代表本订单运单号有误的概率——原因排在它所导致的现象之前。仅有此类统计支持的结论其次。无法核实的事实（“未知 — …”）排在最后，并附核实方法。',
};

/** The `{name}` placeholders of a text, for the en/zh parity test. */
export function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/**
 * Fills `{name}` placeholders in both languages; a value may itself be `Localized` (its own language
 * is used). Placeholders without a value are left as they are, so a test can catch them; values are
 * not re-scanned, so a waybill containing braces stays literal.
 * Example: `renderText({ en: 'Call {c}', zh: '联系{c}' }, { c: { en: 'J&T', zh: '极兔' } })` → `{ en: 'Call J&T', zh: '联系极兔' }`.
 */
export function renderText(
  template: Localized,
  values: Readonly<Record<string, string | number | Localized>>,
): Localized {
  const fill = (text: string, lang: 'en' | 'zh') =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => {
      if (!Object.prototype.hasOwnProperty.call(values, key)) return whole;
      const value = values[key]!;
      return typeof value === 'object' ? value[lang] : String(value);
    });
  return { en: fill(template.en, 'en'), zh: fill(template.zh, 'zh') };
}
