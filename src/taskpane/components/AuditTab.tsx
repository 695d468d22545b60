import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { AuditFinding, AuditResult, AuditValue, ExcelApi } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { useOperation } from '../hooks/useOperation';
import { formatNumber, pickLanguage, type Locale } from '../i18n';
import { BusyButton } from './BusyButton';
import { ErrorBar } from './ErrorBar';
import { FindingCellButton } from './FindingCellButton';
import { StatusRegion } from './StatusRegion';

export interface AuditTabProps {
  readonly api: ExcelApi;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  summary: { outlineStyle: 'none', margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  head: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
});

function describe(v: AuditValue, locale: Locale, empty: string): string {
  if (v === null || v === '') return empty;
  if (typeof v === 'number') return formatNumber(v, locale);
  return String(v);
}

/** Kiểm định: compare the active scoring sheet with the template. */
export function AuditTab({ api }: AuditTabProps): JSX.Element {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const operation = useOperation();
  const cellOp = useOperation();
  const [result, setResult] = useState<AuditResult | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const handleAudit = (): void => {
    void operation.run(() => api.auditScoringSheetInExcel()).then((r) => {
      if (r === undefined) return;
      setResult(r);
      requestAnimationFrame(() => summaryRef.current?.focus());
    });
  };

  const handleSelect = (finding: AuditFinding): void => {
    const sheet = result?.sheet;
    if (sheet === null || sheet === undefined || finding.cell === '') return;
    void cellOp.run(() => api.selectCell(sheet, finding.cell));
  };

  return (
    <div className={styles.root}>
      <Body1>{t('auditIntro')}</Body1>
      <div>
        <BusyButton busy={operation.busy} label={t('audit')} busyLabel={t('auditing')} onClick={handleAudit} />
      </div>
      <ErrorBar message={operation.error} onDismiss={operation.clearError} />
      <ErrorBar message={cellOp.error} onDismiss={cellOp.clearError} />
      <StatusRegion>
        {result !== null ? (
          <p className={styles.summary} ref={summaryRef} tabIndex={-1}>
            <Body1>
              {result.sheet !== null ? `${t('auditSheet', { sheet: result.sheet })}: ` : ''}
              {result.ok && result.findings.length === 0 ? t('auditOk') : t('auditFindings', { count: result.findings.length })}
            </Body1>
          </p>
        ) : null}
      </StatusRegion>
      {result !== null && result.findings.length > 0 ? (
        <ul className={styles.list}>
          {result.findings.map((f) => (
            <li key={`${f.cell}|${f.code}|${f.message}`} className={mergeClasses(styles.item, styles[f.severity])}>
              <span className={styles.head}>
                {f.cell !== '' && result.sheet !== null ? (
                  <FindingCellButton finding={f} onSelect={handleSelect} />
                ) : null}
                <Caption1 className={styles.code}>{f.code}</Caption1>
              </span>
              <Body1>{pickLanguage(f.message, locale)}</Body1>
              {f.expected !== null || f.actual !== null ? (
                <>
                  <Caption1 className={styles.muted}>{t('auditExpected', { value: describe(f.expected, locale, t('auditEmpty')) })}</Caption1>
                  <Caption1 className={styles.muted}>{t('auditActual', { value: describe(f.actual, locale, t('auditEmpty')) })}</Caption1>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
