import { useEffect, useState } from 'react';
import { fillLocalized } from '@/lib/i18n';
import { notificationOptionsMessages as m } from '@/lib/i18n/notification-messages';
import {
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  quietHoursSetting,
  retentionSetting,
  type QuietHours,
} from '@/lib/storage';
import type { StatusMessage } from './store';
import { FieldError, OptionsSection, StatusLine, useT } from './ui';

/** Parses the retention field; `undefined` for anything but a whole number of days in range. */
export function parseRetentionDays(text: string): number | undefined {
  const days = Number(text.trim());
  return /^\d+$/.test(text.trim()) && days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS ? days : undefined;
}

/** Quiet hours (notifications held, badge still counting) and how long finished orders are kept. */
export function NotificationsSection() {
  const { t } = useT();
  const [quiet, setQuiet] = useState<QuietHours>(quietHoursSetting.fallback);
  const [retention, setRetention] = useState(String(retentionSetting.fallback.days));
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [retentionError, setRetentionError] = useState<string | undefined>();
  const limits = { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS };

  useEffect(() => {
    void quietHoursSetting.getValue().then(setQuiet);
    void retentionSetting.getValue().then((r) => setRetention(String(r.days)));
  }, []);

  const save = async () => {
    const days = parseRetentionDays(retention);
    if (days === undefined) {
      setRetentionError(t(fillLocalized(m.retentionInvalid, limits)));
      setStatus(null);
      return;
    }
    setRetentionError(undefined);
    const quietWrite = await quietHoursSetting.setValue(quiet);
    if (!quietWrite.ok) {
      setStatus({ tone: 'error', text: m.quietSame });
      return;
    }
    await retentionSetting.setValue({ days });
    setStatus({ tone: 'ok', text: m.saved });
  };

  return (
    <OptionsSection id="notifications" title={t(m.title)} intro={t(m.intro)}>
      <form
        className="lml-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="lml-fieldset">
          <legend>{t(m.quietLegend)}</legend>
          <label className="lml-inline">
            <input
              type="checkbox"
              checked={quiet.enabled}
              onChange={(e) => setQuiet({ ...quiet, enabled: e.target.checked })}
            />{' '}
            {t(m.quietEnabled)}
          </label>
          <div className="lml-row">
            <div className="lml-field">
              <label htmlFor="quiet-start">{t(m.quietStart)}</label>
              <input
                id="quiet-start"
                type="time"
                value={quiet.start}
                required
                onChange={(e) => setQuiet({ ...quiet, start: e.target.value })}
              />
            </div>
            <div className="lml-field">
              <label htmlFor="quiet-end">{t(m.quietEnd)}</label>
              <input
                id="quiet-end"
                type="time"
                value={quiet.end}
                required
                onChange={(e) => setQuiet({ ...quiet, end: e.target.value })}
              />
            </div>
          </div>
          <span className="lml-hint">{t(m.quietHint)}</span>
        </fieldset>
        <div className="lml-field">
          <label htmlFor="retention-days">{t(m.retentionLabel)}</label>
          <input
            id="retention-days"
            type="number"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            step={1}
            inputMode="numeric"
            value={retention}
            aria-invalid={retentionError ? true : undefined}
            aria-describedby={`retention-hint${retentionError ? ' retention-error' : ''}`}
            onChange={(e) => {
              setRetention(e.target.value);
              setStatus(null);
            }}
          />
          <span id="retention-hint" className="lml-hint">
            {t(fillLocalized(m.retentionHint, limits))}
          </span>
          <FieldError id="retention-error" text={retentionError} />
        </div>
        <div className="lml-actions">
          <button type="submit" className="lml-primary">
            {t(m.save)}
          </button>
        </div>
        <StatusLine status={status} testId="notifications-status" />
      </form>
    </OptionsSection>
  );
}
