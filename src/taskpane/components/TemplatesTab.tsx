import { Body1, Link, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Template } from '../../core/templates/types';
import type { ExcelApi, RenderResult } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { useOperation } from '../hooks/useOperation';
import { useTemplates } from '../hooks/useTemplates';
import { ErrorBar } from './ErrorBar';
import { StatusRegion } from './StatusRegion';
import { TemplateCard } from './TemplateCard';

export interface TemplatesTabProps {
  readonly api: ExcelApi;
  /** Called after the scoring sheet was inserted (the Scoring tab reads it next). */
  readonly onScoringInserted?: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** Mẫu: the gallery of standard templates. */
export function TemplatesTab({ api, onScoringInserted }: TemplatesTabProps): JSX.Element {
  const styles = useStyles();
  const { t } = useLocale();
  const operation = useOperation();
  const [insertingId, setInsertingId] = useState<string | null>(null);
  const [result, setResult] = useState<RenderResult | null>(null);
  const { templates, error: loadError } = useTemplates();

  const handleInsert = (template: Template, planYear: number | null): void => {
    setInsertingId(template.id);
    setResult(null);
    void operation
      .run(() => (template.kind === 'catalogue' ? api.insertCatalogue(template.id, { planYear }) : api.insertScoringSheet()))
      .then((r) => {
        setInsertingId(null);
        if (r === undefined) return;
        setResult(r);
        if (template.kind === 'criteria') onScoringInserted?.();
      });
  };

  return (
    <div className={styles.root}>
      <Body1>{t('templatesIntro')}</Body1>
      <StatusRegion>
        {result !== null ? (
          <Body1>
            {t('inserted', { sheets: Object.values(result.sheetNames).join(', ') })}
            {result.skippedSheets.length > 0 ? ` ${t('insertedSkipped', { sheets: result.skippedSheets.join(', ') })}` : ''}
            {result.keptNames.length > 0 ? ` ${t('insertedKept', { names: result.keptNames.join(', ') })}` : ''}
            {result.sheetScopedNames.length > 0 ? ` ${t('insertedScoped', { names: result.sheetScopedNames.join(', ') })}` : ''}
          </Body1>
        ) : null}
      </StatusRegion>
      <ErrorBar message={operation.error} onDismiss={operation.clearError} />
      {operation.errorName === 'UnsupportedHostError' ? (
        <section aria-label={t('downloadTemplates')}>
          <Body1>{t('downloadTemplates')}</Body1>
          <ul>
            {(templates ?? []).map((template) => (
              <li key={template.id}>
                <Link href={`templates/${template.id}.xlsx`} target="_blank" rel="noopener">
                  {template.title} (.xlsx)
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ErrorBar message={loadError} onDismiss={operation.clearError} />
      {templates === null && loadError === null ? <Spinner size="small" label={t('loading')} /> : null}
      {(templates ?? []).map((template) => (
        <TemplateCard
          key={template.id}
          template={template}
          busy={insertingId === template.id}
          disabled={insertingId !== null && insertingId !== template.id}
          onInsert={handleInsert}
        />
      ))}
    </div>
  );
}
