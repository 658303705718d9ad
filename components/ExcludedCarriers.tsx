import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { quoteTableMessages as m } from '@/lib/i18n/popup-messages';
import type { ExcludedView } from '@/lib/messaging';
import './QuoteTable.css';

export interface ExcludedCarriersProps {
  excluded: ExcludedView[];
  locale: Locale;
  /** Id of the heading, for `aria-labelledby` of the section. */
  headingId?: string;
}

/** Carriers that cannot take the parcel or have no rate on file, each with its reasons and their sources. */
export function ExcludedCarriers({ excluded, locale, headingId = 'lml-excluded-heading' }: ExcludedCarriersProps) {
  if (excluded.length === 0) return null;
  return (
    <section className="lml-excluded" aria-labelledby={headingId}>
      <h2 id={headingId}>{localize(m.excludedHeading, locale)}</h2>
      <ul>
        {excluded.map((carrier) => (
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
