import { useMemo } from 'react';
import { MARKET_CODES, type Market } from '@/lib/carriers';
import { fillLocalized, type Localized } from '@/lib/i18n';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import type { RulePack } from '@/lib/rules';
import { optionsActions } from './actions';
import { toggleCarrier, type ProfileErrorCode, type ProfileField } from './profile-form';
import { effectivePack } from '@/lib/rules';
import { useOptionsStore } from './store';
import { FieldError, OptionsSection, StatusLine, useT } from './ui';
import { lengthUnitFor, weightUnitFor } from '@/lib/units';
import { unitSystemOf } from '@/lib/context';

const { saveProfile, updateProfileDraft } = optionsActions;

const PROFILE_ERRORS: Record<ProfileErrorCode, Localized> = {
  'not-whole-number': m.errorWholeNumber,
  'not-a-number': m.errorNumber,
  'not-positive': m.errorPositive,
  'incomplete-dimensions': m.errorAllSides,
  'weight-needed-for-size': m.errorWeightForSize,
};

const UNIT_NAMES = { kg: m.unitKg, lb: m.unitLb, cm: m.unitCm, in: m.unitIn } as const;
const SIDE_LABELS = { length: m.sideLength, width: m.sideWidth, height: m.sideHeight } as const;

/** Market names: the rule pack's where it has the market, else the browser's region names. */
export function marketName(code: Market, pack: RulePack, locale: 'en' | 'zh'): string {
  const named = pack.markets.find((mk) => mk.code === code)?.name;
  if (named) return named[locale];
  try {
    return new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function ProfileSection() {
  const { t, locale } = useT();
  const draft = useOptionsStore((s) => s.profileDraft);
  const errors = useOptionsStore((s) => s.profileErrors);
  const status = useOptionsStore((s) => s.profileStatus);
  const storedOverride = useOptionsStore((s) => s.storedOverride);
  const pack = useMemo(() => effectivePack(storedOverride).pack, [storedOverride]);
  const system = unitSystemOf(pack, draft.market || undefined);
  const weightUnit = weightUnitFor(system);
  const lengthUnit = lengthUnitFor(system);
  const unitText = (unit: keyof typeof UNIT_NAMES) => t(UNIT_NAMES[unit]);

  const errorOf = (field: ProfileField) => {
    const error = errors.find((e) => e.field === field);
    return error ? t(PROFILE_ERRORS[error.code]) : undefined;
  };
  const inputProps = (field: 'dailyOrders' | 'monthlyParcels' | 'weight' | 'length' | 'width' | 'height') => ({
    id: `profile-${field}`,
    value: draft[field],
    inputMode: (field === 'dailyOrders' || field === 'monthlyParcels' ? 'numeric' : 'decimal') as 'numeric' | 'decimal',
    'aria-invalid':
      errorOf(field) ||
      (field !== 'weight' && field !== 'dailyOrders' && field !== 'monthlyParcels' && errorOf('dimensions'))
        ? true
        : undefined,
    'aria-describedby':
      [
        errorOf(field) ? `profile-${field}-error` : '',
        ['length', 'width', 'height'].includes(field) && errorOf('dimensions') ? 'profile-dimensions-error' : '',
      ]
        .filter(Boolean)
        .join(' ') || undefined,
    onChange: (e: { target: { value: string } }) => updateProfileDraft({ ...draft, [field]: e.target.value }),
  });
  const knownCarrierIds = new Set(pack.carriers.map((c) => c.id as string));
  const extraCarriers = draft.connectedCarriers.filter((id) => !knownCarrierIds.has(id));
  const daily = Number(draft.dailyOrders);
  const belowGuidance = pack.sellerGuidance?.notRecommendedBelowDailyOrders;

  return (
    <OptionsSection id="profile" title={t(m.profileTitle)} intro={t(m.profileIntro)}>
      <form
        className="lml-form"
        onSubmit={(e) => {
          e.preventDefault();
          void saveProfile();
        }}
      >
        <div className="lml-field">
          <label htmlFor="profile-market">{t(m.market)}</label>
          <select
            id="profile-market"
            value={draft.market}
            onChange={(e) => updateProfileDraft({ ...draft, market: e.target.value as Market | '' })}
          >
            <option value="">{t(m.marketUnset)}</option>
            {MARKET_CODES.map((code) => (
              <option key={code} value={code}>
                {`${marketName(code, pack, locale)} (${code})`}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="lml-fieldset">
          <legend>{t(m.businessType)}</legend>
          <label className="lml-inline">
            <input
              type="radio"
              name="business-type"
              checked={draft.businessType === 'company'}
              onChange={() => updateProfileDraft({ ...draft, businessType: 'company' })}
            />{' '}
            {t(m.businessCompany)}
          </label>
          <label className="lml-inline">
            <input
              type="radio"
              name="business-type"
              checked={draft.businessType === 'individual'}
              onChange={() => updateProfileDraft({ ...draft, businessType: 'individual' })}
            />{' '}
            {t(m.businessIndividual)}
          </label>
          {draft.businessType === 'individual' ? (
            <p className="lml-note" role="note">
              {t(m.individualIsvNote)}
            </p>
          ) : null}
        </fieldset>

        <div className="lml-row">
          <div className="lml-field">
            <label htmlFor="profile-dailyOrders">{t(m.dailyOrders)}</label>
            <input {...inputProps('dailyOrders')} />
            <FieldError id="profile-dailyOrders-error" text={errorOf('dailyOrders')} />
          </div>
          <div className="lml-field">
            <label htmlFor="profile-monthlyParcels">{t(m.monthlyParcels)}</label>
            <input {...inputProps('monthlyParcels')} />
            <FieldError id="profile-monthlyParcels-error" text={errorOf('monthlyParcels')} />
          </div>
        </div>
        {belowGuidance && draft.dailyOrders.trim() !== '' && Number.isFinite(daily) && daily < belowGuidance.value ? (
          <p className="lml-note" role="note">
            {t(fillLocalized(m.lowVolumeNote, { min: belowGuidance.value, source: belowGuidance.source }))}
          </p>
        ) : null}

        <fieldset className="lml-fieldset">
          <legend>{t(m.connectedCarriers)}</legend>
          <p className="lml-hint">{t(m.connectedCarriersHint)}</p>
          <div className="lml-checkgrid">
            {pack.carriers.map((carrier) => (
              <label key={carrier.id} className="lml-inline">
                <input
                  type="checkbox"
                  checked={draft.connectedCarriers.includes(carrier.id)}
                  onChange={(e) => updateProfileDraft(toggleCarrier(draft, carrier.id, e.target.checked))}
                />{' '}
                {t(carrier.name)}
              </label>
            ))}
            {extraCarriers.map((id) => (
              <label key={id} className="lml-inline">
                <input
                  type="checkbox"
                  checked
                  onChange={(e) => updateProfileDraft(toggleCarrier(draft, id, e.target.checked))}
                />{' '}
                {id}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="lml-fieldset">
          <legend>{t(m.defaultParcel)}</legend>
          <p className="lml-hint">{t(m.defaultParcelHint)}</p>
          <div className="lml-field">
            <label htmlFor="profile-weight">{t(fillLocalized(m.weightIn, { unit: unitText(weightUnit) }))}</label>
            <input {...inputProps('weight')} />
            <FieldError id="profile-weight-error" text={errorOf('weight')} />
          </div>
          <div className="lml-row">
            {(['length', 'width', 'height'] as const).map((side) => (
              <div className="lml-field" key={side}>
                <label htmlFor={`profile-${side}`}>
                  {t(fillLocalized(SIDE_LABELS[side], { unit: unitText(lengthUnit) }))}
                </label>
                <input {...inputProps(side)} />
                <FieldError id={`profile-${side}-error`} text={errorOf(side)} />
              </div>
            ))}
          </div>
          <FieldError id="profile-dimensions-error" text={errorOf('dimensions')} />
          <p className="lml-hint">{t(system === 'imperial' ? m.unitsImperialNote : m.unitsMetricNote)}</p>
        </fieldset>

        <div className="lml-actions">
          <button type="submit" className="lml-primary">
            {t(m.saveProfile)}
          </button>
        </div>
        <StatusLine status={status} testId="profile-status" />
      </form>
    </OptionsSection>
  );
}
