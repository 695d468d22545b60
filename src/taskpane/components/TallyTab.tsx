import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
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
  type CheckboxOnChangeData,
  type RadioGroupOnChangeData,
  type SelectOnChangeData,
} from '@fluentui/react-components';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { CLUSTERS_2020_2021 } from '../../core/templates';
import type { ExcelApi, TallyFile, TallyOptions, TallyResult } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { useOperation } from '../hooks/useOperation';
import { formatNumber, pickLanguage } from '../i18n';
import { BusyButton } from './BusyButton';
import { ErrorBar } from './ErrorBar';
import { StatusRegion } from './StatusRegion';

export interface TallyTabProps {
  readonly api: ExcelApi;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  file: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
  },
  select: { width: '100%', minWidth: 0 },
  table: { tableLayout: 'fixed', width: '100%' },
  unit: { overflowWrap: 'anywhere' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  numHead: { justifyContent: 'flex-end' },
  narrow: { width: '2.8em' },
  numCol: { width: '4.4em' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Reads the chosen files into memory (the add-in never uploads them). */
export async function readFiles(list: FileList | readonly File[]): Promise<TallyFile[]> {
  return Promise.all(Array.from(list).map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

/** Files of the session plus new picks: a new file with the same name replaces the old one. */
export function mergeFiles(kept: readonly TallyFile[], picked: readonly TallyFile[]): TallyFile[] {
  const names = new Set(picked.map((f) => f.name));
  return [...kept.filter((f) => !names.has(f.name)), ...picked];
}

/**
 * Tổng hợp cụm: the cluster leader tallies members' scoring workbooks. Files
 * stay in memory for the session, so picking a member's newer file later
 * re-tallies everyone and replaces that member's row; the existing tally
 * sheets are replaced only when the leader ticks the box.
 */
export function TallyTab({ api }: TallyTabProps): JSX.Element {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const operation = useOperation();
  const fileInputId = useId();
  const [cluster, setCluster] = useState(CLUSTERS_2020_2021[0]?.name ?? '');
  const [by, setBy] = useState<TallyOptions['by']>('assessed');
  const [files, setFiles] = useState<readonly File[]>([]);
  const [missingFiles, setMissingFiles] = useState(false);
  const [result, setResult] = useState<TallyResult | null>(null);
  const [kept, setKept] = useState<readonly TallyFile[]>([]);
  const [replaceExisting, setReplaceExisting] = useState(false);

  const handleClusterChange = (_event: ChangeEvent<HTMLSelectElement>, data: SelectOnChangeData): void => setCluster(data.value);
  const handleByChange = (_event: FormEvent<HTMLDivElement>, data: RadioGroupOnChangeData): void => setBy(data.value === 'self' ? 'self' : 'assessed');
  const handleFilesChange = (event: ChangeEvent<HTMLInputElement>): void => {
    setFiles(Array.from(event.target.files ?? []));
    setMissingFiles(false);
  };
  const handleReplaceChange = (_event: ChangeEvent<HTMLInputElement>, data: CheckboxOnChangeData): void => setReplaceExisting(data.checked === true);
  const handleForget = (): void => {
    setKept([]);
    setResult(null);
  };
  const handleTally = (): void => {
    if (files.length === 0 && kept.length === 0) {
      setMissingFiles(true);
      return;
    }
    setResult(null);
    void operation
      .run(async () => {
        const all = mergeFiles(kept, await readFiles(files));
        const r = await api.tallyFiles(all, { cluster, by, replaceExisting });
        setKept(all);
        return r;
      })
      .then((r) => {
        if (r !== undefined) setResult(r);
      });
  };

  return (
    <div className={styles.root}>
      <Body1>{t('tallyIntro')}</Body1>
      <Field label={t('cluster')}>
        <Select className={styles.select} value={cluster} onChange={handleClusterChange}>
          {CLUSTERS_2020_2021.map((c) => (
            <option key={c.name} value={c.name}>
              {t('clusterOption', { name: c.name, leader: c.leader, deputy: c.deputy })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('rankBy')}>
        <RadioGroup layout="horizontal" value={by} onChange={handleByChange}>
          <Radio value="assessed" label={t('rankByAssessed')} />
          <Radio value="self" label={t('rankBySelf')} />
        </RadioGroup>
      </Field>
      <Field
        label={{ children: t('files'), htmlFor: fileInputId }}
        validationState={missingFiles ? 'error' : 'none'}
        validationMessage={missingFiles ? t('tallyNoFiles') : undefined}
        hint={files.length > 0 ? t('filesChosen', { count: files.length }) : undefined}
      >
        <input id={fileInputId} className={styles.file} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={handleFilesChange} />
      </Field>
      {kept.length > 0 ? (
        <div>
          <Caption1>{t('tallyKeptFiles', { count: kept.length })}</Caption1>{' '}
          <Button size="small" appearance="subtle" onClick={handleForget}>
            {t('tallyForget')}
          </Button>
        </div>
      ) : null}
      <Checkbox checked={replaceExisting} onChange={handleReplaceChange} label={t('tallyReplaceSheets')} />
      <div>
        <BusyButton busy={operation.busy} label={t('tally')} busyLabel={t('tallying')} onClick={handleTally} />
      </div>
      <ErrorBar message={operation.error} onDismiss={operation.clearError} />
      <StatusRegion>
        {result !== null ? (
          <Body1>
            {t('tallyMembers', { count: result.members.length })} · {t('tallyRejected', { count: result.rejected.length })}
            {result.sheetNames.length > 0 ? ` · ${t('tallySheets', { sheets: result.sheetNames.join(', ') })}` : ''}
            {result.replacedSheets.length > 0 ? ` · ${t('tallyReplacedSheets', { sheets: result.replacedSheets.join(', ') })}` : ''}
          </Body1>
        ) : null}
        {result !== null && result.replaced.length > 0 ? (
          <ul>
            {result.replaced.map((r) => (
              <li key={`${r.unit}|${r.file}`}>
                <Caption1>
                  {t('tallyReplaced')}: {pickLanguage(r.note, locale)}
                </Caption1>
              </li>
            ))}
          </ul>
        ) : null}
      </StatusRegion>
      {result !== null && result.members.length > 0 ? (
        <section aria-label={t('tallyMembers', { count: result.members.length })}>
          <Subtitle2 as="h3">{t('tallyMembers', { count: result.members.length })}</Subtitle2>
          <Table className={styles.table} size="extra-small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.narrow}>{t('tallyRank')}</TableHeaderCell>
                <TableHeaderCell>{t('tallyUnit')}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.numCol, styles.numHead)}>{t('scoringSelf')}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.numCol, styles.numHead)}>{t('scoringAssessed')}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.numCol, styles.numHead)} title={t('tallyAuditErrors')}>
                  {t('tallyAuditErrors')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.members.map((m) => (
                <TableRow key={m.file}>
                  <TableCell>{m.rank}</TableCell>
                  <TableCell className={styles.unit}>
                    {m.unit}
                    <br />
                    <Caption1 className={styles.muted}>{m.file}</Caption1>
                  </TableCell>
                  <TableCell className={styles.num}>{formatNumber(m.selfTotal, locale)}</TableCell>
                  <TableCell className={styles.num}>{formatNumber(m.assessedTotal, locale)}</TableCell>
                  <TableCell className={styles.num}>{m.auditErrors}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
      {result !== null && result.rejected.length > 0 ? (
        <section aria-label={t('tallyRejected', { count: result.rejected.length })}>
          <Subtitle2 as="h3">{t('tallyRejected', { count: result.rejected.length })}</Subtitle2>
          <Table className={styles.table} size="extra-small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('tallyFile')}</TableHeaderCell>
                <TableHeaderCell>{t('tallyReason')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.rejected.map((r) => (
                <TableRow key={r.file}>
                  <TableCell className={styles.unit}>{r.file}</TableCell>
                  <TableCell>{pickLanguage(r.reason, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
