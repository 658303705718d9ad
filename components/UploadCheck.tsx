import { useCallback, useEffect, useId, useState, type CSSProperties, type DragEvent } from 'react';
import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { uploadMessages as t } from '@/lib/i18n/upload-messages';
import type { UploadCheckView, UploadProgressPhase } from '@/lib/messaging/upload-channel';
import { checkFileInBackground, type RemoteCheckOptions, type RemoteUploadCheck } from '@/lib/messaging/upload-client';

export interface UploadSummaryProps {
  view: UploadCheckView;
  /** Blob URL of the corrected copy, when there is one. */
  downloadUrl?: string;
  locale: Locale;
}

const box: CSSProperties = { border: '1px solid #d1d5db', borderRadius: 6, padding: '8px 12px', margin: '8px 0' };
const toneColor: Record<UploadCheckView['tone'], string> = { ok: '#1f5f2c', warning: '#7a4a00', error: '#9f1c14' };

/** The summary of one checked template: counts, problems by kind with row numbers, download, rows for a person. */
export function UploadSummary({ view, downloadUrl, locale }: UploadSummaryProps) {
  const L = (text: Localized) => localize(text, locale);
  return (
    <section style={box} aria-label={L(t.summaryTitle)} data-tone={view.tone}>
      <p role="status" style={{ margin: 0, fontWeight: 600, color: toneColor[view.tone] }}>
        {view.tone === 'ok' ? '✓ ' : '⚠ '}
        {L(view.headline)}
      </p>
      <p style={{ margin: '2px 0' }}>{L(view.location)}</p>
      {view.classes.length > 0 && (
        <table>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>{L(t.summaryByClass)}</caption>
          <tbody>
            {view.classes.map((c) => (
              <tr key={c.code} data-code={c.code}>
                <th scope="row" style={{ textAlign: 'left', paddingRight: 8 }}>
                  {L(c.title)}
                </th>
                <td>
                  {L(c.rowsText)}
                  {c.fixedInCopy ? ` — ${L(t.summaryCertain)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.download && downloadUrl && (
        <p>
          <a href={downloadUrl} download={view.download.name}>
            {L(view.download.label)}
          </a>
          <br />
          <small>{L(view.download.note)}</small>
        </p>
      )}
      {view.copyProblem && <p>{L(view.copyProblem)}</p>}
      {view.needsHuman.length > 0 && (
        <details open>
          <summary>{L(fillLocalized(t.summaryNeedsHuman, { count: view.needsHumanTotal }))}</summary>
          <ul aria-label={L(t.summaryNeedsHumanList)}>
            {view.needsHuman.map((r) => (
              <li key={r.row} data-row={r.row}>
                {L(r.text)}
              </li>
            ))}
          </ul>
          {view.moreNeedsHuman && <p>{L(view.moreNeedsHuman)}</p>}
        </details>
      )}
      {view.notes && <p>{L(view.notes)}</p>}
      {view.tone !== 'ok' && <p>{L(t.summaryRevision)}</p>}
    </section>
  );
}

type CheckState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; phase?: UploadProgressPhase; percent: number }
  | { kind: 'error'; text: Localized }
  | { kind: 'done'; view: UploadCheckView; url?: string };

const PROGRESS_TEXTS: Record<UploadProgressPhase, Localized> = {
  receiving: t.progressReceiving,
  reading: t.progressReading,
  checking: t.progressChecking,
  copying: t.progressCopying,
};

export interface UploadCheckProps {
  locale: Locale;
  /** Market code of the shop (ranks carrier detection). */
  market?: string;
  /** The check to run: in the background (`checkFileInBackground`) unless a test passes another. */
  check?: (file: File, opts: RemoteCheckOptions) => Promise<RemoteUploadCheck>;
}

/**
 * A drop zone (and file picker) for a tracking upload template: the background checks the file (the
 * same path as the in-page check, off this page's thread) while progress shows here, then the
 * summary with the corrected copy to download. For the options page.
 */
export function UploadCheck({ locale, market, check = checkFileInBackground }: UploadCheckProps) {
  const inputId = useId();
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const L = (text: Localized) => localize(text, locale);

  const url = state.kind === 'done' ? state.url : undefined;
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const checkFile = useCallback(
    async (file: File) => {
      setState({ kind: 'reading', name: file.name, percent: 0 });
      try {
        const outcome = await check(file, {
          ...(market ? { market } : {}),
          onProgress: (phase, fraction) =>
            setState((s) => (s.kind === 'reading' ? { ...s, phase, percent: Math.floor(fraction * 100) } : s)),
        });
        if (!outcome.ok) return setState({ kind: 'error', text: outcome.text });
        const { view } = outcome;
        const copyUrl = outcome.copy
          ? URL.createObjectURL(new Blob([outcome.copy.bytes as BlobPart], { type: outcome.copy.mimeType }))
          : undefined;
        setState({ kind: 'done', view, ...(copyUrl ? { url: copyUrl } : {}) });
      } catch (error) {
        setState({
          kind: 'error',
          text: fillLocalized(t.dropFailed, { detail: error instanceof Error ? error.message : String(error) }),
        });
      }
    },
    [check, market],
  );

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void checkFile(file);
  };

  return (
    <div className="upload-check">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ ...box, borderStyle: 'dashed', background: dragging ? '#eff6ff' : undefined }}
        data-dragging={dragging || undefined}
      >
        <p style={{ margin: '0 0 6px' }}>{L(t.dropLabel)}</p>
        <label htmlFor={inputId} style={{ marginRight: 8 }}>
          {L(state.kind === 'idle' ? t.dropChoose : t.dropAgain)}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.csv,.xls,.txt"
          aria-label={L(t.dropInputLabel)}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void checkFile(file);
          }}
        />
      </div>
      {state.kind === 'reading' && (
        <p role="status">
          {L(
            fillLocalized(state.phase ? PROGRESS_TEXTS[state.phase] : t.summaryReading, {
              name: state.name,
              percent: state.percent,
            }),
          )}
          <br />
          <progress max={100} value={state.percent} aria-label={L(t.summaryTitle)} />
        </p>
      )}
      {state.kind === 'error' && (
        <p role="status" style={{ color: toneColor.error }}>
          {L(state.text)}
        </p>
      )}
      {state.kind === 'done' && <UploadSummary view={state.view} downloadUrl={state.url} locale={locale} />}
    </div>
  );
}
