import { useId } from 'react';
import type { Locale, Localized } from '@/lib/i18n';
import { localize } from '@/lib/i18n';

export interface DayHistogramProps {
  bins: ReadonlyArray<{ days: number; count: number }>;
  /** Accessible name of the chart, e.g. "Delivery days, US: 2 days 5, 3 days 1". */
  label: string;
  /** Column headings of the text alternative. */
  daysHeading: Localized;
  countHeading: Localized;
  /** Bar tooltip/alt per bin, e.g. "5 delivered in 2 days". */
  describeBin: (bin: { days: number; count: number }) => string;
  /** A market's benchmark in days, drawn as a dashed line with `benchmarkLabel` next to it. */
  benchmarkDays?: number;
  benchmarkLabel?: string;
  locale: Locale;
}

const BAR_WIDTH = 28;
const GAP = 8;
const HEIGHT = 90;
/** Room above the bars for the benchmark's label. */
const TOP = 14;

/**
 * A small bar chart of counts per whole day (SVG), with the same figures as a table underneath:
 * the SVG is an image with a name; the table is the text alternative screen readers and copy use.
 */
export function DayHistogram({
  bins,
  label,
  daysHeading,
  countHeading,
  describeBin,
  benchmarkDays,
  benchmarkLabel,
  locale,
}: DayHistogramProps) {
  const titleId = useId();
  const max = Math.max(1, ...bins.map((b) => b.count));
  const minDay = bins.length > 0 ? Math.min(...bins.map((b) => b.days)) : 0;
  const maxDay =
    bins.length > 0
      ? Math.max(...bins.map((b) => b.days), benchmarkDays !== undefined ? Math.ceil(benchmarkDays) : 0)
      : 0;
  const days = Array.from({ length: maxDay - minDay + 1 }, (_, i) => minDay + i);
  const width = Math.max(1, days.length) * (BAR_WIDTH + GAP) + GAP + (benchmarkLabel ? 90 : 0);
  const x = (day: number) => GAP + (day - minDay) * (BAR_WIDTH + GAP);
  // Bars count whole days: the line sits after the last whole day within the benchmark (3.2 → after 3).
  const benchmarkX =
    benchmarkDays !== undefined && benchmarkDays >= minDay
      ? x(Math.floor(benchmarkDays)) + BAR_WIDTH + GAP / 2
      : undefined;
  return (
    <figure className="lml-histogram">
      <svg
        role="img"
        aria-labelledby={titleId}
        width={width}
        height={TOP + HEIGHT + 22}
        viewBox={`0 ${-TOP} ${width} ${TOP + HEIGHT + 22}`}
      >
        <title id={titleId}>{label}</title>
        {days.map((day) => {
          const bin = bins.find((b) => b.days === day);
          const h = bin ? Math.max(2, Math.round((bin.count / max) * (HEIGHT - 14))) : 0;
          return (
            <g key={day}>
              {bin ? <rect x={x(day)} y={HEIGHT - h} width={BAR_WIDTH} height={h} fill="#2f6fdb" /> : null}
              {bin ? (
                <text x={x(day) + BAR_WIDTH / 2} y={HEIGHT - h - 3} textAnchor="middle" fontSize="11" fill="#1b1f24">
                  {bin.count}
                </text>
              ) : null}
              <text x={x(day) + BAR_WIDTH / 2} y={HEIGHT + 15} textAnchor="middle" fontSize="11" fill="#1b1f24">
                {day}
              </text>
            </g>
          );
        })}
        {benchmarkX !== undefined ? (
          <g>
            <line x1={benchmarkX} x2={benchmarkX} y1={-TOP + 2} y2={HEIGHT} stroke="#b42318" strokeDasharray="4 3" />
            {benchmarkLabel ? (
              <text x={benchmarkX + 4} y={-TOP + 11} fontSize="11" fill="#8a1c12">
                {benchmarkLabel}
              </text>
            ) : null}
          </g>
        ) : null}
        <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="#5f6b7a" />
      </svg>
      <table className="lml-histogram-table">
        <thead>
          <tr>
            <th scope="col">{localize(daysHeading, locale)}</th>
            <th scope="col">{localize(countHeading, locale)}</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((bin) => (
            <tr key={bin.days} title={describeBin(bin)}>
              <td>{bin.days}</td>
              <td>{bin.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
