import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { popupMessages as m } from '@/lib/i18n/popup-messages';
import { formatDateTime } from '@/lib/units';
import type { ConnectionStatus, StatusState, TroubleshootingState } from './store';

export interface StatusStripProps {
  status: StatusState;
  troubleshooting: TroubleshootingState;
  locale: Locale;
  onOpenOptions: () => void;
  onOpenTroubleshooting: () => void;
}

/** The one-line state of the tracking poller, and whether the seller has something to do about it. */
export function describeStatus(data: ConnectionStatus, locale: Locale): { text: string; needsOptions: boolean } {
  const t = (text: Localized, values?: Record<string, string | number>) =>
    localize(values ? fillLocalized(text, values) : text, locale);
  const reason = data.connection.reason ? t(data.connection.reason) : t(m.statusErrorNoReason);
  switch (data.connection.state) {
    case 'not-configured':
      return { text: t(m.statusIdle), needsOptions: true };
    case 'reconnect-needed':
      return { text: t(m.statusReconnect, { reason }), needsOptions: true };
    case 'error':
      return { text: t(m.statusError, { reason }), needsOptions: true };
    case 'ok':
      return {
        text: t(m.statusOk, {
          shop: data.connection.shopName ? `: ${data.connection.shopName}` : '',
          lastPoll: data.lastPollAt !== null ? formatDateTime(data.lastPollAt, locale) : t(m.statusNeverPolled),
          watched: data.watchedCount,
          atRisk: data.atRiskCount,
        }),
        needsOptions: false,
      };
  }
}

/** Status strip: the poller's connection state, a way to fix it in Options, and the troubleshooting panel. */
export function StatusStrip({
  status,
  troubleshooting,
  locale,
  onOpenOptions,
  onOpenTroubleshooting,
}: StatusStripProps) {
  const t = (text: Localized, values?: Record<string, string | number>) =>
    localize(values ? fillLocalized(text, values) : text, locale);
  const described =
    status.status === 'ready'
      ? describeStatus(status.data, locale)
      : status.status === 'failed'
        ? { text: t(m.statusUnavailable, { code: status.code }), needsOptions: false }
        : { text: t(m.statusLoading), needsOptions: false };
  const state = status.status === 'ready' ? status.data.connection.state : status.status;
  return (
    <section className="lml-status" aria-label={t(m.statusLabel)} data-connection-state={state}>
      <p role="status" className="lml-status-text">
        {described.text}
      </p>
      <div className="lml-status-actions">
        {described.needsOptions ? (
          <button type="button" onClick={onOpenOptions}>
            {t(m.openOptions)}
          </button>
        ) : null}
        <button type="button" onClick={onOpenTroubleshooting}>
          {t(m.openTroubleshooting)}
        </button>
      </div>
      {troubleshooting.status !== 'idle' ? (
        <p role="alert" className="lml-error">
          {troubleshooting.status === 'failed'
            ? t(m.troubleshootingFailed, { code: troubleshooting.code })
            : t(m.troubleshootingNotOpened)}
        </p>
      ) : null}
    </section>
  );
}
