import { Tab, TabList, makeStyles, tokens, type SelectTabData, type SelectTabEvent } from '@fluentui/react-components';

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly onActivate: (sheet: string) => void;
}

const useStyles = makeStyles({
  root: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2, overflowX: 'auto', flexShrink: 0 },
});

/** One tab per worksheet, as at the bottom of Excel. */
export function SheetTabs({ sheets, active, onActivate }: SheetTabsProps): JSX.Element {
  const styles = useStyles();
  const handleTabSelect = (_event: SelectTabEvent, data: SelectTabData): void => onActivate(String(data.value));
  return (
    <div className={styles.root}>
      <TabList size="small" selectedValue={active} onTabSelect={handleTabSelect} aria-label="Trang tính / worksheets">
        {sheets.map((name) => (
          <Tab key={name} value={name} data-sheet={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
