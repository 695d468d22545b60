import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  type SelectTabData,
  type SelectTabEvent,
} from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useId, useState, type ReactNode } from 'react';
import type { HostInfo } from '../../office/host';
import type { ExcelApi } from '../excel-api';
import { LocaleContext, storeLocale, storedLocale, useLocale } from '../hooks/useLocale';
import { pickLanguage, type Locale, type StringId } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { TemplatesTab } from './TemplatesTab';

// The first tab is in the initial bundle; the others load when first opened
// (and are fetched in the background once the pane is up).
const loadValidate = (): Promise<{ default: typeof import('./ValidateTab').ValidateTab }> =>
  import(/* webpackChunkName: "tab-validate" */ './ValidateTab').then((m) => ({ default: m.ValidateTab }));
const loadScoring = (): Promise<{ default: typeof import('./ScoringTab').ScoringTab }> =>
  import(/* webpackChunkName: "tab-scoring" */ './ScoringTab').then((m) => ({ default: m.ScoringTab }));
const loadTally = (): Promise<{ default: typeof import('./TallyTab').TallyTab }> =>
  import(/* webpackChunkName: "tab-tally" */ './TallyTab').then((m) => ({ default: m.TallyTab }));
const loadAudit = (): Promise<{ default: typeof import('./AuditTab').AuditTab }> =>
  import(/* webpackChunkName: "tab-audit" */ './AuditTab').then((m) => ({ default: m.AuditTab }));
const ValidateTab = lazy(loadValidate);
const ScoringTab = lazy(loadScoring);
const TallyTab = lazy(loadTally);
const AuditTab = lazy(loadAudit);

export type TabId = 'templates' | 'validate' | 'scoring' | 'tally' | 'audit';

export const TABS: readonly { id: TabId; label: StringId }[] = [
  { id: 'templates', label: 'tabTemplates' },
  { id: 'validate', label: 'tabValidate' },
  { id: 'scoring', label: 'tabScoring' },
  { id: 'tally', label: 'tabTally' },
  { id: 'audit', label: 'tabAudit' },
];

export function isTabId(s: string | null | undefined): s is TabId {
  return TABS.some((t) => t.id === s);
}

export interface AppProps {
  readonly host: HostInfo;
  readonly api: ExcelApi;
  /** The tab to open first (ribbon buttons open the pane at their section). */
  readonly initialTab?: TabId;
  readonly initialLocale?: Locale;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: '0',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { paddingTop: tokens.spacingVerticalS },
});

/** The task pane: the users' jobs as tabs. */
export function App({ host, api, initialTab = 'templates', initialLocale }: AppProps): JSX.Element {
  const [locale, setLocale] = useState<Locale>(initialLocale ?? storedLocale());
  const handleLocaleChange = (next: Locale): void => {
    setLocale(next);
    storeLocale(next);
  };
  return (
    <LocaleContext.Provider value={locale}>
      <PaneBody host={host} api={api} initialTab={initialTab} onLocaleChange={handleLocaleChange} />
    </LocaleContext.Provider>
  );
}

interface PaneBodyProps {
  readonly host: HostInfo;
  readonly api: ExcelApi;
  readonly initialTab: TabId;
  readonly onLocaleChange: (locale: Locale) => void;
}

function PaneBody({ host, api, initialTab, onLocaleChange }: PaneBodyProps): JSX.Element {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const baseId = useId();
  const [tab, setTab] = useState<TabId>(initialTab);
  // Panels stay mounted once visited so results survive switching tabs.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set([initialTab]));
  const [scoringToken, setScoringToken] = useState(0);
  const [commandMessage] = useState(() => api.takeLastCommandMessage());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    // Fetch the other tabs in the background once the first one is up.
    const timer = setTimeout(() => {
      void Promise.all([loadValidate(), loadScoring(), loadTally(), loadAudit()]).catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, []);

  const handleTabSelect = (_event: SelectTabEvent, data: SelectTabData): void => {
    const next = String(data.value);
    if (!isTabId(next)) return;
    setTab(next);
    setVisited((prev) => (prev.has(next) ? prev : new Set([...prev, next])));
  };
  const handleScoringInserted = (): void => setScoringToken((n) => n + 1);

  const panels: Record<TabId, () => ReactNode> = {
    templates: () => <TemplatesTab api={api} onScoringInserted={handleScoringInserted} />,
    validate: () => <ValidateTab api={api} />,
    scoring: () => <ScoringTab api={api} active={tab === 'scoring'} refreshToken={scoringToken} />,
    tally: () => <TallyTab api={api} />,
    audit: () => <AuditTab api={api} />,
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t('appTitle')}</Title3>
        <LanguageSwitch onChange={onLocaleChange} />
      </header>
      {host.legacyWebView ? (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>{t('legacyWebView')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {commandMessage !== null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('lastCommand')}</MessageBarTitle>
            {pickLanguage(commandMessage, locale)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {host.host === 'browser' ? <Body1>{t('browserHost')}</Body1> : null}
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={handleTabSelect} aria-label={t('tabsLabel')} size="medium">
        {TABS.map((x) => (
          <Tab key={x.id} value={x.id} id={`${baseId}-tab-${x.id}`} aria-controls={`${baseId}-panel-${x.id}`}>
            {t(x.label)}
          </Tab>
        ))}
      </TabList>
      {TABS.filter((x) => visited.has(x.id)).map((x) => (
        <section
          key={x.id}
          id={`${baseId}-panel-${x.id}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${x.id}`}
          hidden={tab !== x.id}
          className={styles.panel}
          data-tab={x.id}
        >
          <Suspense fallback={<Spinner size="small" label={t('loading')} />}>{panels[x.id]()}</Suspense>
        </section>
      ))}
    </main>
  );
}
