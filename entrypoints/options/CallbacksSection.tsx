import { useMemo } from 'react';
import { fillLocalized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { optionsActions } from './actions';
import { checkCallbackUrl, findExpectedEndpoint, type CallbackCheck } from './callback-check';
import { carrierLabel } from './PrinterSection';
import { effectivePack } from '@/lib/rules';
import { patchOptions, useOptionsStore } from './store';
import { OptionsSection, StatusLine, useT } from './ui';

const { saveCallbacks } = optionsActions;

function CheckText({ check, id }: { check: CallbackCheck; id: string }) {
  const { t } = useT();
  switch (check.kind) {
    case 'empty':
      return null;
    case 'no-market':
      return (
        <span id={id} className="lml-hint">
          {t(m.callbackNoMarket)}
        </span>
      );
    case 'no-endpoint-on-file':
      return (
        <span id={id} className="lml-hint">
          {t(fillLocalized(m.callbackNoEndpoint, { market: check.market }))}
        </span>
      );
    case 'match':
      return (
        <span id={id} className="lml-good">
          {t(m.callbackMatch)}
        </span>
      );
    case 'mismatch':
      return (
        <span id={id} className="lml-bad" role="alert">
          {t(
            fillLocalized(check.differs === 'host' ? m.callbackMismatchHost : m.callbackMismatchPath, {
              expected: check.expected.url,
            }),
          )}
        </span>
      );
  }
}

export function CallbacksSection() {
  const { t } = useT();
  const profile = useOptionsStore((s) => s.savedProfile);
  const drafts = useOptionsStore((s) => s.callbackDrafts);
  const status = useOptionsStore((s) => s.callbackStatus);
  const storedOverride = useOptionsStore((s) => s.storedOverride);
  const pack = useMemo(() => effectivePack(storedOverride).pack, [storedOverride]);
  const expected = findExpectedEndpoint(profile.market, pack);
  const carriers = profile.connectedCarriers;

  return (
    <OptionsSection id="callbacks" title={t(m.callbacksTitle)} intro={t(m.callbacksIntro)}>
      <p data-testid="expected-endpoint">
        {expected
          ? t(
              fillLocalized(m.expectedEndpoint, {
                market: profile.market ?? '',
                url: expected.url,
                source: expected.source,
              }),
            )
          : profile.market
            ? t(fillLocalized(m.callbackNoEndpoint, { market: profile.market }))
            : t(m.callbackNoMarket)}
      </p>
      {carriers.length === 0 ? (
        <p className="lml-muted">{t(m.callbacksNoCarriers)}</p>
      ) : (
        <form
          className="lml-form"
          onSubmit={(e) => {
            e.preventDefault();
            void saveCallbacks(carriers, Date.now());
          }}
        >
          {carriers.map((id) => {
            const value = drafts[id] ?? '';
            const check = checkCallbackUrl(value, profile.market, pack);
            const inputId = `callback-${id}`;
            return (
              <div className="lml-field" key={id}>
                <label htmlFor={inputId}>
                  {t(fillLocalized(m.callbackFor, { carrier: t(carrierLabel(id, pack)) }))}
                </label>
                <input
                  id={inputId}
                  type="text"
                  inputMode="url"
                  spellCheck={false}
                  autoComplete="off"
                  value={value}
                  aria-invalid={check.kind === 'mismatch' ? true : undefined}
                  aria-describedby={check.kind === 'empty' ? undefined : `${inputId}-check`}
                  onChange={(e) =>
                    patchOptions({ callbackDrafts: { ...drafts, [id]: e.target.value }, callbackStatus: null })
                  }
                />
                <CheckText check={check} id={`${inputId}-check`} />
              </div>
            );
          })}
          <div className="lml-actions">
            <button type="submit" className="lml-primary">
              {t(m.saveCallbacks)}
            </button>
          </div>
          <StatusLine status={status} testId="callbacks-status" />
        </form>
      )}
    </OptionsSection>
  );
}
