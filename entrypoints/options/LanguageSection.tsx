import { fillLocalized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { MIN_POLL_INTERVAL_MINUTES, type LocalePreference } from '@/lib/storage';
import { optionsActions } from './actions';
import { patchOptions, useOptionsStore } from './store';
import { OptionsSection, StatusLine, useT } from './ui';

const { saveLocale, savePollInterval } = optionsActions;

const CHOICES: Array<{ value: LocalePreference; label: { en: string; zh: string } }> = [
  { value: 'auto', label: m.languageAuto },
  // Each language names itself, so a seller who cannot read the current one still finds theirs.
  { value: 'en', label: { en: 'English', zh: 'English' } },
  { value: 'zh', label: { en: '简体中文', zh: '简体中文' } },
];

export function LanguageSection() {
  const { t } = useT();
  const preference = useOptionsStore((s) => s.localePreference);
  const languageStatus = useOptionsStore((s) => s.languageStatus);
  const interval = useOptionsStore((s) => s.pollIntervalDraft);
  const pollStatus = useOptionsStore((s) => s.pollStatus);

  return (
    <OptionsSection id="language" title={t(m.languageTitle)}>
      <fieldset className="lml-fieldset">
        <legend>{t(m.languageLegend)}</legend>
        {CHOICES.map((choice) => (
          <label
            key={choice.value}
            className="lml-inline"
            lang={choice.value === 'zh' ? 'zh-CN' : choice.value === 'en' ? 'en' : undefined}
          >
            <input
              type="radio"
              name="ui-language"
              checked={preference === choice.value}
              onChange={() => void saveLocale(choice.value)}
            />{' '}
            {t(choice.label)}
          </label>
        ))}
      </fieldset>
      <StatusLine status={languageStatus} testId="language-status" />

      <form
        className="lml-form"
        // Our own message (localized, announced) instead of the browser's bubble for a value below the minimum.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void savePollInterval();
        }}
      >
        <div className="lml-field">
          <label htmlFor="poll-interval">{t(m.pollInterval)}</label>
          <input
            id="poll-interval"
            type="number"
            min={MIN_POLL_INTERVAL_MINUTES}
            step={1}
            inputMode="numeric"
            value={interval}
            aria-describedby="poll-interval-hint"
            onChange={(e) => patchOptions({ pollIntervalDraft: e.target.value, pollStatus: null })}
          />
          <span id="poll-interval-hint" className="lml-hint">
            {t(fillLocalized(m.pollIntervalHint, { min: MIN_POLL_INTERVAL_MINUTES }))}
          </span>
        </div>
        <div className="lml-actions">
          <button type="submit" className="lml-primary">
            {t(m.savePollInterval)}
          </button>
        </div>
        <StatusLine status={pollStatus} testId="poll-status" />
      </form>
    </OptionsSection>
  );
}
