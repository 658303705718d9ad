import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { signalTexts, type Problem } from '@/lib/signals';
import { adoptStyles, el } from './hint-host';

/**
 * The compact row chip (signal policy rule 2): the worst problem of a row in one short line, "+N" for the
 * others, and the detail on demand in a disclosure (a <details>: keyboard reachable, announced by screen
 * readers). Nothing is truncated (but a `oneLine` title, whole in its tooltip and details): the chip
 * wraps, and its host is the flex item that gives way first, so Seller Center's own cells keep their width.
 */
export const CHIP_CSS = `
:host { flex: 0 1000 auto; min-width: 0; max-width: 100%; position: relative; }
.chip { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: 4px; white-space: normal; overflow-wrap: anywhere; }
.chip details { width: auto; display: inline; }
.chip summary { display: inline; list-style: none; text-decoration: underline dotted; }
.chip summary::-webkit-details-marker { display: none; }
.chip .more { position: absolute; z-index: 2147483000; left: 0; top: 100%; min-width: 20em; max-width: 36em; background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 4px; padding: 6px 8px; box-shadow: 0 4px 12px rgba(0,0,0,.15); white-space: normal; }
.chip .more ul { margin: 4px 0 0 16px; padding: 0; }
.over { color: #fff; background: #b42318; border-color: #912018; }
.t4 { color: #9f1c14; background: #fef3f2; border-color: #f5b5ae; }
.t12 { color: #93370d; background: #fff4ed; border-color: #f9c39b; }
.t24 { color: #7a4a00; background: #fffaeb; border-color: #f4d38a; }
`;

/** The colour class of a problem: T-24 / T-12 / T-4 / overdue for deadlines, the tone otherwise. */
export function toneClass(problem: Problem): string {
  switch (problem.code) {
    case 'ship-by-overdue':
    case 'collection-overdue':
      return 'over';
    case 'ship-by-4h':
      return 't4';
    case 'ship-by-12h':
      return 't12';
    case 'ship-by-24h':
      return 't24';
    default:
      return problem.tone === 'medium' ? 'warning' : 'error';
  }
}

/**
 * Renders a chip into `root`: `title` is the worst problem's line, `details` its detail lines, `others`
 * the lines of the row's other problems, `actions` buttons (e.g. "Open troubleshooting").
 */
export function renderChip(
  root: ShadowRoot,
  chip: {
    className: string;
    label: string;
    title: string;
    details: string[];
    others: string[];
    actions?: HTMLElement[];
    attrs?: Record<string, string>;
    /**
     * The title on one line, cut with an ellipsis (the whole of it in the tooltip, the label and the
     * details): for a chip in a narrow cell that must not make its row taller.
     */
    oneLine?: boolean;
  },
  locale: Locale,
): void {
  adoptStyles(root, CHIP_CSS);
  const box = el('span', {
    className: `hint chip ${chip.className}`,
    attrs: { role: 'note', 'aria-label': `${chip.label}: ${chip.title}`, ...chip.attrs },
  });
  box.append(
    el('span', {
      className: chip.oneLine ? 'label one-line' : 'label',
      text: chip.title,
      ...(chip.oneLine ? { attrs: { title: chip.title } } : {}),
    }),
  );
  if (chip.details.length || chip.others.length) {
    const summary = chip.others.length
      ? localize(fillLocalized(signalTexts.moreProblems, { n: chip.others.length }), locale)
      : 'ⓘ';
    const more = el('div', { className: 'more' });
    for (const line of chip.details) more.append(el('div', { text: line }));
    if (chip.others.length) {
      more.append(
        el('div', {
          className: 'label',
          text: localize(fillLocalized(signalTexts.moreProblemsLabel, { n: chip.others.length }), locale),
        }),
        el('ul', {}, ...chip.others.map((line) => el('li', { text: line }))),
      );
    }
    box.append(
      el(
        'details',
        {},
        el('summary', {
          text: summary,
          attrs: {
            'aria-label': chip.others.length
              ? localize(fillLocalized(signalTexts.moreProblemsLabel, { n: chip.others.length }), locale)
              : chip.title,
          },
        }),
        more,
      ),
    );
  }
  for (const action of chip.actions ?? []) box.append(action);
  root.append(box);
}
