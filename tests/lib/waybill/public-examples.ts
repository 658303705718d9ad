/**
 * Every public VALID / INVALID example number in ref:carriers-and-labels §1.2–§1.5 (and the §5
 * verification log), one row per carrier format. Tests derive their cases from this table, so a new
 * row extends coverage without touching a test.
 *
 * `verifiable: false` rows are UNCONFIRMED shapes: their numbers must pass (`ok`) with an info
 * `format-not-verifiable` issue, and they have no INVALID examples because such shapes never reject.
 */
import type { CarrierId } from '@/lib/carriers';

export interface ExampleRow {
  carrier: CarrierId;
  formatId: string;
  valid: readonly string[];
  invalid: readonly string[];
  verifiable: boolean;
  source: string;
}

const US = 'ref:carriers-and-labels#1.2';
const UK = 'ref:carriers-and-labels#1.3';
const S10 = 'ref:carriers-and-labels#1.4';
const SEA = 'ref:carriers-and-labels#1.5';

export const PUBLIC_EXAMPLES: readonly ExampleRow[] = [
  {
    carrier: 'usps',
    formatId: 'usps-impb-22',
    valid: ['9400111206206406260787', '9405803699300124287899', '9400111201080805483016'],
    invalid: ['9434611206206407667131', '9400111206206406260788'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'usps',
    formatId: 'usps-impb-26',
    valid: ['92748931507708513018050063', '92001903060085300042901077'],
    invalid: ['92748931507708513018050064'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'usps',
    formatId: 'usps-impb-30',
    valid: ['420787459400111206206406260787', '420902459261290336128704042634'],
    invalid: ['420787459400111206206406260788'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'usps',
    formatId: 'usps-impb-34',
    valid: ['4201002334249200190132607600833457', '4201028200009261290113185417468510'],
    invalid: ['4201028200009261290113185417468511'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'usps',
    formatId: 'usps-legacy-20',
    valid: ['03071790000523483741', '71123456789123456787'],
    invalid: ['03071790000523483742'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'usps',
    formatId: 'upu-s10',
    valid: ['RB123456785US'],
    invalid: ['RB123456786US'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'ups',
    formatId: 'ups-1z',
    valid: ['1Z5R89390357567127', '1Z879E930346834440', '1Z410E7W0392751591', '1ZXX3150YW44070023'],
    invalid: ['1Z1111111111111111', '1Z5R89390357567128'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'ups',
    formatId: 'ups-waybill',
    valid: ['K1506235620', 'J4603636537'],
    invalid: ['K1506235622'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'fedex',
    formatId: 'fedex-express-12',
    valid: ['986578788855', '477179081230', '799531274483'],
    invalid: ['996578788855', '986578788856'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'fedex',
    formatId: 'fedex-ground-15',
    valid: ['041441760228964', '568283610012000', '568283610012734'],
    invalid: ['568283610012732'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'fedex',
    formatId: 'fedex-ground-96',
    valid: ['9611020987654312345672'],
    invalid: ['9600000000000000000001', '9611020987654312345673'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'fedex',
    formatId: 'fedex-sscc-18',
    valid: ['000123450000000027'],
    invalid: ['000000000000000001'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'fedex',
    formatId: 'fedex-express-34',
    valid: ['1001921334250001000300779017972697'],
    invalid: [],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'amazon-logistics',
    formatId: 'amazon-logistics',
    valid: ['TBA000000000000'],
    invalid: ['TBB000000000000'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'ontrac',
    formatId: 'ontrac',
    valid: ['C11031500001879', 'D10011354453707'],
    invalid: ['C11031500001889'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'gofo',
    formatId: 'gofo',
    valid: ['GFUS01011884214464'],
    invalid: ['GFUS0101188421446'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'dhl-ecommerce',
    formatId: 'dhl-ecommerce-gm',
    valid: ['GM2951173225174494', 'GM295117494011169042'],
    invalid: ['GS295117494011169041'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'dhl-express',
    formatId: 'dhl-express',
    valid: ['3318810025', '8487135506', '73891051146'],
    invalid: ['3318810010', '3318810034'],
    verifiable: true,
    source: US,
  },
  {
    carrier: 'royal-mail',
    formatId: 'upu-s10',
    valid: ['RB123456785GB'],
    invalid: ['RB123456786GB', 'RB12345678GB'],
    verifiable: true,
    source: UK,
  },
  {
    carrier: 'parcelforce',
    formatId: 'parcelforce-9',
    valid: ['AA1234567'],
    invalid: [],
    verifiable: true,
    source: UK,
  },
  {
    carrier: 'dpd-uk',
    formatId: 'dpd-15',
    valid: ['09980000020033F', '09980000020034D'],
    invalid: ['09980000020033D'],
    verifiable: true,
    source: UK,
  },
  {
    carrier: 'dpd-uk',
    formatId: 'dpd-28',
    valid: ['008182709980000020033350276C'],
    invalid: [],
    verifiable: true,
    source: UK,
  },
  {
    carrier: 'yodel',
    formatId: 'yodel',
    valid: ['JJD0002257639032011', 'JD0002242617644732'],
    invalid: ['JD000225440506099'],
    verifiable: true,
    source: UK,
  },
  {
    carrier: 'china-post',
    formatId: 'upu-s10',
    valid: ['EE123456785CN', 'LK123456785CN'],
    invalid: ['RB123456785XX'],
    verifiable: true,
    source: S10,
  },
  {
    carrier: 'yunexpress',
    formatId: 'yunexpress',
    valid: ['YT2229521272164446'],
    invalid: ['YT123456789012345'],
    verifiable: true,
    source: SEA,
  },
  {
    carrier: 'jt-express',
    formatId: 'jt-express-id',
    valid: ['JX8009962760'],
    invalid: [],
    verifiable: false,
    source: SEA,
  },
];

/** §5 verification log: computed values worth re-using. */
export const VERIFICATION_LOG = {
  s10SerialCheck: { serial: '12345678', check: '5' },
  gs1Mod10: { data: '940011120620640626078', check: '7' },
} as const;
