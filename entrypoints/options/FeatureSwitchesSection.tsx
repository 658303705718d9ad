import { useEffect, useState } from 'react';
import { fillLocalized } from '@/lib/i18n';
import { featureSwitchLabels, featureSwitchMessages as m } from '@/lib/i18n/feature-switch-messages';
import { featureSwitchesSetting, type FeatureSwitchSettings } from '@/lib/storage';
import type { StatusMessage } from './store';
import { OptionsSection, StatusLine, useT } from './ui';

const KEYS = Object.keys(featureSwitchLabels) as Array<keyof FeatureSwitchSettings>;

/**
 * Options → In-page hints: one switch per in-page feature. Each change is saved at once (no Save
 * button): the Seller Center tabs pick it up through the published context without a reload.
 */
export function FeatureSwitchesSection() {
  const { t } = useT();
  const [switches, setSwitches] = useState<FeatureSwitchSettings>(featureSwitchesSetting.fallback);
  const [status, setStatus] = useState<StatusMessage | null>(null);

  useEffect(() => {
    void featureSwitchesSetting.getValue().then(setSwitches);
    return featureSwitchesSetting.watch(setSwitches);
  }, []);

  const toggle = async (key: keyof FeatureSwitchSettings, on: boolean) => {
    const next = { ...switches, [key]: on };
    setSwitches(next);
    try {
      const write = await featureSwitchesSetting.setValue(next);
      setStatus(
        write.ok
          ? { tone: 'ok', text: m.saved }
          : {
              tone: 'error',
              text: fillLocalized(m.saveFailed, { reason: write.issues.map((i) => i.message).join('; ') }),
            },
      );
    } catch (error) {
      setStatus({ tone: 'error', text: fillLocalized(m.saveFailed, { reason: String(error) }) });
    }
  };

  return (
    <OptionsSection id="in-page-hints" title={t(m.title)} intro={t(m.intro)}>
      <fieldset className="lml-fieldset">
        <legend>{t(m.legend)}</legend>
        {KEYS.map((key) => (
          <div key={key} className="lml-field">
            <label className="lml-inline">
              <input
                type="checkbox"
                name={`feature-${key}`}
                checked={switches[key]}
                aria-describedby={`feature-${key}-hint`}
                onChange={(e) => void toggle(key, e.target.checked)}
              />{' '}
              {t(featureSwitchLabels[key].label)}
            </label>
            <span id={`feature-${key}-hint`} className="lml-hint">
              {t(featureSwitchLabels[key].hint)}
            </span>
          </div>
        ))}
      </fieldset>
      <StatusLine status={status} testId="feature-switches-status" />
    </OptionsSection>
  );
}
