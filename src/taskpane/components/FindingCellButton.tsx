import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AuditFinding } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { pickLanguage } from '../i18n';

export interface FindingCellButtonProps {
  readonly finding: AuditFinding;
  readonly onSelect: (finding: AuditFinding) => void;
}

const useStyles = makeStyles({
  button: { minWidth: 'auto', fontFamily: tokens.fontFamilyMonospace },
});

/** The audited cell's address as a button that selects it in the sheet. */
export function FindingCellButton({ finding, onSelect }: FindingCellButtonProps): JSX.Element {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const handleClick = (): void => onSelect(finding);
  return (
    <Button
      className={styles.button}
      size="small"
      appearance="outline"
      aria-label={t('goToCell', { cell: finding.cell, message: pickLanguage(finding.message, locale) })}
      onClick={handleClick}
    >
      {finding.cell}
    </Button>
  );
}
