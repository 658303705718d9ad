import { useEffect, useState } from 'react';
import {
  fetchHubAlerts,
  hubConnectionSchema,
  hubConnectionSetting,
  HubError,
  type HubConnection,
} from '@/lib/background/hub-client';
import { fillLocalized } from '@/lib/i18n';
import { hubMessages as m } from '@/lib/i18n/hub-messages';
import type { StatusMessage } from './store';
import { OptionsSection, StatusLine, useT } from './ui';

/**
 * "Connect through a hub": the hub URL, its token and the shop id. Saving checks the hub answers with
 * this token before anything is stored.
 */
export function HubSection() {
  const { t } = useT();
  const [saved, setSaved] = useState<HubConnection | null>(null);
  const [draft, setDraft] = useState({ url: '', token: '', shopId: '' });
  const [status, setStatus] = useState<StatusMessage | null>(null);

  useEffect(() => {
    void hubConnectionSetting.getValue().then((value) => {
      setSaved(value);
      if (value) setDraft({ url: value.url, token: '', shopId: value.shopId });
    });
  }, []);

  const save = async () => {
    const parsed = hubConnectionSchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus({
        tone: 'error',
        text: fillLocalized(m.invalid, { detail: `${issue?.path.join('.')}: ${issue?.message}` }),
      });
      return;
    }
    const connection = parsed.data;
    // No host permission: the hub's read API answers any origin (CORS) and needs the bearer token.
    let open: number;
    try {
      open = (await fetchHubAlerts(connection, (url, init) => fetch(url, init))).length;
    } catch (error) {
      const refused = error instanceof HubError && error.kind === 'auth';
      setStatus({
        tone: 'error',
        text: refused
          ? m.tokenRefused
          : fillLocalized(m.failed, { detail: error instanceof Error ? error.message : '?' }),
      });
      return;
    }
    await hubConnectionSetting.setValue(connection);
    setSaved(connection);
    setDraft({ ...draft, token: '' });
    setStatus({ tone: 'ok', text: fillLocalized(m.connected, { url: connection.url, shop: connection.shopId, open }) });
  };

  const disconnect = async () => {
    await hubConnectionSetting.removeValue();
    setSaved(null);
    setStatus({ tone: 'ok', text: m.disconnected });
  };

  const field = (key: 'url' | 'token' | 'shopId', label: string, type = 'text') => (
    <label className="lml-field">
      <span>{label}</span>
      <input
        type={type}
        name={`hub-${key}`}
        autoComplete="off"
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <OptionsSection id="hub" title={t(m.title)} intro={t(m.intro)}>
      <p data-testid="hub-state">
        {saved ? t(fillLocalized(m.connectedTo, { url: saved.url, shop: saved.shopId })) : t(m.notConnected)}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {field('url', t(m.url), 'url')}
        {field('token', t(m.token), 'password')}
        {field('shopId', t(m.shopId))}
        <button type="submit">{t(m.save)}</button>{' '}
        {saved ? (
          <button type="button" onClick={() => void disconnect()}>
            {t(m.disconnect)}
          </button>
        ) : null}
      </form>
      <StatusLine status={status} testId="hub-status" />
    </OptionsSection>
  );
}
