/**
 * The rule pack shipped with the extension. It holds ONLY the seed's figures (seed-digest S1–S34)
 * and sourced reference facts; everything else is absent on purpose, so the fee engine answers
 * "no rate on file" instead of inventing a price. Sellers add their own rates as overrides.
 */
import type { CarrierRules, MarketRules, PostcodeSet, RulePack } from './schema';

const ISO_4217 = 'https://www.iso.org/iso-4217-currency-codes.html';
const VTR_PAGE = 'https://seller-us.tiktok.com/university/essay?knowledge_id=1274968588748558';
const GELATO_POLICIES = 'https://support.gelato.com/en/articles/9956249-tiktok-policies';
const SELLEROPS_VTR = 'https://sellerops.io/tiktok-shop-valid-tracking-rate-95';
const FULFILMENT_POLICY = 'https://seller-us.tiktok.com/university/essay?knowledge_id=3995852763301633';
const UK_RETAILER_POSTCODES = 'https://www.joseph-fashion.com/fr/ecomeu/les-codes-postaux-de-lexception/page/postcodes';

/** S2: the July 2024 rules require a certified last-mile carrier in US, UK, ID, TH and VN. */
const CERTIFIED_REQUIRED = { since: '2024-07', source: 'seed:S2' } as const;

/** S7/S8 are stated as platform-wide SLAs, so every market carries them. */
const PLATFORM_SLA: NonNullable<MarketRules['sla']> = {
  firstScanWithinHours: {
    value: 4,
    source: 'seed:S7',
    note: {
      en: 'First carrier scan within 4 h of shipping / label creation (field first_scan_time, S27).',
      zh: '发货/面单生成后 4 小时内须有首次揽收扫描(字段 first_scan_time,S27)。',
    },
  },
  trackingUpdateEveryHours: { value: 24, source: 'seed:S7' },
  exceptionRateBelowPercent: {
    value: 1.3,
    source: 'seed:S8',
    note: {
      en: 'Refused, lost or mis-delivered parcels; above it new order allocation is limited.',
      zh: '拒收、丢件、错投;超过后系统限制新订单分配。',
    },
  },
};

const BENCHMARK_REPORT = {
  en: '"2024 Q2 global last-mile carrier performance report" (cited by the seed); a reference benchmark, not a guarantee.',
  zh: '《2024 Q2 全球尾程承运商绩效报告》(原文引用);仅为参考基准,不是承诺。',
};

const METRIC_UNITS: MarketRules['unitSystem'] = { value: 'metric', source: 'ref:carriers-and-labels#2.1' };

/** Seller Center's fulfilment metrics; the reference gives them for the US only. */
const US_FULFILMENT_METRICS: NonNullable<MarketRules['fulfilmentMetrics']> = [
  {
    code: 'vtr',
    name: { en: 'Valid Tracking Rate (VTR)', zh: '有效物流追踪率(VTR)' },
    definition: {
      en: 'Shipped packages with valid tracking ÷ all shipped packages.',
      zh: '具有有效物流追踪的已发货包裹数 ÷ 全部已发货包裹数。',
    },
    target: { comparator: 'at-least', percent: 95 },
    source: VTR_PAGE,
  },
  {
    code: 'ldr',
    name: { en: 'Late Dispatch Rate (LDR)', zh: '延迟发货率(LDR)' },
    definition: { en: 'Share of orders dispatched late.', zh: '延迟发货订单所占比例。' },
    target: { comparator: 'at-most', percent: 4 },
    source: GELATO_POLICIES,
  },
  {
    code: 'otdr',
    name: { en: 'On-Time Delivery Rate (OTDR)', zh: '准时送达率(OTDR)' },
    definition: { en: 'Share of orders delivered on time.', zh: '准时送达订单所占比例。' },
    target: { comparator: 'at-least', percent: 80 },
    source: SELLEROPS_VTR,
    // Only a third-party page states the 80 % target (seller-center.md §7).
    unconfirmed: true,
  },
  {
    code: 'sfcr',
    name: { en: 'Seller-Fault Cancellation Rate (SFCR)', zh: '卖家责任取消率(SFCR)' },
    definition: {
      en: 'Share of orders cancelled for a reason attributed to the seller.',
      zh: '因卖家原因取消的订单所占比例。',
    },
    target: { comparator: 'at-most', percent: 2.5 },
    source: GELATO_POLICIES,
  },
];

