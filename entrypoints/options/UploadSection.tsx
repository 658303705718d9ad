import { UploadCheck } from '@/components/UploadCheck';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { useOptionsStore } from './store';
import { OptionsSection, useT } from './ui';

/** Check a tracking-upload template before it goes to Seller Center (issue #4: drop it here too). */
export function UploadSection() {
  const { t, locale } = useT();
  const market = useOptionsStore((s) => s.profileDraft.market);
  return (
    <OptionsSection id="upload" title={t(m.uploadTitle)}>
      <p>{t(m.uploadIntro)}</p>
      <UploadCheck locale={locale} {...(market ? { market } : {})} />
    </OptionsSection>
  );
}
