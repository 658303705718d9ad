/**
 * The shared carrier vocabulary: stable ids used by the rule pack, the waybill checker, fees,
 * eligibility and tracking, plus the names sellers see (en/zh, as Seller Center and carriers write them).
 * Pure: no DOM, no browser APIs.
 */
export const CARRIER_IDS = [
  'usps',
  'ups',
  'fedex',
  'dhl-express',
  'dhl-ecommerce',
  'amazon-logistics',
  'ontrac',
  'gofo',
  'royal-mail',
  'parcelforce',
  'evri',
  'dpd-uk',
  'yodel',
  'jt-express',
  'ninja-van',
  'spx',
  'flash-express',
  'kerry-express',
  'cainiao',
  'yunexpress',
  'winit',
  'zongteng',
  'yanwen',
  '4px',
  'china-post',
] as const;

export type CarrierId = (typeof CARRIER_IDS)[number];

/**
 * A seller's own carrier (e.g. a consolidator's line), known only from their rate card: `own-` plus
 * lowercase letters, digits and hyphens. It carries its display name in the rule pack, never a certification.
 */
export type OwnCarrierId = `own-${string}`;
/** Any carrier a rule pack may list: one of `CARRIER_IDS` or a seller's own. */
export type PackCarrierId = CarrierId | OwnCarrierId;
export const OWN_CARRIER_ID_PATTERN = /^own-[a-z0-9][a-z0-9-]*$/;

export function isOwnCarrierId(value: unknown): value is OwnCarrierId {
  return typeof value === 'string' && OWN_CARRIER_ID_PATTERN.test(value);
}

/**
 * Names and spellings a seller may meet for each carrier (Seller Center's "Shipping provider" column,
 * carrier portals, Chinese seller guides). Matching is case-, space- and punctuation-insensitive.
 */
export const CARRIER_ALIASES: Record<CarrierId, readonly string[]> = {
  usps: ['USPS', 'United States Postal Service', 'USPS Ground Advantage', 'USPS Priority Mail', '美国邮政'],
  ups: ['UPS', 'United Parcel Service', 'UPS Ground', 'UPS SurePost'],
  fedex: ['FedEx', 'Federal Express', 'FedEx Ground', 'FedEx Home Delivery', '联邦快递'],
  'dhl-express': ['DHL Express', 'DHL'],
  'dhl-ecommerce': ['DHL eCommerce', 'DHL eCommerce Solutions', 'DHL Parcel'],
  'amazon-logistics': ['Amazon Logistics', 'Amazon Shipping', 'AMZL'],
  ontrac: ['OnTrac'],
  gofo: ['GOFO', 'GOFO Express'],
  'royal-mail': [
    'Royal Mail',
    'Royal Mail Tracked 24',
    'Royal Mail Tracked 48',
    'Royal Mail Special Delivery',
    '英国皇家邮政',
    '皇家邮政',
  ],
  parcelforce: ['Parcelforce', 'Parcelforce Worldwide'],
  evri: ['Evri', 'Hermes', 'Hermes UK'],
  'dpd-uk': ['DPD', 'DPD UK', 'DPD Local'],
  yodel: ['Yodel'],
  'jt-express': [
    'J&T Express',
    'J&T',
    'JT Express',
    'J and T Express',
    'J&T Express US',
    'J&T Express UK',
    '极兔',
    '极兔速递',
    '极兔快递',
  ],
  'ninja-van': ['Ninja Van', 'NinjaVan', 'Ninja Express', '忍者快递'],
  spx: ['SPX', 'SPX Express', 'Shopee Express'],
  'flash-express': ['Flash Express', 'Flash'],
  'kerry-express': ['Kerry Express', 'KEX', 'KEX Express'],
  cainiao: ['Cainiao', 'Cainiao International', 'Cainiao Network', '菜鸟', '菜鸟国际', '菜鸟网络'],
  yunexpress: ['YunExpress', 'Yun Express', '云途', '云途物流'],
  winit: ['Winit', 'WINIT', '万邑通'],
  zongteng: ['Zongteng', 'Zongteng Group', '纵腾', '纵腾集团'],
  yanwen: ['Yanwen', '燕文', '燕文物流'],
  '4px': ['4PX', '递四方'],
  'china-post': ['China Post', 'ePacket', '中国邮政', '中国邮政小包', 'EMS'],
};

function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.,()（）【】·&＆]+/g, '');
}

const ALIAS_INDEX: ReadonlyMap<string, CarrierId> = new Map(
  CARRIER_IDS.flatMap((id) => [
    [foldName(id), id] as const,
    ...CARRIER_ALIASES[id].map((a) => [foldName(a), id] as const),
  ]),
);

/** Longest aliases first, so "DHL eCommerce" wins over "DHL" inside "DHL eCommerce Asia". */
const ALIASES_BY_LENGTH = [...ALIAS_INDEX.entries()].sort((a, b) => b[0].length - a[0].length);

export function isCarrierId(value: unknown): value is CarrierId {
  return typeof value === 'string' && (CARRIER_IDS as readonly string[]).includes(value);
}

/**
 * Resolves a carrier id or a displayed carrier name ("J&T Express", "极兔速递", "USPS Ground Advantage")
 * to our carrier id; `undefined` when nothing matches. Example: `resolveCarrierId('Royal Mail Tracked 24') === 'royal-mail'`.
 */
export function resolveCarrierId(text: unknown): CarrierId | undefined {
  if (typeof text !== 'string') return undefined;
  const folded = foldName(text);
  if (!folded) return undefined;
  const exact = ALIAS_INDEX.get(folded);
  if (exact) return exact;
  // Seller Center shows provider + service ("USPS Ground Advantage™", "J&T Express (Standard)").
  for (const [alias, id] of ALIASES_BY_LENGTH) {
    if (alias.length >= 3 && folded.startsWith(alias)) return id;
  }
  for (const [alias, id] of ALIASES_BY_LENGTH) {
    if (alias.length >= 4 && folded.includes(alias)) return id;
  }
  return undefined;
}

// markets live apart: the Seller Center loader needs them on every page, the carrier tables it does not (issue #11)
export { MARKET_CODES, resolveMarket, type Market } from './markets';
