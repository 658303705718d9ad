import { useEffect, useState } from 'react';
import { useEffectiveContext } from '@/components/use-effective-context';
import { featureSwitchMessages } from '@/lib/i18n/feature-switch-messages';
import { notificationOptionsMessages } from '@/lib/i18n/notification-messages';
import { hubMessages } from '@/lib/i18n/hub-messages';
import { optionsMessages as m } from '@/lib/i18n/options-messages';
import { onSettingIssue } from '@/lib/storage';
import { optionsActions } from './actions';
import { CallbacksSection } from './CallbacksSection';
import { ConnectSection } from './ConnectSection';
import { FeatureSwitchesSection } from './FeatureSwitchesSection';
import { HubSection } from './HubSection';
import { LanguageSection } from './LanguageSection';
import { NotificationsSection } from './NotificationsSection';
import { PrinterSection } from './PrinterSection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { SettingIssues } from './SettingIssues';
import { useOptionsStore } from './store';
import { TestLabelView } from './TestLabelView';
import { UploadSection } from './UploadSection';
import { LocaleContext, StatusLine } from './ui';

const { loadOptions, noteSettingIssues } = optionsActions;

/** The test label is its own view (`#test-label`), so printing shows nothing but the labels. */
const TEST_LABEL_HASH = '#test-label';

const SECTIONS = [
  { id: 'connect', title: m.navConnect },
  { id: 'hub', title: hubMessages.title },
  { id: 'profile', title: m.navProfile },
  { id: 'printer', title: m.navPrinter },
  { id: 'callbacks', title: m.navCallbacks },
  { id: 'rules', title: m.navRules },
  { id: 'upload', title: m.navUpload },
  { id: 'language', title: m.navLanguage },
  { id: 'in-page-hints', title: featureSwitchMessages.nav },
  { id: 'notifications', title: notificationOptionsMessages.nav },
] as const;

function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function App() {
  const localeValue = useEffectiveContext();
  const { t } = localeValue;
  const hash = useHash();
  const loaded = useOptionsStore((s) => s.loaded);
  const loadError = useOptionsStore((s) => s.loadError);

  useEffect(() => {
    // Listen before reading, so a setting found unreadable on the first read is reported too.
    const stop = onSettingIssue(noteSettingIssues);
    void loadOptions();
    return () => {
      stop();
    };
  }, []);

  useEffect(() => {
    document.title = `${t(m.pageTitle)} · Lastmile Lens`;
  }, [t]);

  // Returning from the test label to a section: the section exists again only after this render.
  useEffect(() => {
    if (!loaded || hash === TEST_LABEL_HASH || !hash) return;
    const target = document.getElementById(hash.slice(1));
    target?.scrollIntoView();
  }, [hash, loaded]);

  if (hash === TEST_LABEL_HASH) {
    return (
      <LocaleContext.Provider value={localeValue}>
        {loaded ? <TestLabelView /> : <p role="status">{t(m.loading)}</p>}
      </LocaleContext.Provider>
    );
  }

  return (
    <LocaleContext.Provider value={localeValue}>
      <a className="lml-skip" href="#main">
        {t(m.skipToContent)}
      </a>
      <header className="lml-header">
        <h1>{t(m.pageTitle)}</h1>
        <nav aria-label={t(m.navLabel)}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{t(section.title)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="lml-page" tabIndex={-1}>
        {loadError ? <StatusLine status={loadError} /> : null}
        <SettingIssues />
        {!loaded ? (
          <p role="status">{t(m.loading)}</p>
        ) : (
          <>
            <ConnectSection />
            <HubSection />
            <ProfileSection />
            <PrinterSection />
            <CallbacksSection />
            <RulesSection />
            <UploadSection />
            <LanguageSection />
            <FeatureSwitchesSection />
            <NotificationsSection />
          </>
        )}
      </main>
    </LocaleContext.Provider>
  );
}