const markets: MarketRules[] = [
  {
    code: 'US',
    name: { en: 'United States', zh: '美国' },
    currency: { code: 'USD', minorUnitExponent: 2, source: ISO_4217 },
    unitSystem: { value: 'imperial', source: 'ref:carriers-and-labels#3' },
    sellerCenterHosts: { hosts: ['seller-us.tiktok.com'], source: 'ref:seller-center#1.1' },
    certifiedCarrierRequired: CERTIFIED_REQUIRED,
    deliveryBenchmark: {
      maxCalendarDays: 3.2,
      note: {
        en: `${BENCHMARK_REPORT.en} Best in class: ShipStation + USPS Ground Advantage, mean 3.1 days.`,
        zh: `${BENCHMARK_REPORT.zh}最佳组合:ShipStation + USPS Ground Advantage,实测均值 3.1 天。`,
      },
      source: 'seed:S4',
    },
    sla: PLATFORM_SLA,
    fulfilmentMetrics: US_FULFILMENT_METRICS,
    dispatchSla: {
      businessDays: 2,
      effectiveFrom: '2025-10-23',
      note: {
        en: 'Regular orders ship within 2 business days of the order date (Fulfillment Policy of 10/23/2025); older pages say 3 business days, so the figure depends on market and date.',
        zh: '普通订单须在下单后 2 个工作日内发货(2025/10/23 履约政策);旧页面为 3 个工作日,以市场和日期为准。',
      },
      source: FULFILMENT_POLICY,
    },
    trackingCallbackEndpoint: { url: 'us-api.tiktokshop.com/logistics/v3/tracking', source: 'seed:S28' },
    notes: [
      {
        text: {
          en: 'Returns must use the platform reverse-logistics path: UPS Return Label only.',
          zh: '退货须走平台逆向物流:仅限 UPS Return Label。',
        },
        source: 'seed:S31',
      },
    ],
  },
  {
    code: 'GB',
    name: { en: 'United Kingdom', zh: '英国' },
    currency: { code: 'GBP', minorUnitExponent: 2, source: ISO_4217 },
    unitSystem: METRIC_UNITS,
    sellerCenterHosts: { hosts: ['seller-uk.tiktok.com'], source: 'ref:seller-center#1.1' },
    certifiedCarrierRequired: CERTIFIED_REQUIRED,
    deliveryBenchmark: {
      maxCalendarDays: 2.6,
      note: {
        en: `${BENCHMARK_REPORT.en} Royal Mail Tracked 24 on-time rate 98.7 %.`,
        zh: `${BENCHMARK_REPORT.zh}Royal Mail Tracked 24 达标率 98.7%。`,
      },
      source: 'seed:S5',
    },
    sla: PLATFORM_SLA,
  },
  {
    code: 'ID',
    name: { en: 'Indonesia', zh: '印度尼西亚' },
    currency: {
      code: 'IDR',
      minorUnitExponent: 0,
      // ISO 4217 lists two decimals for IDR, but prices are whole rupiah in practice.
      source: 'pack:whole-rupiah',
      note: {
        en: 'Amounts are whole rupiah (ISO 4217 lists 2 decimals, which are not used in practice).',
        zh: '金额按整数印尼盾计(ISO 4217 列出 2 位小数,但实际不使用)。',
      },
    },
    unitSystem: METRIC_UNITS,
    sellerCenterHosts: { hosts: ['seller-id.tokopedia.com', 'seller-id.tiktok.com'], source: 'ref:seller-center#1.1' },
    certifiedCarrierRequired: CERTIFIED_REQUIRED,
    deliveryBenchmark: {
      maxCalendarDays: 2.8,
      note: {
        en: `${BENCHMARK_REPORT.en} J&T Express, 22 % faster than 2023.`,
        zh: `${BENCHMARK_REPORT.zh}J&T Express 较 2023 年提速 22%。`,
      },
      source: 'seed:S6',
    },
    sla: PLATFORM_SLA,
    notes: [
      {
        text: {
          en: 'From Q3 2024 last-mile providers must also connect to an Indonesian government logistics data interface for customs cross-checks.',
          zh: '自 2024 年第三季度起,尾程服务商还须接入印尼政府物流数据接口,用于清关信息交叉核验。',
        },
        source: 'seed:S13',
      },
    ],
  },
  {
    code: 'TH',
    name: { en: 'Thailand', zh: '泰国' },
    currency: { code: 'THB', minorUnitExponent: 2, source: ISO_4217 },
    unitSystem: METRIC_UNITS,
    sellerCenterHosts: { hosts: ['seller-th.tiktok.com'], source: 'ref:seller-center#1.1' },
    certifiedCarrierRequired: CERTIFIED_REQUIRED,
    sla: PLATFORM_SLA,
  },
  {
    code: 'VN',
    name: { en: 'Vietnam', zh: '越南' },
    currency: { code: 'VND', minorUnitExponent: 0, source: ISO_4217 },
    unitSystem: METRIC_UNITS,
    sellerCenterHosts: { hosts: ['seller-vn.tiktok.com'], source: 'ref:seller-center#1.1' },
    certifiedCarrierRequired: CERTIFIED_REQUIRED,
    sla: PLATFORM_SLA,
  },
];

