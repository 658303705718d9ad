/**
 * Sample waybill numbers for the printer check and the test label: only numbers the reference lists
 * as VALID (check digit verified, ref:carriers-and-labels §1), one or two per carrier. Carriers with
 * no published format or check digit get no sample: the seller tests with one of their own numbers.
 */
import type { Localized } from '@/lib/i18n';

export interface SampleWaybill {
  carrierId: string;
  /** The barcode payload as printed on the label. */
  text: string;
  format: Localized;
  source: string;
}

export const SAMPLE_WAYBILLS: readonly SampleWaybill[] = [
  {
    carrierId: 'usps',
    text: '9400111206206406260787',
    format: { en: 'USPS IMpb, 22 digits', zh: 'USPS IMpb，22 位' },
    source: 'ref:carriers-and-labels#1.2',
  },
  {
    carrierId: 'usps',
    text: '420787459400111206206406260787',
    format: {
      en: 'USPS IMpb label barcode with ZIP routing (420 + ZIP + number)',
      zh: 'USPS IMpb 面单条码，含邮编路由（420 + 邮编 + 单号）',
    },
    source: 'ref:carriers-and-labels#1.2',
  },
  {
    carrierId: 'ups',
    text: '1Z5R89390357567127',
    format: { en: 'UPS 1Z, 18 characters', zh: 'UPS 1Z，18 位' },
    source: 'ref:carriers-and-labels#1.2',
  },
  {
    carrierId: 'fedex',
    text: '986578788855',
    format: { en: 'FedEx Express, 12 digits', zh: 'FedEx Express，12 位' },
    source: 'ref:carriers-and-labels#1.2',
  },
  {
    carrierId: 'fedex',
    text: '041441760228964',
    format: { en: 'FedEx Ground, 15 digits', zh: 'FedEx Ground，15 位' },
    source: 'ref:carriers-and-labels#1.2',
  },
  {
    carrierId: 'royal-mail',
    text: 'RB123456785GB',
    format: { en: 'UPU S10, 13 characters', zh: 'UPU S10，13 位' },
    source: 'ref:carriers-and-labels#1.3',
  },
  {
    carrierId: 'yunexpress',
    text: 'YT2229521272164446',
    format: { en: 'YunExpress YT + 16 digits', zh: '云途 YT + 16 位数字' },
    source: 'ref:carriers-and-labels#1.5',
  },
];

/**
 * The samples for the seller's connected carriers, and which connected carriers have none.
 * With no carrier connected yet, every sample (so the printer can still be checked).
 * Example: `selectSamples(['usps', 'jt-express'])` → both USPS samples, `withoutSample: ['jt-express']`.
 */
export function selectSamples(connectedCarriers: readonly string[]): {
  samples: SampleWaybill[];
  withoutSample: string[];
  showingAll: boolean;
} {
  if (connectedCarriers.length === 0) return { samples: [...SAMPLE_WAYBILLS], withoutSample: [], showingAll: true };
  const samples = SAMPLE_WAYBILLS.filter((s) => connectedCarriers.includes(s.carrierId));
  const withoutSample = connectedCarriers.filter((id) => !SAMPLE_WAYBILLS.some((s) => s.carrierId === id));
  return { samples, withoutSample, showingAll: false };
}
