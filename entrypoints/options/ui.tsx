import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, Localized } from '@/lib/i18n';
import type { StatusMessage } from './store';

/** The page's locale and translator, provided once by App (one storage listener, not one per section). */
export const LocaleContext = createContext<{ locale: Locale; t: (text: Localized) => string }>({
  locale: 'en',
  t: (text) => text.en,
});

export function useT() {
  return useContext(LocaleContext);
}

/** An anchored section of the options page with its heading. */
export function OptionsSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="lml-section">
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro ? <p className="lml-intro">{intro}</p> : null}
      {children}
    </section>
  );
}

/** The outcome of the section's last action, announced to screen readers (role=status / alert). */
export function StatusLine({ status, testId }: { status: StatusMessage | null; testId?: string }) {
  const { t } = useT();
  return (
    <p
      role={status?.tone === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      className={`lml-status lml-status-${status?.tone ?? 'none'}`}
      data-testid={testId}
    >
      {status ? t(status.text) : ''}
    </p>
  );
}

/** A field's error text, linked to its input through `aria-describedby={id}`. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <span id={id} className="lml-field-error">
      {text}
    </span>
  );
}

/**
 * A destructive action that asks first, inline (no browser dialog): the first press shows the
 * question with "confirm" and "cancel"; focus moves to the cancel button so Escape/Enter stay safe.
 */
export function ConfirmAction({
  confirming,
  disabled,
  label,
  question,
  confirmLabel,
  cancelLabel,
  onAsk,
  onConfirm,
  onCancel,
}: {
  confirming: boolean;
  disabled?: boolean;
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (!confirming) {
    return (
      <button type="button" className="lml-danger" disabled={disabled} onClick={onAsk}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className="lml-confirm" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <span>{question}</span>
      <button type="button" className="lml-danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" autoFocus onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
