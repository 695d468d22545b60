import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { CatalogueCheck, ExcelApi, PaneFinding } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { useOperation } from '../hooks/useOperation';
import { countBySeverity, findingKey } from '../model';
import { BusyButton } from './BusyButton';
import { ErrorBar } from './ErrorBar';
import { FindingGroups } from './FindingGroups';
import { StatusRegion } from './StatusRegion';

export interface ValidateTabProps {
  readonly api: ExcelApi;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, outlineStyle: 'none' },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Kiểm tra: validate the catalogue on the active sheet, jump to findings, apply fixes, clear marks. */
export function ValidateTab({ api }: ValidateTabProps): JSX.Element {
  const styles = useStyles();
  const { t } = useLocale();
  const check = useOperation();
  const cellOp = useOperation();
  const [report, setReport] = useState<CatalogueCheck | null>(null);
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [clearing, setClearing] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const handleValidate = (): void => {
    setNotice(null);
    void check.run(() => api.validateCatalogueInExcel()).then((r) => {
      if (r === undefined) return;
      setReport(r);
      setFixed(new Set());
      // Move focus to the result so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => summaryRef.current?.focus());
    });
  };

  const handleClear = (): void => {
    setClearing(true);
    void check
      .run(() => api.clearCatalogueMarks(report?.sheet))
      .then((n) => {
        if (n !== undefined) setNotice(t('marksCleared', { count: n }));
      })
      .finally(() => setClearing(false));
  };

  const handleSelect = (finding: PaneFinding): void => {
    if (report === null) return;
    void cellOp.run(() => api.selectCell(report.sheet, finding.cell));
  };

  const handleApplyFix = async (finding: PaneFinding): Promise<boolean> => {
    if (report === null || finding.fix === null) return false;
    const fix = finding.fix;
    const done = await cellOp.run(async () => {
      // The text the check saw: if the cell changed since, nothing is written (StaleDataError).
      const validated = finding.text ?? (await api.readCellText(report.sheet, finding.cell));
      await api.applyFixInExcel(report.sheet, finding.cell, validated, fix.value);
      return true;
    });
    if (done !== true) return false;
    setFixed((prev) => new Set([...prev, findingKey(finding)]));
    setNotice(t('fixApplied', { cell: finding.cell }));
    return true;
  };

  const counts = report === null ? null : countBySeverity(report.findings);

  return (
    <div className={styles.root}>
      <Body1>{t('validateIntro')}</Body1>
      <div className={styles.actions}>
        <BusyButton busy={check.busy && !clearing} disabled={clearing} label={t('validate')} busyLabel={t('validating')} onClick={handleValidate} />
        <BusyButton
          appearance="secondary"
          busy={clearing}
          disabled={check.busy && !clearing}
          label={t('clearMarks')}
          busyLabel={t('clearing')}
          onClick={handleClear}
        />
      </div>
      <ErrorBar message={check.error} onDismiss={check.clearError} />
      <ErrorBar message={cellOp.error} onDismiss={cellOp.clearError} />
      <StatusRegion>
        {notice !== null ? <Body1>{notice}</Body1> : null}
        {report !== null && counts !== null ? (
          <div className={styles.summary} ref={summaryRef} tabIndex={-1} data-testid="validation-summary">
            <Body1>
              {t('validationSummary', { sheet: report.sheet, rows: report.rows, errors: counts.error, warnings: counts.warning, infos: counts.info })}
            </Body1>
            <div className={styles.counts} aria-hidden="true">
              <Badge color="danger" appearance={counts.error > 0 ? 'filled' : 'outline'}>
                {t('severityError')}: {counts.error}
              </Badge>
              <Badge color="warning" appearance={counts.warning > 0 ? 'filled' : 'outline'}>
                {t('severityWarning')}: {counts.warning}
              </Badge>
              <Badge color="informative" appearance={counts.info > 0 ? 'filled' : 'outline'}>
                {t('severityInfo')}: {counts.info}
              </Badge>
            </div>
            {report.findings.length === 0 ? <Body1>{t('validationClean')}</Body1> : null}
            {report.marked > 0 ? <Caption1 className={styles.muted}>{t('validationMarked', { marked: report.marked })}</Caption1> : null}
            {report.protectedSheet ? <Caption1 className={styles.muted}>{t('validationProtected')}</Caption1> : null}
            {!report.notes && report.findings.length > 0 ? <Caption1 className={styles.muted}>{t('validationNoNotes')}</Caption1> : null}
          </div>
        ) : null}
      </StatusRegion>
      {report !== null && report.findings.length > 0 ? (
        <FindingGroups findings={report.findings} fixed={fixed} busy={cellOp.busy} onSelect={handleSelect} onApplyFix={handleApplyFix} />
      ) : null}
      {report !== null && report.findings.length > 0 ? (
        <Button appearance="subtle" onClick={handleValidate} disabledFocusable={check.busy}>
          {t('validate')}
        </Button>
      ) : null}
    </div>
  );
}
