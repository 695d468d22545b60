import {
  Body1,
  Caption1,
  Field,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExcelApi, ScoringSummary } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { useOperation } from '../hooks/useOperation';
import { formatNumber, pickLanguage } from '../i18n';
import { BusyButton } from './BusyButton';
import { ErrorBar } from './ErrorBar';
import { StatusRegion } from './StatusRegion';

export interface ScoringTabProps {
  readonly api: ExcelApi;
  /** The tab is shown: read the active sheet's summary. */
  readonly active: boolean;
  /** Changes when the scoring sheet was inserted elsewhere (the gallery): read it again. */
  readonly refreshToken: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  totals: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  total: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  totalValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  numHead: { justifyContent: 'flex-end' },
  table: { tableLayout: 'fixed', width: '100%' },
  codeCol: { width: '2.6em' },
  numCol: { width: '4.2em' },
  itemText: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Changes typed in quick succession are read once, this long after the last one. */
const LIVE_REFRESH_DELAY_MS = 400;

/** Chấm điểm: insert the scoring sheet; live summary of the active scoring sheet. */
export function ScoringTab({ api, active, refreshToken }: ScoringTabProps): JSX.Element {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const insert = useOperation();
  const read = useOperation();
  const { run: runRead, clearError: clearReadError } = read;
  const [summary, setSummary] = useState<ScoringSummary | null>(null);
  const [inserted, setInserted] = useState<string | null>(null);
  const n = (x: number | null): string => (x === null ? '' : formatNumber(x, locale));

  /** Only the newest read may show its result (a slow older one must not overwrite it). */
  const latestRead = useRef(0);
  const activeRef = useRef(active);
  useEffect(() => {
    activeRef.current = active;
  }, [active]);

  /** Reads the active sheet; `quiet` (automatic reads) shows no error when it is not a scoring sheet. */
  const refresh = useCallback(
    (quiet: boolean): void => {
      const seq = ++latestRead.current;
      const task = quiet ? () => api.readScoringSummary().catch(() => null) : () => api.readScoringSummary();
      void runRead(task).then((s) => {
        if (s !== undefined && seq === latestRead.current) setSummary(s);
      });
    },
    [api, runRead],
  );

  /**
   * Reads again after the workbook changed: no busy state (the last summary stays
   * on screen until the new one arrives) and no error bar; a sheet that is not a
   * scoring sheet shows the same "none" state as an automatic read.
   */
  const refreshInBackground = useCallback((): void => {
    const seq = ++latestRead.current;
    void api.readScoringSummary().then(
      (s) => {
        if (seq !== latestRead.current) return;
        setSummary(s);
        clearReadError();
      },
      () => {
        if (seq === latestRead.current) setSummary(null);
      },
    );
  }, [api, clearReadError]);

  useEffect(() => {
    if (active) refresh(true);
  }, [active, refreshToken, refresh]);

  // Live summary: while the tab is mounted, typed scores and sheet switches refresh it (debounced).
  // While the tab is hidden nothing is read; showing the tab reads again (the effect above).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | null = null;
    let disposed = false;
    const stop = (u: () => Promise<void>): void => {
      void u().catch(() => undefined);
    };
    const onChange = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (!disposed && activeRef.current) refreshInBackground();
      }, LIVE_REFRESH_DELAY_MS);
    };
    api.watchWorkbook(onChange).then(
      (u) => {
        if (disposed) stop(u);
        else unsubscribe = u;
      },
      // Without events the pane still has its Refresh button.
      () => undefined,
    );
    return () => {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      // Reads still under way must not show their result any more.
      latestRead.current++;
      if (unsubscribe !== null) stop(unsubscribe);
    };
  }, [api, refreshInBackground]);

  const handleInsert = (): void => {
    setInserted(null);
    void insert.run(() => api.insertScoringSheet()).then((r) => {
      if (r === undefined) return;
      setInserted(t('inserted', { sheets: Object.values(r.sheetNames).join(', ') }));
      refresh(false);
    });
  };
  const handleRefresh = (): void => refresh(false);

  return (
    <div className={styles.root}>
      <Body1>{t('scoringIntro')}</Body1>
      <div className={styles.actions}>
        <BusyButton busy={insert.busy} label={t('insertScoring')} busyLabel={t('inserting')} onClick={handleInsert} />
        <BusyButton appearance="secondary" busy={read.busy} label={t('refresh')} busyLabel={t('refreshing')} onClick={handleRefresh} />
      </div>
      <ErrorBar message={insert.error} onDismiss={insert.clearError} />
      <ErrorBar message={read.error} onDismiss={read.clearError} />
      <StatusRegion>
        {inserted !== null ? <Body1>{inserted}</Body1> : null}
        {summary === null ? (
          read.busy ? null : <Caption1>{t('scoringNone')}</Caption1>
        ) : (
          <>
            <Subtitle2 as="h3">{t('scoringSheet', { sheet: summary.sheet })}</Subtitle2>
            <Body1>{summary.unit.trim() === '' ? t('scoringUnitMissing') : t('scoringUnit', { unit: summary.unit })}</Body1>
            <div className={styles.totals}>
              <div className={styles.total} data-testid="self-total">
                <Caption1>{t('scoringSelfTotal')}</Caption1>
                <span className={styles.totalValue}>{n(summary.selfTotal)}</span>
              </div>
              <div className={styles.total} data-testid="assessed-total">
                <Caption1>{t('scoringAssessedTotal')}</Caption1>
                <span className={styles.totalValue}>{n(summary.assessedTotal)}</span>
              </div>
            </div>
            <Field label={t('scoringFilled', { filled: summary.filled, total: summary.inputs })} validationState="none">
              <ProgressBar value={summary.inputs === 0 ? 0 : summary.filled / summary.inputs} thickness="large" />
            </Field>
          </>
        )}
      </StatusRegion>
      {summary !== null && summary.warnings.length > 0 ? (
        <section aria-label={t('scoringWarnings', { count: summary.warnings.length })}>
          <Subtitle2 as="h3">{t('scoringWarnings', { count: summary.warnings.length })}</Subtitle2>
          <ul className={styles.warnings}>
            {summary.warnings.map((w) => (
              <li key={w}>
                <Caption1>{pickLanguage(w, locale)}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {summary !== null && summary.items.length > 0 ? (
        <Table className={styles.table} size="extra-small" aria-label={t('scoringItemsCaption')} data-testid="scoring-items">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.codeCol}>{t('scoringCode')}</TableHeaderCell>
              <TableHeaderCell>{t('scoringItem')}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.numCol, styles.numHead)}>{t('scoringMax')}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.numCol, styles.numHead)}>{t('scoringSelf')}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.numCol, styles.numHead)}>{t('scoringAssessed')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.items.map((item) => (
              <TableRow key={item.code} data-code={item.code}>
                <TableCell>{item.code}</TableCell>
                <TableCell>
                  <span className={styles.itemText} title={item.text}>
                    {item.text}
                  </span>
                </TableCell>
                <TableCell className={styles.num}>{n(item.max)}</TableCell>
                <TableCell className={styles.num}>{n(item.self)}</TableCell>
                <TableCell className={styles.num}>{n(item.assessed)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}