/** S14 is a platform rule for every carrier: individual businesses connect only through a certified ISV. */
const NO_DIRECT_INDIVIDUAL: CarrierRules['individualMayConnectDirectly'] = {
  value: false,
  source: 'seed:S14',
  note: {
    en: 'Individual businesses must connect through a certified ISV such as Dianxiaomi or Mabang.',
    zh: '个体工商户须通过认证 ISV(如店小秘、马帮)接入。',
  },
};

/** S9: every certified channel supports one-click label printing (Logistics API v3.2+). */
const API_LABELS = { value: true, source: 'seed:S9' } as const;

const S2_CERTIFIED = (note: { en: string; zh: string }) => ({
  status: 'certified' as const,
  since: '2024-07',
  note,
  source: 'seed:S2',
});
const S11_CERTIFIED = {
  status: 'certified' as const,
  note: {
    en: 'On the US TLPP (TikTok Logistics Partner Program) certified list.',
    zh: '位于美国 TLPP(TikTok 物流合作伙伴计划)认证名单。',
  },
  source: 'seed:S11',
};

/**
 * ref:carriers-and-labels §1.5 lists where SEA carriers work (a waybill-format table, not a certification
 * list): the carrier serves the market, its certification stays unknown. The reference has no date of
 * its own; this is the day it was read into the pack.
 */
const SEA_REFERENCE = { source: 'ref:carriers-and-labels#1.5', sourceDate: '2026-12-03' } as const;
const servesPerSeaReference = (...markets: Array<CarrierRules['markets'][number]['market']>) =>
  markets.map((market) => ({ market, ...SEA_REFERENCE }));

