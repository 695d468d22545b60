import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1Strong, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PaneFinding } from '../excel-api';
import { useLocale } from '../hooks/useLocale';
import { SEVERITIES, SEVERITY_LABEL, findingKey, groupByField } from '../model';
import { FindingItem } from './FindingItem';

export interface FindingGroupsProps {
  readonly findings: readonly PaneFinding[];
  /** Keys (findingKey) of findings whose fix was applied. */
  readonly fixed: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onSelect: (finding: PaneFinding) => void;
  readonly onApplyFix: (finding: PaneFinding) => Promise<boolean>;
}

const useStyles = makeStyles({
  headerContent: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  dot: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  info: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  field: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

/** Findings grouped by severity (collapsible), then by column, with counts. */
export function FindingGroups({ findings, fixed, busy, onSelect, onApplyFix }: FindingGroupsProps): JSX.Element {
  const styles = useStyles();
  const { t } = useLocale();
  const present = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  return (
    <Accordion multiple collapsible defaultOpenItems={present.filter((s) => s !== 'info')}>
      {present.map((severity) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        return (
          <AccordionItem key={severity} value={severity}>
            <AccordionHeader as="h3" size="medium">
              <span className={styles.headerContent}>
                <span className={mergeClasses(styles.dot, styles[severity])} aria-hidden="true" />
                {t('groupCount', { label: t(SEVERITY_LABEL[severity]), count: ofSeverity.length })}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {groupByField(ofSeverity).map((group) => (
                <section key={group.field} aria-label={`${t(SEVERITY_LABEL[severity])}: ${t(group.label)}`}>
                  <h4 className={styles.field}>
                    <Caption1Strong>{t('groupCount', { label: t(group.label), count: group.findings.length })}</Caption1Strong>
                  </h4>
                  <ul className={styles.list}>
                    {group.findings.map((f) => (
                      <FindingItem key={findingKey(f)} finding={f} fixed={fixed.has(findingKey(f))} busy={busy} onSelect={onSelect} onApplyFix={onApplyFix} />
                    ))}
                  </ul>
                </section>
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
