import { useState } from 'react';
import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { quoteTableMessages as m } from '@/lib/i18n/popup-messages';
import type { QuoteView } from '@/lib/messaging';
import { formatWeight } from '@/lib/units';
import { Money } from './Money';
import './QuoteTable.css';

type LineCode = QuoteView['lines'][number]['code'];

const LINE_NAMES: Record<LineCode, Localized> = {
  base: m.lineBase,
  fuel: m.lineFuel,
  remote: m.lineRemote,
  surcharge: m.lineSurcharge,
  tracking: m.lineTracking,
  priority: m.linePriority,
  rebate: m.lineRebate,
};

export interface QuoteTableProps {
  /** Eligible carriers with a price, already ranked (cheapest first). */
  quotes: QuoteView[];
  locale: Locale;
  /** The seller's weight unit, to add pounds next to grams. */
  weightUnit?: 'kg' | 'lb';
  /** Where the market's delivery benchmark comes from (e.g. "seed:S4"), shown next to it. */
  benchmarkSource?: string;
  /** Prefix for element ids, so two tables on one page do not clash. */
  idPrefix?: string;
}

/**
 * Ranked carriers for one parcel: total, transit benchmark, chargeable weight, and an expandable
 * itemised breakdown (each line's amount, explanation, source, estimate badge) with the warnings.
 * Dumb: renders what the background computed; only the open/closed state of each row is its own.
 */
export function QuoteTable({
  quotes,
  locale,
  weightUnit = 'kg',
  benchmarkSource,
  idPrefix = 'lml-quote',
}: QuoteTableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const t = (text: Localized, values?: Record<string, string | number>) =>
    localize(values ? fillLocalized(text, values) : text, locale);
  const toggle = (carrierId: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(carrierId)) next.delete(carrierId);
      else next.add(carrierId);
      return next;
    });

  if (quotes.length === 0) return <p className="lml-quote-empty">{t(m.noneEligible)}</p>;

  return (
    <table className="lml-quote-table">
      <caption>{t(m.caption)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(m.rank)}</th>
          <th scope="col">{t(m.carrier)}</th>
          <th scope="col">{t(m.total)}</th>
          <th scope="col">{t(m.transit)}</th>
          <th scope="col">{t(m.chargeable)}</th>
          <th scope="col">{t(m.breakdown)}</th>
        </tr>
      </thead>
      <tbody>
        {quotes.flatMap((quote, index) => {
          const carrier = t(quote.carrierName);
          // A carrier may offer several services (Tracked 24 / 48): one row each.
          const rowKey = quote.serviceId ? `${quote.carrierId}-${quote.serviceId}` : quote.carrierId;
          const isOpen = open.has(rowKey);
          const detailsId = `${idPrefix}-${rowKey}-breakdown`;
          const volumetricOverBy =
            quote.volumetricWeightGrams !== null ? quote.volumetricWeightGrams - quote.actualWeightGrams : 0;
          const rows = [
            <tr key={rowKey} data-carrier-id={quote.carrierId}>
              <td>{index + 1}</td>
              <th scope="row">
                {carrier}
                {quote.basis ? <div className="lml-note">{t(quote.basis)}</div> : null}
              </th>
              <td data-cell="total">
                <Money
                  amountMinor={quote.totalMinor}
                  currency={quote.currency}
                  exponent={quote.currencyExponent}
                  locale={locale}
                />
                {quote.estimate ? <span className="lml-badge">{t(m.estimate)}</span> : null}
              </td>
              <td>
                {quote.transitBenchmarkDays !== undefined ? (
                  <>
                    {t(m.benchmarkDays, { days: quote.transitBenchmarkDays })}
                    {benchmarkSource ? <span className="lml-source"> {benchmarkSource}</span> : null}
                  </>
                ) : (
                  t(m.noBenchmark)
                )}
              </td>
              <td>
                {formatWeight(quote.chargeableWeightGrams, locale, weightUnit)}
                {volumetricOverBy > 0 ? (
                  <div className="lml-note">
                    {t(m.volumetricOver, { diff: formatWeight(volumetricOverBy, locale) })}
                  </div>
                ) : null}
              </td>
              <td>
                <button
                  type="button"
                  aria-expanded={isOpen}
                  {...(isOpen ? { 'aria-controls': detailsId } : {})}
                  aria-label={t(isOpen ? m.hideBreakdown : m.showBreakdown, { carrier })}
                  onClick={() => toggle(rowKey)}
                >
                  {t(isOpen ? m.hide : m.show)}
                </button>
              </td>
            </tr>,
          ];
          if (isOpen)
            rows.push(
              <BreakdownRow
                key={`${rowKey}-breakdown`}
                id={detailsId}
                quote={quote}
                carrier={carrier}
                t={t}
                locale={locale}
              />,
            );
          return rows;
        })}
      </tbody>
    </table>
  );
}

interface BreakdownRowProps {
  id: string;
  quote: QuoteView;
  carrier: string;
  locale: Locale;
  t: (text: Localized, values?: Record<string, string | number>) => string;
}

function BreakdownRow({ id, quote, carrier, locale, t }: BreakdownRowProps) {
  return (
    <tr id={id} className="lml-breakdown" data-breakdown-of={quote.carrierId}>
      <td colSpan={6}>
        <table className="lml-breakdown-table">
          <caption>{t(m.breakdownCaption, { carrier })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(m.lineItem)}</th>
              <th scope="col">{t(m.lineAmount)}</th>
              <th scope="col">{t(m.lineExplanation)}</th>
              <th scope="col">{t(m.lineSource)}</th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((line) => (
              <tr key={line.code} data-line-code={line.code}>
                <th scope="row">{t(LINE_NAMES[line.code])}</th>
                <td data-cell="amount">
                  <Money
                    amountMinor={line.amountMinor}
                    currency={quote.currency}
                    exponent={quote.currencyExponent}
                    locale={locale}
                  />
                  {line.estimate ? (
                    <span className="lml-badge">
                      {line.basedOnMonth ? t(m.estimateMonth, { month: line.basedOnMonth }) : t(m.estimate)}
                    </span>
                  ) : null}
                </td>
                <td>{t(line.explanation)}</td>
                <td className="lml-source">{line.source}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t(m.total)}</th>
              <td>
                <Money
                  amountMinor={quote.totalMinor}
                  currency={quote.currency}
                  exponent={quote.currencyExponent}
                  locale={locale}
                />
              </td>
              <td colSpan={2}>{t(m.rounding, { rule: t(quote.roundingRule) })}</td>
            </tr>
          </tfoot>
        </table>
        {quote.warnings.length > 0 ? (
          <div className="lml-warnings">
            <strong>{t(m.warnings)}</strong>
            <ul>
              {quote.warnings.map((warning) => (
                <li key={warning.code} data-warning-code={warning.code}>
                  {t(warning.text)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </td>
    </tr>
  );
}
