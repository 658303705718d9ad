import { useMemo } from 'react';
import { CARRIER_ALIASES, isCarrierId } from '@/lib/carriers';
import { fillLocalized, type Localized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import type { RulePack } from '@/lib/rules';
import { optionsActions } from './actions';
import {
  COMMON_DPIS,
  LABEL_SIZE_MM,
  printerFromDraft,
  type DpiChoice,
  type LabelSizeSetting,
  type PrinterErrorCode,
} from './printer-form';
import { effectivePack } from '@/lib/rules';
import { selectSamples, type SampleWaybill } from './sample-waybills';
import { patchOptions, useOptionsStore } from './store';
import { FieldError, OptionsSection, StatusLine, useT } from './ui';
import { useLabelModule, type LabelModule } from './use-label-module';

const { savePrinter } = optionsActions;

const PRINTER_ERRORS: Record<PrinterErrorCode, Localized> = {
  'dpi-missing': m.errorDpiMissing,
  'dpi-not-a-number': m.errorNumber,
  'dpi-not-positive': m.errorPositive,
  'dpi-too-large': m.errorDpiTooLarge,
};

export const LABEL_SIZE_NAMES: Record<LabelSizeSetting, Localized> = {
  '4x6': m.label4x6,
  '100x150': m.label100x150,
  A6: m.labelA6,
};

/** A carrier's name in the UI language: the rule pack's, else the first alias of lib/carriers. */
export function carrierLabel(id: string, pack: RulePack): Localized {
  const carrier = pack.carriers.find((c) => c.id === id);
  if (carrier) return carrier.name;
  const alias = isCarrierId(id) ? CARRIER_ALIASES[id][0] : undefined;
  return { en: alias ?? id, zh: alias ?? id };
}

function CheckRow({
  sample,
  label,
  dpi,
  labelWidthMm,
  pack,
}: {
  sample: SampleWaybill;
  label: LabelModule;
  dpi: number;
  labelWidthMm: number;
  pack: RulePack;
}) {
  const { t } = useT();
  const check = label.printCheck({ text: sample.text, dpi, labelWidthMm, carrierId: sample.carrierId });
  const name = t(carrierLabel(sample.carrierId, pack));
  if (check.kind === 'invalid-input') {
    return (
      <tr>
        <th scope="row">{name}</th>
        <td>
          <code>{sample.text}</code>
        </td>
        <td colSpan={4}>{t(check.verdict)}</td>
      </tr>
    );
  }
  const good = check.verdict.code === 'ok';
  return (
    <tr data-testid={`print-check-${sample.text}`}>
      <th scope="row">
        {name}
        <br />
        <span className="lml-muted">{t(sample.format)}</span>
      </th>
      <td>
        <code>{sample.text}</code>
      </td>
      <td>{check.figures.dotsPerModule}</td>
      <td>{check.figures.xDimensionMils}</td>
      <td>{t(fillLocalized(check.fits ? m.widthFits : m.widthDoesNotFit, { mm: check.figures.symbolWidthMm }))}</td>
      <td className={good ? 'lml-good' : 'lml-bad'}>
        {good ? null : <strong>{t(m.verdictProblem)} </strong>}
        {t(check.verdict)}
      </td>
    </tr>
  );
}

export function PrintCheckTable({
  dpi,
  labelSize,
  connectedCarriers,
  pack,
}: {
  dpi: number;
  labelSize: LabelSizeSetting;
  connectedCarriers: string[];
  pack: RulePack;
}) {
  const { t } = useT();
  const { label, error } = useLabelModule();
  const { samples, withoutSample, showingAll } = selectSamples(connectedCarriers);
  if (error) return <p role="alert">{t(fillLocalized(m.labelModuleFailed, { detail: error }))}</p>;
  if (!label) return <p className="lml-muted">{t(m.labelModuleLoading)}</p>;
  return (
    <>
      {showingAll ? <p className="lml-hint">{t(m.samplesAllNote)}</p> : null}
      {samples.length ? (
        <table className="lml-table" data-testid="print-check-table">
          <caption>{t(fillLocalized(m.printCheckCaption, { dpi, size: t(LABEL_SIZE_NAMES[labelSize]) }))}</caption>
          <thead>
            <tr>
              <th scope="col">{t(m.colCarrier)}</th>
              <th scope="col">{t(m.colSample)}</th>
              <th scope="col">{t(m.colDotsPerModule)}</th>
              <th scope="col">{t(m.colXMils)}</th>
              <th scope="col">{t(m.colWidth)}</th>
              <th scope="col">{t(m.colVerdict)}</th>
            </tr>
          </thead>
          <tbody>
            {samples.map((sample) => (
              <CheckRow
                key={sample.text}
                sample={sample}
                label={label}
                dpi={dpi}
                labelWidthMm={LABEL_SIZE_MM[labelSize].widthMm}
                pack={pack}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {withoutSample.length ? (
        <p className="lml-hint">
          {t(
            fillLocalized(m.noSampleFor, { carriers: withoutSample.map((id) => t(carrierLabel(id, pack))).join(', ') }),
          )}
        </p>
      ) : null}
    </>
  );
}

export function PrinterSection() {
  const { t } = useT();
  const draft = useOptionsStore((s) => s.printerDraft);
  const errors = useOptionsStore((s) => s.printerErrors);
  const status = useOptionsStore((s) => s.printerStatus);
  const profile = useOptionsStore((s) => s.savedProfile);
  const storedOverride = useOptionsStore((s) => s.storedOverride);
  const pack = useMemo(() => effectivePack(storedOverride).pack, [storedOverride]);
  const built = printerFromDraft(draft);
  const change = (patch: Partial<typeof draft>) =>
    patchOptions({ printerDraft: { ...draft, ...patch }, printerStatus: null, printerErrors: [] });
  const dpiError = errors[0] ? t(PRINTER_ERRORS[errors[0]]) : undefined;

  return (
    <OptionsSection id="printer" title={t(m.printerTitle)} intro={t(m.printerIntro)}>
      <form
        className="lml-form"
        onSubmit={(e) => {
          e.preventDefault();
          void savePrinter();
        }}
      >
        <fieldset className="lml-fieldset" aria-describedby={dpiError ? 'printer-dpi-error' : undefined}>
          <legend>{t(m.resolution)}</legend>
          {COMMON_DPIS.map((dpi) => (
            <label key={dpi} className="lml-inline">
              <input
                type="radio"
                name="printer-dpi"
                checked={draft.dpiChoice === String(dpi)}
                onChange={() => change({ dpiChoice: String(dpi) as DpiChoice })}
              />{' '}
              {t(fillLocalized(m.dpiValue, { dpi }))}
            </label>
          ))}
          <label className="lml-inline">
            <input
              type="radio"
              name="printer-dpi"
              checked={draft.dpiChoice === 'custom'}
              onChange={() => change({ dpiChoice: 'custom' })}
            />{' '}
            {t(m.dpiCustom)}
          </label>
          {draft.dpiChoice === 'custom' ? (
            <div className="lml-field">
              <label htmlFor="printer-custom-dpi">{t(m.dpiCustomLabel)}</label>
              <input
                id="printer-custom-dpi"
                inputMode="decimal"
                value={draft.customDpi}
                aria-invalid={dpiError ? true : undefined}
                aria-describedby={dpiError ? 'printer-dpi-error' : undefined}
                onChange={(e) => change({ customDpi: e.target.value })}
              />
            </div>
          ) : null}
          <FieldError id="printer-dpi-error" text={dpiError} />
        </fieldset>
        <fieldset className="lml-fieldset">
          <legend>{t(m.labelSize)}</legend>
          {(Object.keys(LABEL_SIZE_NAMES) as LabelSizeSetting[]).map((size) => (
            <label key={size} className="lml-inline">
              <input
                type="radio"
                name="printer-label-size"
                checked={draft.labelSize === size}
                onChange={() => change({ labelSize: size })}
              />{' '}
              {t(LABEL_SIZE_NAMES[size])}
            </label>
          ))}
        </fieldset>
        <div className="lml-actions">
          <button type="submit" className="lml-primary">
            {t(m.savePrinter)}
          </button>
          <button
            type="button"
            disabled={!built.ok}
            onClick={() =>
              void savePrinter().then(() => {
                if (useOptionsStore.getState().printerErrors.length === 0) window.location.hash = '#test-label';
              })
            }
          >
            {t(m.openTestLabel)}
          </button>
        </div>
        <StatusLine status={status} testId="printer-status" />
      </form>
      <h3>{t(m.printCheckTitle)}</h3>
      {built.ok ? (
        <PrintCheckTable
          dpi={built.printer.dpi}
          labelSize={built.printer.labelSize}
          connectedCarriers={profile.connectedCarriers}
          pack={pack}
        />
      ) : (
        <p className="lml-muted">{t(m.printCheckNeedsDpi)}</p>
      )}
    </OptionsSection>
  );
}
