import { browser } from 'wxt/browser';
import { useMemo, useState } from 'react';
import { fillLocalized, type Localized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { optionsActions } from './actions';
import { effectivePack } from '@/lib/rules';
import { formatImportError, type PackChange } from './rule-import';
import { patchOptions, useOptionsStore } from './store';
import { ConfirmAction, OptionsSection, StatusLine, useT } from './ui';

const {
  applyImport,
  cancelImport,
  downloadTemplate,
  exportEffectivePack,
  exportOverride,
  importRulesFile,
  resetRules,
} = optionsActions;

/** The rate-card templates shipped in public/rate-cards (tests import each and quote its worked example). */
const TEMPLATES = [
  { path: '/rate-cards/line-card-template.csv', label: m.templateLineCard },
  { path: '/rate-cards/zone-card-template.csv', label: m.templateZoneCard },
  { path: '/rate-cards/size-card-template.csv', label: m.templateSizeCard },
  { path: '/rate-cards/zone-matrix-template.csv', label: m.templateZoneMatrix },
] as const;

function RateCardTemplates() {
  const { t } = useT();
  return (
    <div data-testid="rate-card-templates">
      <p>{t(m.templatesIntro)}</p>
      <ul>
        {TEMPLATES.map(({ path, label }) => (
          <li key={path}>
            <a href={browser.runtime.getURL(path)} download={`lastmile-lens-${path.split('/').pop()!}`}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const CHANGE_KINDS: Record<PackChange['kind'], Localized> = {
  'fee-table-added': m.changeFeeTableAdded,
  'fee-table-changed': m.changeFeeTableChanged,
  'carrier-added': m.changeCarrierAdded,
  'carrier-markets-added': m.changeCarrierMarkets,
  'market-changed': m.changeMarket,
  'postcode-set-added': m.changePostcodeSetAdded,
  'postcode-set-changed': m.changePostcodeSetChanged,
  'pack-changed': m.changePack,
};

function ImportOutcome() {
  const { t } = useT();
  const state = useOptionsStore((s) => s.importState);
  if (state.kind === 'idle') return null;
  if (state.kind === 'reading')
    return <p role="status">{t(fillLocalized(m.importReading, { file: state.fileName }))}</p>;
  if (state.kind === 'errors') {
    return (
      <div className="lml-import-errors" role="alert" data-testid="import-errors">
        <p>
          <strong>{t(fillLocalized(m.importRefused, { file: state.fileName, count: state.errors.length }))}</strong>
        </p>
        <ol>
          {state.errors.map((error, i) => (
            <li key={i}>{t(formatImportError(error))}</li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <div className="lml-import-preview" data-testid="import-preview">
      <p role="status">
        <strong>
          {t(
            fillLocalized(state.rows !== undefined ? m.importPreviewRows : m.importPreview, {
              file: state.fileName,
              rows: state.rows ?? 0,
            }),
          )}
        </strong>
      </p>
      {state.changes.length === 0 ? (
        <p>{t(m.importNoChanges)}</p>
      ) : (
        <ul>
          {state.changes.map((change, i) => (
            <li key={i}>
              {t(CHANGE_KINDS[change.kind])} <strong>{t(change.subject)}</strong>
              {change.details.length ? (
                <ul>
                  {change.details.map((detail, j) => (
                    <li key={j}>{t(detail)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className="lml-actions">
        <button type="button" className="lml-primary" onClick={() => void applyImport()}>
          {t(m.importApply)}
        </button>
        <button type="button" onClick={cancelImport}>
          {t(m.cancel)}
        </button>
      </div>
    </div>
  );
}

export function RulesSection() {
  const { t } = useT();
  const storedOverride = useOptionsStore((s) => s.storedOverride);
  const status = useOptionsStore((s) => s.rulesStatus);
  const confirming = useOptionsStore((s) => s.confirmingReset);
  const effective = useMemo(() => effectivePack(storedOverride), [storedOverride]);
  const [dragging, setDragging] = useState(false);
  const tables = effective.override?.feeTables?.length ?? 0;

  const takeFile = (file: File | undefined) => {
    if (file) void importRulesFile(file);
  };

  return (
    <OptionsSection id="rules" title={t(m.rulesTitle)} intro={t(m.rulesIntro)}>
      <p data-testid="rules-state">
        {effective.override
          ? t(fillLocalized(m.rulesWithOverride, { version: effective.pack.version, tables }))
          : t(fillLocalized(m.rulesDefault, { version: effective.pack.version, from: effective.pack.effectiveFrom }))}
      </p>
      {effective.overrideErrors.length ? (
        <div role="alert" className="lml-import-errors">
          <p>{t(m.storedOverrideBroken)}</p>
          <ol>
            {effective.overrideErrors.map((error, i) => (
              <li key={i}>
                {t(formatImportError({ ...(error.path ? { path: error.path } : {}), message: error.message }))}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      <div
        className={`lml-dropzone${dragging ? ' lml-dropzone-active' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          takeFile(e.dataTransfer.files[0]);
        }}
      >
        <label htmlFor="rules-file">{t(m.importLabel)}</label>
        <input
          id="rules-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="rules-file-hint"
          onChange={(e) => {
            takeFile(e.target.files?.[0]);
            // Choosing the same file again (after fixing it) must fire change again.
            e.target.value = '';
          }}
        />
        <span id="rules-file-hint" className="lml-hint">
          {t(m.importHint)}
        </span>
      </div>
      <ImportOutcome />

      <div className="lml-actions">
        <button type="button" onClick={downloadTemplate}>
          {t(m.downloadTemplate)}
        </button>
        <button type="button" onClick={exportEffectivePack}>
          {t(m.exportPack)}
        </button>
        <button type="button" onClick={exportOverride} disabled={!effective.override}>
          {t(m.exportOverride)}
        </button>
        <ConfirmAction
          confirming={confirming}
          disabled={storedOverride === null || storedOverride === undefined}
          label={t(m.resetRules)}
          question={t(m.resetQuestion)}
          confirmLabel={t(m.resetConfirm)}
          cancelLabel={t(m.cancel)}
          onAsk={() => patchOptions({ confirmingReset: true })}
          onConfirm={() => void resetRules()}
          onCancel={() => patchOptions({ confirmingReset: false })}
        />
      </div>
      <RateCardTemplates />
      <StatusLine status={status} testId="rules-status" />
    </OptionsSection>
  );
}
