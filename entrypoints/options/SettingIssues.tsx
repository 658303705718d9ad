import { fillLocalized, type Localized } from '@/lib/i18n';
import { settingIssueMessages as m, settingNames } from '@/lib/i18n/setting-messages';
import type { SettingIssue } from '@/lib/storage';
import { useOptionsStore } from './store';
import { useT } from './ui';

/**
 * One line per unreadable setting: its name in the seller's words and the fields that did not match.
 * Example: `[{ key: 'local:printer', path: 'dpi', … }]` → `[{ en: 'Label printer (dpi)', zh: '面单打印机（dpi）' }]`.
 */
export function describeSettingIssues(issues: readonly SettingIssue[]): Localized[] {
  const byKey = new Map<string, string[]>();
  for (const issue of issues) {
    // '(root)' = the whole value is wrong: the setting's name says it all.
    const paths = byKey.get(issue.key) ?? [];
    byKey.set(issue.key, issue.path === '(root)' ? paths : [...paths, issue.path]);
  }
  return [...byKey].map(([key, paths]) => {
    const name = settingNames[key] ?? { en: key, zh: key };
    if (paths.length === 0) return name;
    const fields = paths.join(', ');
    return {
      en: fillLocalized(m.line, { name: name.en, fields }).en,
      zh: fillLocalized(m.line, { name: name.zh, fields }).zh,
    };
  });
}

/** Tells the seller which saved settings could not be read and now run on their defaults. */
export function SettingIssues() {
  const { t } = useT();
  const issues = useOptionsStore((s) => s.settingIssues);
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="lml-status lml-status-error" data-testid="setting-issues">
      <p>{t(m.heading)}</p>
      <ul>
        {describeSettingIssues(issues).map((line) => (
          <li key={line.en}>{t(line)}</li>
        ))}
      </ul>
    </div>
  );
}
