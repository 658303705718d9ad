import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { quoteTableMessages as m } from '@/lib/i18n/popup-messages';
import type { ExcludedView } from '@/lib/messaging';
import './QuoteTable.css';

export interface ExcludedCarriersProps {
  excluded: ExcludedView[];
  locale: Locale;
  /** Id of the heading, for `aria-labelledby` of the section. */
  headingId?: string;
}

/**
 * Carriers that cannot take the parcel or have no rate on file, each with its reasons and their sources;
 * carriers whose eligibility is unknown (nothing on file) apart, as something to check, not a refusal.
 */
export function ExcludedCarriers({ excluded, locale, headingId = 'lml-excluded-heading' }: ExcludedCarriersProps) {
  const unknown = excluded.filter((c) => c.status === 'unknown');
  const refused = excluded.filter((c) => c.status !== 'unknown');
  return (
    <>
      <CarrierReasons carriers={refused} heading={m.excludedHeading} headingId={headingId} locale={locale} />
      <CarrierReasons
        carriers={unknown}
        heading={m.unknownHeading}
        headingId={`${headingId}-unknown`}
        locale={locale}
        status="unknown"
      />
    </>
  );
}

function CarrierReasons({
  carriers,
  heading,
  headingId,
  locale,
  status,
}: {
  carriers: ExcludedView[];
  heading: Localized;
  headingId: string;
  locale: Locale;
  status?: 'unknown';
}) {
  if (carriers.length === 0) return null;
  return (
    <section className="lml-excluded" aria-labelledby={headingId} data-status={status}>
      <h2 id={headingId}>{localize(heading, locale)}</h2>
      <ul>
        {carriers.map((carrier) => (
          <li key={carrier.carrierId} data-carrier-id={carrier.carrierId}>
            <strong>{localize(carrier.carrierName, locale)}</strong>
            <ul>
              {carrier.reasons.map((reason, index) => (
                <li key={`${reason.code}-${index}`} data-reason-code={reason.code}>
                  {localize(reason.text, locale)}{' '}
                  <span className="lml-source">
                    ({localize(fillLocalized(m.sourceLabel, { source: reason.source }), locale)})
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
