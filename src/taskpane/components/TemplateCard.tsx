import { Badge, Body1, Caption1, Card, CardHeader, Field, Input, Subtitle2, makeStyles, tokens, type InputOnChangeData } from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import type { Template } from '../../core/templates/types';
import { useLocale } from '../hooks/useLocale';
import { formatNumber } from '../i18n';
import { parsePlanYear } from '../model';
import { BusyButton } from './BusyButton';

export interface TemplateCardProps {
  readonly template: Template;
  readonly busy: boolean;
  /** Another card's insert is running. */
  readonly disabled: boolean;
  readonly onInsert: (template: Template, planYear: number | null) => void;
}

const PREVIEW_ROWS = 3;

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  preview: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  previewLine: { overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  year: { maxWidth: '9em' },
});

/** One template of the gallery: what it holds, its first rows, and Insert. */
export function TemplateCard({ template, busy, disabled, onInsert }: TemplateCardProps): JSX.Element {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const headingId = useId();
  const [yearText, setYearText] = useState(template.kind === 'catalogue' && template.planYear !== null ? String(template.planYear) : '');
  const [yearError, setYearError] = useState(false);

  const handleYearChange = (_event: ChangeEvent<HTMLInputElement>, data: InputOnChangeData): void => {
    setYearText(data.value);
    setYearError(false);
  };
  const handleInsert = (): void => {
    if (template.kind === 'catalogue') {
      const year = parsePlanYear(yearText);
      if (year === 'invalid') {
        setYearError(true);
        return;
      }
      onInsert(template, year);
    } else {
      onInsert(template, null);
    }
  };

  let summary: string;
  let lines: { key: string; text: string }[];
  if (template.kind === 'catalogue') {
    summary =
      template.rows.length === 0
        ? t('previewCatalogueEmpty', { sections: template.sections.length })
        : t('previewCatalogue', { rows: template.rows.length, sections: template.sections.length, units: template.units.length });
    lines =
      template.rows.length === 0
        ? template.sections.slice(0, PREVIEW_ROWS).map((s) => ({ key: s.section, text: `${s.section}. ${s.title}` }))
        : template.rows.slice(0, PREVIEW_ROWS).map((r) => ({ key: `${r.section}-${r.tt}-${r.task}`, text: `${r.tt}. ${r.task} — ${r.unit}` }));
  } else {
    const top = template.items.filter((i) => i.parent === null && i.code !== 'DT');
    summary = t('previewCriteria', { items: top.length, total: formatNumber(template.totalMax, locale), bonus: formatNumber(template.bonusMax, locale) });
    lines = top
      .slice(0, PREVIEW_ROWS)
      .map((i) => ({ key: i.code, text: `${i.code}. ${i.text} (${t('previewPoints', { points: formatNumber(i.points ?? 0, locale) })})` }));
  }

  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId}>
            {template.title}
          </Subtitle2>
        }
        description={
          <Badge appearance="tint" color={template.kind === 'catalogue' ? 'brand' : 'success'}>
            {t(template.kind === 'catalogue' ? 'kindCatalogue' : 'kindCriteria')}
          </Badge>
        }
      />
      <Body1>{summary}</Body1>
      <div>
        <Caption1 className={styles.muted}>{t('previewFirstRows')}</Caption1>
        <ol className={styles.preview} aria-label={t('previewFirstRows')}>
          {lines.map((l) => (
            <li key={l.key} className={styles.previewLine}>
              <Caption1>{l.text}</Caption1>
            </li>
          ))}
        </ol>
      </div>
      <Caption1 className={styles.muted}>
        {t('source')}: {template.source}
      </Caption1>
      <div className={styles.actions}>
        {template.kind === 'catalogue' ? (
          <Field
            className={styles.year}
            label={t('planYear')}
            hint={yearError ? undefined : t('planYearHint')}
            validationState={yearError ? 'error' : 'none'}
            validationMessage={yearError ? t('planYearInvalid') : undefined}
          >
            <Input value={yearText} onChange={handleYearChange} inputMode="numeric" maxLength={4} />
          </Field>
        ) : null}
        <BusyButton
          busy={busy}
          disabled={disabled}
          label={t('insert')}
          busyLabel={t('inserting')}
          aria-label={t('insertTemplate', { title: template.title })}
          onClick={handleInsert}
        />
      </div>
    </Card>
  );
}