const carriers: CarrierRules[] = [
  {
    id: 'jt-express',
    name: { en: 'J&T Express', zh: '极兔速递' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    markets: [
      {
        market: 'US',
        source: 'seed:S20',
        certification: S2_CERTIFIED({
          en: 'S2 names J&T Express among certified carriers; S20 quotes its US channel.',
          zh: 'S2 将极兔列为认证承运商示例;S20 给出其美国通道报价。',
        }),
        apiLabelPrinting: API_LABELS,
        waybillFormats: ['jt-express-us'],
      },
      {
        market: 'ID',
        source: 'seed:S6',
        certification: S2_CERTIFIED({
          en: 'S2 names J&T Express among certified carriers; S6 benchmarks it in Indonesia.',
          zh: 'S2 将极兔列为认证承运商示例;S6 以其为印尼基准。',
        }),
        apiLabelPrinting: API_LABELS,
        waybillFormats: ['jt-express-id'],
      },
      ...servesPerSeaReference('TH', 'PH', 'MY', 'VN', 'SG'),
    ],
  },
  {
    id: 'ninja-van',
    name: { en: 'Ninja Van', zh: '忍者快递' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    markets: [
      {
        market: 'TH',
        source: 'seed:S16',
        certification: S2_CERTIFIED({
          en: 'S2 names Ninja Van among certified carriers; S16 describes its Thailand line.',
          zh: 'S2 将 Ninja Van 列为认证承运商示例;S16 提到其泰国线。',
        }),
        apiLabelPrinting: API_LABELS,
        limits: {
          minWeightGrams: {
            value: 3000,
            source: 'seed:S16',
            note: {
              en: 'Ninja Van Thailand line: at least 3 kg per parcel.',
              zh: 'Ninja Van 泰国线:单票不低于 3 kg。',
            },
          },
        },
        waybillFormats: ['ninja-van'],
      },
      ...servesPerSeaReference('SG', 'MY', 'PH', 'VN', 'ID'),
    ],
  },
  {
    id: 'usps',
    name: { en: 'USPS', zh: '美国邮政' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    volumetric: {
      unit: 'in3-per-lb',
      divisor: 166,
      appliesAboveVolume: 1728,
      sideRounding: 'nearest',
      weightRounding: 'up-whole',
      source: 'ref:carriers-and-labels#3',
      note: {
        en: 'Since 23 Jun 2019; only above 1,728 in³ (1 cubic foot); flat-rate boxes exempt. Whether a zone restriction still applies is unconfirmed.',
        zh: '自 2019 年 6 月 23 日起;仅体积超过 1,728 立方英寸(1 立方英尺)时适用;固定价格箱除外。是否仍有分区限制未确认。',
      },
    },
    markets: [
      {
        market: 'US',
        source: 'seed:S2',
        certification: S2_CERTIFIED({ en: 'Through a USPS partner channel (S2).', zh: '通过 USPS 合作通道(S2)。' }),
        apiLabelPrinting: API_LABELS,
        waybillFormats: ['usps-impb', 'usps-legacy', 'upu-s10'],
      },
    ],
  },
  {
    id: 'royal-mail',
    name: { en: 'Royal Mail', zh: '英国皇家邮政' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    markets: [
      {
        market: 'GB',
        source: 'seed:S2',
        certification: S2_CERTIFIED({
          en: 'Through a Royal Mail authorised channel (S2).',
          zh: '通过 Royal Mail 授权渠道(S2)。',
        }),
        apiLabelPrinting: API_LABELS,
        waybillFormats: ['upu-s10'],
      },
    ],
  },
  {
    id: 'cainiao',
    name: { en: 'Cainiao International', zh: '菜鸟国际' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    markets: [
      {
        market: 'US',
        source: 'seed:S11',
        certification: S11_CERTIFIED,
        apiLabelPrinting: API_LABELS,
        waybillFormats: ['cainiao'],
      },
    ],
  },
  {
    id: 'zongteng',
    name: { en: 'Zongteng Group', zh: '纵腾集团' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    markets: [{ market: 'US', source: 'seed:S11', certification: S11_CERTIFIED, apiLabelPrinting: API_LABELS }],
  },
  {
    id: 'winit',
    name: { en: 'Winit', zh: '万邑通' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    markets: [
      {
        market: 'US',
        source: 'seed:S11',
        certification: S11_CERTIFIED,
        apiLabelPrinting: API_LABELS,
        waybillFormats: ['winit'],
      },
    ],
  },
  // UPS and FedEx serve the US and have published dimensional divisors, but nothing on file says
  // whether they are TikTok-certified last-mile carriers: no certification entry, so eligibility says
  // "unknown — check Seller Center → Settings → Logistics".
  {
    id: 'ups',
    name: { en: 'UPS', zh: 'UPS' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    volumetric: {
      unit: 'in3-per-lb',
      divisor: 139,
      sideRounding: 'nearest',
      weightRounding: 'up-whole',
      source: 'ref:carriers-and-labels#3',
      note: { en: 'Daily rates; every package.', zh: '日常费率;适用于所有包裹。' },
    },
    markets: [{ market: 'US', source: 'ref:carriers-and-labels#1.2', waybillFormats: ['ups-1z'] }],
  },
  {
    id: 'fedex',
    name: { en: 'FedEx', zh: '联邦快递' },
    individualMayConnectDirectly: NO_DIRECT_INDIVIDUAL,
    volumetric: {
      unit: 'in3-per-lb',
      divisor: 139,
      sideRounding: 'nearest',
      weightRounding: 'up-whole',
      source: 'ref:carriers-and-labels#3',
      note: { en: 'Daily rates; every package.', zh: '日常费率;适用于所有包裹。' },
    },
    markets: [
      { market: 'US', source: 'ref:carriers-and-labels#1.2', waybillFormats: ['fedex-express-12', 'fedex-ground-15'] },
    ],
  },
];

const ZIP3 = (from: string, to = from) => ({ kind: 'zip3-range' as const, from, to });
const UK = (area: string, from?: number, to?: number) =>
  from === undefined
    ? { kind: 'uk-district' as const, area }
    : { kind: 'uk-district' as const, area, from, to: to ?? from };

/** ref:carriers-and-labels §4 — areas outside the contiguous US and UK surcharge areas, as reusable sets. */
const postcodeSets: PostcodeSet[] = [
  {
    id: 'us-alaska',
    country: 'US',
    name: { en: 'Alaska', zh: '阿拉斯加' },
    rules: [ZIP3('995', '999')],
    source: 'ref:carriers-and-labels#4.1',
  },
  {
    id: 'us-hawaii',
    country: 'US',
    name: { en: 'Hawaii', zh: '夏威夷' },
    rules: [ZIP3('967', '968')],
    source: 'ref:carriers-and-labels#4.1',
  },
  {
    id: 'us-puerto-rico',
    country: 'US',
    name: { en: 'Puerto Rico', zh: '波多黎各' },
    rules: [ZIP3('006', '007'), ZIP3('009')],
    source: 'ref:carriers-and-labels#4.1',
  },
  {
    id: 'us-virgin-islands',
    country: 'US',
    name: { en: 'US Virgin Islands', zh: '美属维尔京群岛' },
    rules: [ZIP3('008')],
    source: 'ref:carriers-and-labels#4.1',
  },
  {
    id: 'us-military-ae',
    country: 'US',
    name: { en: 'APO/FPO/DPO AE', zh: '美军邮政 AE' },
    rules: [ZIP3('090', '098')],
    source: 'ref:carriers-and-labels#4.1',
    unconfirmed: true,
  },
  {
    id: 'us-military-aa',
    country: 'US',
    name: { en: 'APO/FPO/DPO AA', zh: '美军邮政 AA' },
    rules: [ZIP3('340')],
    source: 'ref:carriers-and-labels#4.1',
    unconfirmed: true,
  },
  {
    id: 'us-military-ap',
    country: 'US',
    name: { en: 'APO/FPO/DPO AP', zh: '美军邮政 AP' },
    rules: [ZIP3('962', '966')],
    source: 'ref:carriers-and-labels#4.1',
    unconfirmed: true,
  },
  {
    id: 'us-pacific-islands',
    country: 'US',
    name: {
      en: 'Guam, Northern Mariana Is., Marshall Is., Micronesia, Palau',
      zh: '关岛、北马里亚纳群岛、马绍尔群岛、密克罗尼西亚、帕劳',
    },
    rules: [ZIP3('969')],
    source: 'ref:carriers-and-labels#4.1',
    unconfirmed: true,
  },
  {
    id: 'gb-offshore',
    country: 'GB',
    name: {
      en: 'UK offshore: Shetland, Orkney, Western Isles, Isle of Man, Channel Islands, Isles of Scilly, Northern Ireland',
      zh: '英国离岛:设得兰、奥克尼、外赫布里底、马恩岛、海峡群岛、锡利群岛、北爱尔兰',
    },
    rules: [UK('ZE'), UK('KW', 15, 17), UK('HS'), UK('IM'), UK('GY'), UK('JE'), UK('TR', 21, 25), UK('BT')],
    source: 'ref:carriers-and-labels#4.2',
    note: {
      en: 'Channel Islands are outside the UK VAT area: customs data needed.',
      zh: '海峡群岛不在英国增值税区内,需要报关数据。',
    },
  },
  {
    id: 'gb-highlands',
    country: 'GB',
    name: { en: 'Scottish Highlands & islands (mainland districts)', zh: '苏格兰高地及岛屿(本岛邮区)' },
    rules: [
      UK('AB', 30, 38),
      UK('AB', 41, 56),
      UK('DD', 8, 10),
      UK('FK', 8),
      UK('FK', 17, 21),
      UK('G', 83),
      UK('IV'),
      UK('KA', 27, 28),
      UK('KW', 1, 14),
      UK('PA', 20, 99),
      UK('PH', 11),
      UK('PH', 13, 50),
    ],
    source: UK_RETAILER_POSTCODES,
    // One retailer's district list; every courier publishes its own (ref §4.2).
    unconfirmed: true,
    note: {
      en: "A single retailer's list; couriers' own district lists differ.",
      zh: '单一零售商的邮区列表;各承运商的列表不同。',
    },
  },
  {
    id: 'gb-isle-of-wight',
    country: 'GB',
    name: { en: 'Isle of Wight', zh: '怀特岛' },
    rules: [UK('PO', 30, 41)],
    source: 'ref:carriers-and-labels#4.2',
    unconfirmed: true,
  },
  {
    id: 'gb-anglesey',
    country: 'GB',
    name: { en: 'Anglesey', zh: '安格尔西岛' },
    rules: [UK('LL', 58, 78)],
    source: 'ref:carriers-and-labels#4.2',
    unconfirmed: true,
  },
];

export const defaultRulePack: RulePack = {
  version: '1.0.0',
  effectiveFrom: '2024-08-01',
  moneyRounding: { mode: 'half-up', scope: 'per-line', source: 'pack:money-rounding' },
  sellerGuidance: {
    notRecommendedBelowDailyOrders: {
      value: 20,
      source: 'seed:S15',
      note: {
        en: 'Minimums and integration cost (API debugging about ¥3,000–8,000, S17) make certified last mile a poor fit below 20 orders a day.',
        zh: '由于起订量门槛与对接成本(API 调试约 ¥3,000–8,000,S17),日单量低于 20 单不建议使用认证尾程。',
      },
    },
    suitedFromDailyOrders: { value: 50, source: 'seed:S15' },
  },
  markets,
  carriers,
  postcodeSets,
  feeTables: [
    {
      carrierId: 'jt-express',
      market: 'US',
      currency: 'USD',
      weightBands: [
        {
          maxWeightGrams: 500,
          baseMinor: 328,
          source: 'seed:S20',
          note: { en: 'Standard parcel up to 0.5 kg, J&T US channel.', zh: '标准包裹 0.5 kg 以内,J&T 美国通道。' },
        },
      ],
      fuel: [
        { month: '2024-08', perKgMinor: 21, source: 'seed:S21', note: { en: 'Floats monthly.', zh: '按月浮动。' } },
      ],
      remoteAreas: [
        {
          postcodeSetIds: ['us-alaska', 'us-hawaii'],
          feeMinor: 250,
          source: 'seed:S22',
          note: {
            en: 'S22 names Alaska and Hawaii as remote areas; other areas have no fee on file.',
            zh: 'S22 以阿拉斯加、夏威夷为偏远地区示例;其他地区无费用记录。',
          },
        },
      ],
      trackingFee: {
        perOrderMinor: 15,
        mandatory: true,
        source: 'seed:S23',
        note: { en: 'Pays for pushing tracking data to TikTok.', zh: '用于物流数据回传 TikTok 系统。' },
      },
      priorityFee: {
        perOrderMinor: 80,
        source: 'seed:S25',
        note: { en: 'Optional tag; raises the order’s algorithmic weighting.', zh: '可选标签;提升订单算法加权。' },
      },
    },
    {
      carrierId: 'zongteng',
      market: 'US',
      currency: 'USD',
      // No Zongteng base rates on file: quotes say "no rate on file" until the seller imports a card.
      weightBands: [],
      rebateTiers: [
        {
          aboveMonthlyParcels: 10000,
          percent: 3.5,
          requiresContract: true,
          source: 'seed:S26',
          note: { en: 'More than 10,000 parcels a month; separate contract.', zh: '月单量超过 1 万单;需单独签约。' },
        },
      ],
    },
  ],
};
