import { Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { PaneFinding } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { pickLanguage } from '../i18n';

export interface FindingItemProps {
  readonly finding: PaneFinding;
  readonly fixed: boolean;
  /** A fix or a jump is running somewhere in the list. */
  readonly busy: boolean;
  readonly onSelect: (finding: PaneFinding) => void;
  /** Resolves true when the fix was written. */
  readonly onApplyFix: (finding: PaneFinding) => Promise<boolean>;
}

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  jump: {
    flexGrow: 1,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  cell: { flexShrink: 0, marginRight: tokens.spacingHorizontalS, fontFamily: tokens.fontFamilyMonospace },
  fixed: { color: tokens.colorPaletteGreenForeground1, alignSelf: 'center', whiteSpace: 'nowrap', flexShrink: 0 },
  fix: { flexShrink: 0 },
});

/** One finding: a button that selects its cell, and the quick fix when there is one. */
export function FindingItem({ finding, fixed, busy, onSelect, onApplyFix }: FindingItemProps): JSX.Element {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const jumpRef = useRef<HTMLButtonElement>(null);
  const message = pickLanguage(finding.message, locale);

  const handleSelect = (): void => onSelect(finding);
  const handleApply = (): void => {
    void onApplyFix(finding).then((ok) => {
      // The fix button goes away: keep keyboard focus on this finding.
      if (ok) jumpRef.current?.focus();
    });
  };

  return (
    <li className={styles.root} data-cell={finding.cell} data-code={finding.code}>
      <Button
        ref={jumpRef}
        className={styles.jump}
        appearance="subtle"
        size="small"
        aria-label={t('goToCell', { cell: finding.cell, message })}
        onClick={handleSelect}
      >
        <Badge className={styles.cell} appearance="outline" color="informative" size="small">
          {finding.cell}
        </Badge>
        <span>{message}</span>
      </Button>
      {finding.fix !== null && !fixed ? (
        <Button
          className={styles.fix}
          size="small"
          appearance="primary"
          disabledFocusable={busy}
          title={pickLanguage(finding.fix.description, locale)}
          aria-label={t('applyFixLabel', { cell: finding.cell, fix: pickLanguage(finding.fix.description, locale) })}
          onClick={handleApply}
        >
          {t('applyFix')}
        </Button>
      ) : null}
      {fixed ? <Caption1 className={styles.fixed}>{t('findingsFixed')}</Caption1> : null}
    </li>
  );
}
