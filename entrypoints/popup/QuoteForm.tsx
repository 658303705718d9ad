import type { FormEvent } from 'react';
import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { popupMessages as m } from '@/lib/i18n/popup-messages';
import type { RulePack } from '@/lib/rules';
import { POPUP_LENGTH_UNITS, POPUP_MARKETS, POPUP_WEIGHT_UNITS } from '@/lib/storage';
import type { LengthUnit, PopupMarket, WeightUnit } from './popup-inputs';
import type { InputField, InputProblem, InputProblemCode, QuoteForm as QuoteFormValues } from './quote-request';

type TextField = 'weight' | 'length' | 'width' | 'height' | 'postcode' | 'monthlyParcels';

export interface QuoteFormProps {
  form: QuoteFormValues;
  problems: InputProblem[];
  locale: Locale;
  onText: (field: TextField, value: string) => void;
  onPriority: (value: boolean) => void;
  onShipDate: (value: string) => void;
  /** The effective rule pack (market names); undefined until the context is read. */
  pack: RulePack | undefined;
  onMarket: (market: PopupMarket) => void;
  onWeightUnit: (unit: WeightUnit) => void;
  onLengthUnit: (unit: LengthUnit) => void;
  /** Enter in any field, or the button: quote now instead of waiting for the typing pause. */
  onSubmit: () => void;
}

const PROBLEM_TEXT: Record<InputProblemCode, Localized> = {
  'not-a-number': m.problemNotANumber,
  'too-small': m.problemTooSmall,
  'too-large': m.problemTooLarge,
  incomplete: m.problemIncomplete,
  'not-a-whole-number': m.problemNotAWholeNumber,
  'bad-date': m.problemBadDate,
  'too-long': m.problemTooLong,
};

const FIELD_NAME: Record<InputField, Localized> = {
  weight: m.weight,
  length: m.length,
  width: m.width,
  height: m.height,
  dimensions: m.dimensions,
  postcode: m.postcode,
  monthlyParcels: m.monthlyParcels,
  shipDate: m.shipDate,
};

const UNIT_NAME: Record<WeightUnit | LengthUnit, Localized> = {
  kg: m.unitKg,
  lb: m.unitLb,
  cm: m.unitCm,
  in: m.unitIn,
};

/** Seller-facing text of one input problem, e.g. "Weight: enter a number such as 0.4". */
export function describeProblem(problem: InputProblem, locale: Locale): string {
  return localize(
    fillLocalized(PROBLEM_TEXT[problem.code], { field: localize(FIELD_NAME[problem.field], locale) }),
    locale,
  );
}

function marketName(code: PopupMarket, pack: RulePack | undefined, locale: Locale): string {
  const market = pack?.markets.find((entry) => entry.code === code);
  return market ? `${localize(market.name, locale)} (${code})` : code;
}

