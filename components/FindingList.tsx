import { SEVERITY_TEXTS } from '@/lib/diagnostics';
import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import type { FindingView } from '@/lib/messaging';
import './FindingList.css';

export interface FindingListLabels {
  severity: Localized;
  fix: Localized;
  source: Localized;
  empty: Localized;
}

export interface FindingListProps {
  findings: readonly FindingView[];
  locale: Locale;
  labels: FindingListLabels;
  /** Heading level of each finding's title (the list sits under a section heading). */
  headingLevel?: 3 | 4;
}

/**
 * Ranked findings, most likely first: severity as a coloured badge WITH its word (colour is never the
 * only signal), the title, what was seen, the fix and the source. Texts render as React text only.
 */
export function FindingList({ findings, locale, labels, headingLevel = 3 }: FindingListProps) {
  const t = (text: Localized) => localize(text, locale);
  const colon = locale === 'zh' ? '：' : ': ';
  if (findings.length === 0) return <p className="lml-muted">{t(labels.empty)}</p>;
  const Title = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol className="lml-findings">
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${index}`}
          className={`lml-finding lml-sev-${finding.severity}`}
          data-code={finding.code}
          data-severity={finding.severity}
        >
          <div className="lml-finding-head">
            <span className="lml-sev-badge">
              <span aria-hidden="true">{t(SEVERITY_TEXTS[finding.severity])}</span>
              <span className="lml-visually-hidden">
                {t(fillLocalized(labels.severity, { severity: t(SEVERITY_TEXTS[finding.severity]) }))}
              </span>
            </span>
            <Title className="lml-finding-title">{t(finding.title)}</Title>
          </div>
          <p className="lml-finding-detail">{t(finding.detail)}</p>
          <p className="lml-finding-fix">
            <strong>
              {t(labels.fix)}
              {colon}
            </strong>
            {t(finding.fix)}
          </p>
          <p className="lml-finding-source">
            {t(labels.source)}
            {colon}
            <code>{finding.source}</code>
          </p>
        </li>
      ))}
    </ol>
  );
}
