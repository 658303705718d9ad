import { useMemo, useState } from 'react';
import { LabelBarcodeCanvas, type GreyBitmap } from '@/components/LabelBarcodeCanvas';
import { fillLocalized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import type { RulePack } from '@/lib/rules';
import type { PrinterSettings } from '@/lib/storage';
import { carrierLabel, LABEL_SIZE_NAMES } from './PrinterSection';
import { LABEL_SIZE_MM } from './printer-form';
import { effectivePack } from '@/lib/rules';
import { selectSamples } from './sample-waybills';
import { useOptionsStore } from './store';
import { useT } from './ui';
import { useLabelModule, type LabelModule } from './use-label-module';

interface LabelItem {
  key: string;
  carrierId: string | undefined;
  text: string;
  /** Format name for samples; undefined for the seller's own number. */
  format?: { en: string; zh: string };
}

type ScanResult = ReturnType<LabelModule['verifyScan']>;

/** Seed of the simulated print-and-scan: fixed so the figure on screen is reproducible. */
const SIMULATION_SEED = 1;

function ScanReport({ scan, expected }: { scan: ScanResult | null; expected: string }) {
  const { t } = useT();
  if (!scan) return <p role="status">{t(m.scanRunning)}</p>;
  const good = scan.read && scan.matches;
  return (
    <p role="status" className={good ? 'lml-good' : 'lml-bad'} data-testid={`scan-${expected}`}>
      <strong>
        {good
          ? t(fillLocalized(m.scanOk, { text: scan.text ?? '' }))
          : t(fillLocalized(m.scanFailed, { reason: scan.error ? t(scan.error) : t(m.scanUnknownFailure) }))}
      </strong>{' '}
      {t(fillLocalized(m.scanLines, { read: scan.linesRead, tried: scan.linesTried }))}
    </p>
  );
}

function TestLabel({
  item,
  label,
  printer,
  pack,
}: {
  item: LabelItem;
  label: LabelModule;
  printer: PrinterSettings;
  pack: RulePack;
}) {
  const { t } = useT();
  const size = LABEL_SIZE_MM[printer.labelSize];
  const rendered = useMemo(
    () =>
      label.renderLabelBarcode(item.text, {
        dpi: printer.dpi,
        labelWidthMm: size.widthMm,
        ...(item.carrierId ? { carrierId: item.carrierId } : {}),
      }),
    [label, item.text, item.carrierId, printer.dpi, size.widthMm],
  );
  const simulated = useMemo(
    () =>
      rendered.kind === 'bitmap'
        ? label.verifyScan(rendered, {
            expected: item.text,
            printModel: { ...label.REALISTIC_SCAN, dpi: printer.dpi, seed: SIMULATION_SEED },
          })
        : null,
    [label, rendered, item.text, printer.dpi],
  );
  const [scan, setScan] = useState<ScanResult | null>(null);
  const onPainted = (pixels: GreyBitmap) => setScan(label.verifyScan(pixels, { expected: item.text }));
  const name = item.carrierId ? t(carrierLabel(item.carrierId, pack)) : t(m.ownNumber);

  if (rendered.kind === 'invalid-input') {
    return (
      <article className="lml-test-label lml-no-print" aria-label={item.text}>
        <h3>{name}</h3>
        <p role="alert">
          {t(m.cannotRender)} {rendered.errors.map((e) => t(e)).join(' ')}
        </p>
      </article>
    );
  }
  const figures = rendered.check.figures;
  return (
    <article className="lml-test-label" aria-label={`${name} ${item.text}`}>
      <div className="lml-label-sheet" style={{ width: `${size.widthMm}mm`, height: `${size.heightMm}mm` }}>
        <p className="lml-label-banner">{t(m.testLabelBanner)}</p>
        <p className="lml-label-carrier">
          {name}
          {item.format ? ` · ${t(item.format)}` : ''}
        </p>
        <LabelBarcodeCanvas
          bitmap={rendered}
          widthMm={rendered.widthMm}
          heightMm={rendered.heightMm}
          label={t(fillLocalized(m.barcodeAlt, { text: item.text }))}
          onPainted={onPainted}
        />
        <p className="lml-label-number">{item.text}</p>
        <p className="lml-label-figures">
          {t(
            fillLocalized(m.labelFigures, {
              dpi: printer.dpi,
              dots: figures.dotsPerModule,
              mils: figures.xDimensionMils,
            }),
          )}
        </p>
      </div>
      <div className="lml-scan-report lml-no-print">
        <ScanReport scan={scan} expected={item.text} />
        {simulated ? (
          <p className="lml-muted">
            {t(
              fillLocalized(m.simulatedScan, {
                dpi: printer.dpi,
                percent: Math.round(simulated.readRate * 100),
                read: simulated.linesRead,
                tried: simulated.linesTried,
              }),
            )}
          </p>
        ) : null}
        <dl className="lml-figures">
          <dt>{t(m.colDotsPerModule)}</dt>
          <dd>{figures.dotsPerModule}</dd>
          <dt>{t(m.colXMils)}</dt>
          <dd>{figures.xDimensionMils}</dd>
          <dt>{t(m.colWidth)}</dt>
          <dd>
            {t(
              fillLocalized(m.widthWithQuietZones, {
                mm: figures.symbolWidthMm,
                inches: figures.symbolWidthIn,
                dots: figures.symbolWidthDots,
              }),
            )}
          </dd>
          <dt>{t(m.fitsLabel)}</dt>
          <dd>{t(fillLocalized(rendered.check.fits ? m.fitsYes : m.fitsNo, { usable: figures.usableWidthMm }))}</dd>
        </dl>
        <p className={rendered.check.verdict.code === 'ok' ? 'lml-good' : 'lml-bad'}>{t(rendered.check.verdict)}</p>
      </div>
    </article>
  );
}

export function TestLabelView() {
  const { t } = useT();
  const printer = useOptionsStore((s) => s.savedPrinter);
  const profile = useOptionsStore((s) => s.savedProfile);
  const storedOverride = useOptionsStore((s) => s.storedOverride);
  const pack = useMemo(() => effectivePack(storedOverride).pack, [storedOverride]);
  const { label, error } = useLabelModule(printer !== null);
  const [ownText, setOwnText] = useState('');
  const [ownCarrier, setOwnCarrier] = useState('');
  const [ownItems, setOwnItems] = useState<LabelItem[]>([]);

  if (!printer) {
    return (
      <main id="main" className="lml-page">
        <h1>{t(m.testLabelTitle)}</h1>
        <p role="alert">{t(m.testLabelNeedsPrinter)}</p>
        <a href="#printer">{t(m.backToSettings)}</a>
      </main>
    );
  }
  const { samples, withoutSample, showingAll } = selectSamples(profile.connectedCarriers);
  const items: LabelItem[] = [
    ...samples.map((s) => ({ key: `sample-${s.text}`, carrierId: s.carrierId, text: s.text, format: s.format })),
    ...ownItems,
  ];
  const size = LABEL_SIZE_MM[printer.labelSize];

  return (
    <main id="main" className="lml-page lml-test-label-page">
      {/* The printed page is exactly one label: the browser must not add margins or scale it. */}
      <style>{`@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0; }`}</style>
      <div className="lml-no-print">
        <p>
          <a href="#printer">{t(m.backToSettings)}</a>
        </p>
        <h1>{t(m.testLabelTitle)}</h1>
        <p>{t(fillLocalized(m.testLabelIntro, { dpi: printer.dpi, size: t(LABEL_SIZE_NAMES[printer.labelSize]) }))}</p>
        <ol className="lml-steps">
          <li>{t(m.stepHighQuality)}</li>
          <li>{t(m.stepActualSize)}</li>
          <li>{t(m.stepScanPaper)}</li>
        </ol>
        {showingAll ? <p className="lml-hint">{t(m.samplesAllNote)}</p> : null}
        {withoutSample.length ? (
          <p className="lml-hint">
            {t(
              fillLocalized(m.noSampleFor, {
                carriers: withoutSample.map((id) => t(carrierLabel(id, pack))).join(', '),
              }),
            )}
          </p>
        ) : null}
        <form
          className="lml-row lml-own-number"
          onSubmit={(e) => {
            e.preventDefault();
            const text = ownText.trim();
            if (!text) return;
            setOwnItems((list) => [
              ...list,
              { key: `own-${list.length}-${text}`, carrierId: ownCarrier || undefined, text },
            ]);
            setOwnText('');
          }}
        >
          <div className="lml-field">
            <label htmlFor="own-number">{t(m.ownNumberLabel)}</label>
            <input
              id="own-number"
              value={ownText}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setOwnText(e.target.value)}
            />
          </div>
          <div className="lml-field">
            <label htmlFor="own-carrier">{t(m.ownCarrierLabel)}</label>
            <select id="own-carrier" value={ownCarrier} onChange={(e) => setOwnCarrier(e.target.value)}>
              <option value="">{t(m.ownCarrierUnknown)}</option>
              {pack.carriers.map((c) => (
                <option key={c.id} value={c.id}>
                  {t(c.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="lml-actions">
            <button type="submit">{t(m.addOwnNumber)}</button>
          </div>
        </form>
        <div className="lml-actions">
          <button
            type="button"
            className="lml-primary"
            disabled={!label || items.length === 0}
            onClick={() => window.print()}
          >
            {t(m.printButton)}
          </button>
        </div>
        {error ? <p role="alert">{t(fillLocalized(m.labelModuleFailed, { detail: error }))}</p> : null}
        {!label && !error ? <p role="status">{t(m.labelModuleLoading)}</p> : null}
        {items.length === 0 ? <p role="status">{t(m.noLabelsYet)}</p> : null}
      </div>
      {label ? (
        <div className="lml-print-area">
          {items.map((item) => (
            <TestLabel key={item.key} item={item} label={label} printer={printer} pack={pack} />
          ))}
        </div>
      ) : null}
    </main>
  );
}