/** The quick-quote form: every control has a visible label; problems sit next to their field. */
export function QuoteForm({
  form,
  problems,
  locale,
  onText,
  onPriority,
  onShipDate,
  pack,
  onMarket,
  onWeightUnit,
  onLengthUnit,
  onSubmit,
}: QuoteFormProps) {
  const t = (text: Localized) => localize(text, locale);
  const problemsOf = (...fields: InputField[]) => problems.filter((p) => fields.includes(p.field));
  const errorId = (field: InputField) => `lml-${field}-error`;
  const invalid = (field: InputField) =>
    problemsOf(field).length > 0 ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {};
  /** Points a side input at its own problem and at the size-as-a-whole problem, whichever exist. */
  const describedBy = (...fields: InputField[]) => {
    const ids = fields.filter((f) => problemsOf(f).length > 0).map(errorId);
    return ids.length > 0 ? { 'aria-invalid': true, 'aria-describedby': ids.join(' ') } : {};
  };
  const errorText = (field: InputField, ...alsoFields: InputField[]) => {
    const found = problemsOf(field, ...alsoFields);
    if (found.length === 0) return null;
    return (
      <p id={errorId(field)} className="lml-error">
        {found.map((p) => describeProblem(p, locale)).join(' ')}
      </p>
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="lml-form" aria-label={t(m.formLabel)} onSubmit={submit} noValidate>
      <div className="lml-row">
        <label htmlFor="lml-market">{t(m.market)}</label>
        <select id="lml-market" value={form.market} onChange={(e) => onMarket(e.target.value as PopupMarket)}>
          {POPUP_MARKETS.map((code) => (
            <option key={code} value={code}>
              {marketName(code, pack, locale)}
            </option>
          ))}
        </select>
      </div>

      <div className="lml-row">
        <label htmlFor="lml-weight">{t(m.weight)}</label>
        <span className="lml-with-unit">
          <input
            id="lml-weight"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={form.weight}
            onChange={(e) => onText('weight', e.target.value)}
            {...invalid('weight')}
          />
          <select
            aria-label={t(m.weightUnit)}
            value={form.weightUnit}
            onChange={(e) => onWeightUnit(e.target.value as WeightUnit)}
          >
            {POPUP_WEIGHT_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(UNIT_NAME[unit])}
              </option>
            ))}
          </select>
        </span>
        {errorText('weight')}
      </div>

      <fieldset className="lml-dimensions" aria-describedby="lml-dimensions-hint">
        <legend>{t(m.dimensions)}</legend>
        <span id="lml-dimensions-hint" className="lml-hint">
          {t(m.dimensionsOptional)}
        </span>
        <span className="lml-sides">
          {(['length', 'width', 'height'] as const).map((side) => (
            <span key={side} className="lml-side">
              <label htmlFor={`lml-${side}`}>{t(m[side])}</label>
              <input
                id={`lml-${side}`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={form[side]}
                onChange={(e) => onText(side, e.target.value)}
                {...describedBy(side, 'dimensions')}
              />
            </span>
          ))}
          <select
            aria-label={t(m.lengthUnit)}
            value={form.lengthUnit}
            onChange={(e) => onLengthUnit(e.target.value as LengthUnit)}
          >
            {POPUP_LENGTH_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(UNIT_NAME[unit])}
              </option>
            ))}
          </select>
        </span>
        {errorText('length')}
        {errorText('width')}
        {errorText('height')}
        {errorText('dimensions')}
      </fieldset>

      <div className="lml-row">
        <label htmlFor="lml-postcode">{t(m.postcode)}</label>
        <input
          id="lml-postcode"
          type="text"
          autoComplete="postal-code"
          maxLength={16}
          value={form.postcode}
          onChange={(e) => onText('postcode', e.target.value)}
          aria-describedby={
            problemsOf('postcode').length > 0 ? `${errorId('postcode')} lml-postcode-hint` : 'lml-postcode-hint'
          }
          {...(problemsOf('postcode').length > 0 ? { 'aria-invalid': true } : {})}
        />
        <span id="lml-postcode-hint" className="lml-hint">
          {t(m.postcodeHint)}
        </span>
        {errorText('postcode')}
      </div>

      <div className="lml-row">
        <label htmlFor="lml-monthly">{t(m.monthlyParcels)}</label>
        <input
          id="lml-monthly"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={form.monthlyParcels}
          onChange={(e) => onText('monthlyParcels', e.target.value)}
          aria-describedby={
            problemsOf('monthlyParcels').length > 0
              ? `${errorId('monthlyParcels')} lml-monthly-hint`
              : 'lml-monthly-hint'
          }
          {...(problemsOf('monthlyParcels').length > 0 ? { 'aria-invalid': true } : {})}
        />
        <span id="lml-monthly-hint" className="lml-hint">
          {t(m.monthlyParcelsHint)}
        </span>
        {errorText('monthlyParcels')}
      </div>

      <div className="lml-row">
        <label htmlFor="lml-ship-date">{t(m.shipDate)}</label>
        <input
          id="lml-ship-date"
          type="date"
          value={form.shipDate}
          onChange={(e) => onShipDate(e.target.value)}
          aria-describedby={
            problemsOf('shipDate').length > 0 ? `${errorId('shipDate')} lml-ship-date-hint` : 'lml-ship-date-hint'
          }
          {...(problemsOf('shipDate').length > 0 ? { 'aria-invalid': true } : {})}
        />
        <span id="lml-ship-date-hint" className="lml-hint">
          {t(m.shipDateHint)}
        </span>
        {errorText('shipDate')}
      </div>

      <div className="lml-row lml-check">
        <input
          id="lml-priority"
          type="checkbox"
          checked={form.priority}
          onChange={(e) => onPriority(e.target.checked)}
        />
        <label htmlFor="lml-priority">{t(m.priority)}</label>
      </div>

      <button type="submit" className="lml-primary">
        {t(m.submit)}
      </button>
    </form>
  );
}
