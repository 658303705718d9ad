import { fillLocalized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { optionsActions } from './actions';
import { REGION_CHOICES, type ConnectDraft, type ConnectField } from './connect-form';
import { patchOptions, useOptionsStore, type ConnectionView } from './store';
import { ConfirmAction, FieldError, OptionsSection, StatusLine, useT } from './ui';

const { confirmDisconnect, runConnectionTest, submitConnect } = optionsActions;

const STATE_LABELS = {
  'not-configured': m.stateNotConfigured,
  ok: m.stateOk,
  'reconnect-needed': m.stateReconnect,
  error: m.stateError,
} as const;

function ConnectionState({ connection }: { connection: ConnectionView | null }) {
  const { t, locale } = useT();
  const summary = useOptionsStore((s) => s.connectionSummary);
  if (!connection) return <p className="lml-muted">{t(m.stateLoading)}</p>;
  const when = (ms: number) =>
    new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  return (
    <div className={`lml-connection lml-connection-${connection.state}`} data-testid="connection-state">
      <p>
        <strong>{t(m.connectionStateLabel)}</strong>{' '}
        <span data-state={connection.state}>{t(STATE_LABELS[connection.state])}</span>
      </p>
      {connection.state !== 'not-configured' ? <p>{t(m.credentialsSavedHidden)}</p> : null}
      {connection.shopName || connection.region ? (
        <p>
          {t(fillLocalized(m.connectedShop, { shop: connection.shopName ?? '—', region: connection.region ?? '—' }))}
        </p>
      ) : null}
      {connection.reason ? <p>{t(connection.reason)}</p> : null}
      {connection.checkedAt ? (
        <p className="lml-muted">{t(fillLocalized(m.checkedAt, { time: when(connection.checkedAt) }))}</p>
      ) : null}
      {connection.detail ? (
        <details>
          <summary>{t(m.technicalDetail)}</summary>
          <code>{connection.detail}</code>
        </details>
      ) : null}
      {summary && connection.state !== 'not-configured' ? (
        <p className="lml-muted">
          {t(
            fillLocalized(m.pollSummary, {
              watched: summary.watchedCount,
              atRisk: summary.atRiskCount,
              minutes: summary.pollIntervalMinutes,
              last: summary.lastPollAt ? when(summary.lastPollAt) : t(m.never),
            }),
          )}
        </p>
      ) : null}
    </div>
  );
}

function ShopsTable() {
  const { t } = useT();
  const shops = useOptionsStore((s) => s.shops);
  if (!shops.length) return null;
  return (
    <table className="lml-table">
      <caption>{t(m.shopsCaption)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(m.shopName)}</th>
          <th scope="col">{t(m.shopRegion)}</th>
          <th scope="col">{t(m.shopId)}</th>
          <th scope="col">{t(m.shopCipher)}</th>
        </tr>
      </thead>
      <tbody>
        {shops.map((shop) => (
          <tr key={`${shop.id}/${shop.cipher}`}>
            <td>{shop.name}</td>
            <td>{shop.region}</td>
            <td>{shop.id}</td>
            <td>
              <code>{shop.cipher}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TextField({
  field,
  label,
  hint,
  secret,
  draft,
  errorText,
  onChange,
}: {
  field: keyof ConnectDraft & string;
  label: string;
  hint?: string;
  secret?: boolean;
  draft: ConnectDraft;
  errorText?: string | undefined;
  onChange: (field: keyof ConnectDraft, value: string) => void;
}) {
  const id = `connect-${field}`;
  const describedBy = [hint ? `${id}-hint` : '', errorText ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="lml-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={field}
        type={secret ? 'password' : 'text'}
        autoComplete={secret ? 'new-password' : 'off'}
        spellCheck={false}
        value={String(draft[field])}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(field, e.target.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} className="lml-hint">
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} text={errorText} />
    </div>
  );
}

export function ConnectSection() {
  const { t } = useT();
  const draft = useOptionsStore((s) => s.connectDraft);
  const errors = useOptionsStore((s) => s.connectErrors);
  const connection = useOptionsStore((s) => s.connection);
  const status = useOptionsStore((s) => s.connectStatus);
  const busy = useOptionsStore((s) => s.connectBusy);
  const confirming = useOptionsStore((s) => s.confirmingDisconnect);

  const errorOf = (field: ConnectField) => {
    const error = errors.find((e) => e.field === field);
    if (!error) return undefined;
    return t(error.code === 'bad-region' ? m.errorRegion : m.errorRequired);
  };
  const change = (field: keyof ConnectDraft, value: string) =>
    patchOptions({ connectDraft: { ...draft, [field]: value }, connectStatus: null });
  const connected = connection !== null && connection.state !== 'not-configured';

  return (
    <OptionsSection id="connect" title={t(m.connectTitle)} intro={t(m.connectIntro)}>
      <ConnectionState connection={connection} />
      <form
        className="lml-form"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          void submitConnect();
        }}
      >
        <TextField field="appKey" label={t(m.appKey)} draft={draft} errorText={errorOf('appKey')} onChange={change} />
        <TextField
          field="appSecret"
          label={t(m.appSecret)}
          secret
          draft={draft}
          errorText={errorOf('appSecret')}
          onChange={change}
        />
        <fieldset className="lml-fieldset">
          <legend>{t(m.tokenModeLegend)}</legend>
          <label className="lml-inline">
            <input
              type="radio"
              name="token-mode"
              checked={draft.mode === 'tokens'}
              onChange={() => change('mode', 'tokens')}
            />{' '}
            {t(m.tokenModeTokens)}
          </label>
          <label className="lml-inline">
            <input
              type="radio"
              name="token-mode"
              checked={draft.mode === 'auth-code'}
              onChange={() => change('mode', 'auth-code')}
            />{' '}
            {t(m.tokenModeAuthCode)}
          </label>
          {draft.mode === 'tokens' ? (
            <>
              <TextField
                field="accessToken"
                label={t(m.accessToken)}
                secret
                draft={draft}
                errorText={errorOf('accessToken')}
                onChange={change}
              />
              <TextField
                field="refreshToken"
                label={t(m.refreshToken)}
                hint={t(m.refreshTokenHint)}
                secret
                draft={draft}
                onChange={change}
              />
            </>
          ) : (
            <TextField
              field="authCode"
              label={t(m.authCode)}
              hint={t(m.authCodeHint)}
              secret
              draft={draft}
              errorText={errorOf('authCode')}
              onChange={change}
            />
          )}
        </fieldset>
        <TextField
          field="shopCipher"
          label={t(m.shopCipherField)}
          hint={t(m.shopCipherHint)}
          draft={draft}
          onChange={change}
        />
        <div className="lml-field">
          <label htmlFor="connect-region">{t(m.region)}</label>
          <select
            id="connect-region"
            value={draft.region}
            aria-invalid={errorOf('region') ? true : undefined}
            aria-describedby={errorOf('region') ? 'connect-region-error' : undefined}
            onChange={(e) => change('region', e.target.value)}
          >
            <option value="">{t(m.regionAny)}</option>
            {REGION_CHOICES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          <FieldError id="connect-region-error" text={errorOf('region')} />
        </div>
        <p className="lml-hint">{t(m.secretsNote)}</p>
        <div className="lml-actions">
          <button type="submit" className="lml-primary" disabled={busy}>
            {t(m.saveAndTest)}
          </button>
          <button type="button" disabled={busy || !connected} onClick={() => void runConnectionTest()}>
            {t(m.testConnection)}
          </button>
          <ConfirmAction
            confirming={confirming}
            disabled={busy || !connected}
            label={t(m.disconnect)}
            question={t(m.disconnectQuestion)}
            confirmLabel={t(m.disconnectConfirm)}
            cancelLabel={t(m.cancel)}
            onAsk={() => patchOptions({ confirmingDisconnect: true })}
            onConfirm={() => void confirmDisconnect()}
            onCancel={() => patchOptions({ confirmingDisconnect: false })}
          />
        </div>
        <StatusLine status={status} testId="connect-status" />
      </form>
      <ShopsTable />
    </OptionsSection>
  );
}
