import { Body1, Button, Caption1, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import type { HostInfo } from '../../office/host';
import { App, type TabId } from '../../taskpane/components/App';
import { takeLastCommandMessage } from '../../office/commands';
import type { ExcelApi } from '../../taskpane/excel-api';
import { errorMessage } from '../../taskpane/hooks/useOperation';
import type { FakeExcel } from '../fake-excel';
import { sampleMistakes } from '../samples';
import { gridActions, moveAddress, snapshot, type ExcelLike, type GridSnapshot } from '../workbook-view';
import { FormulaBar } from './FormulaBar';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';

export interface PlaygroundAppProps {
  /** The fake host; its Excel and Office are also the globals the add-in uses. */
  readonly fake: FakeExcel;
  readonly api: ExcelApi;
  readonly host: HostInfo;
  readonly initialTab?: TabId;
  /** The ExcelApi version the fake host plays. */
  readonly excelApi: string;
}

/** The ribbon's function commands (manifest FunctionName → label). */
const RIBBON_COMMANDS: readonly { id: string; label: string }[] = [
  { id: 'validateCatalogue', label: 'Kiểm tra nhanh / quick check' },
  { id: 'clearCatalogueMarks', label: 'Xoá đánh dấu / clear marks' },
];

const useStyles = makeStyles({
  root: { display: 'flex', height: '100vh', minHeight: 0, backgroundColor: tokens.colorNeutralBackground2 },
  workbook: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  top: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  ribbon: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  titleRow: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  spacer: { flexGrow: 1 },
  pane: {
    width: '380px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The fake workbook (grid, formula bar, sheet tabs) beside the real task pane. */
export function PlaygroundApp({ fake, api, host, initialTab, excelApi }: PlaygroundAppProps): JSX.Element {
  const styles = useStyles();
  const [view, setView] = useState<GridSnapshot>(() => snapshot(fake.workbook));
  const [error, setError] = useState<string | null>(null);
  const [ribbonMessage, setRibbonMessage] = useState<string | null>(null);
  const formulaRef = useRef<HTMLInputElement>(null);
  const actions = useRef(gridActions(fake.Excel as unknown as ExcelLike, fake.workbook)).current;

  useEffect(() => fake.subscribe(() => setView(snapshot(fake.workbook))), [fake]);

  const perform = useCallback((task: () => Promise<void>): void => {
    setError(null);
    task().catch((err: unknown) => setError(errorMessage(err)));
  }, []);

  const selected = view.rows.flatMap((r) => r.cells).find((c) => c.address === view.selection);

  const handleSelect = (address: string): void => perform(() => actions.select(view.active, address));
  const handleMove = (rowDelta: number, colDelta: number): void => perform(() => actions.select(view.active, moveAddress(view.selection, rowDelta, colDelta)));
  const handleActivate = (sheet: string): void => perform(() => actions.activate(sheet));
  const handleEdit = (initial?: string): void => {
    const input = formulaRef.current;
    if (input === null) return;
    input.focus();
    if (initial !== undefined) {
      // Start typing over the cell, as in Excel.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, initial);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      input.select();
    }
  };
  const handleCommit = (text: string): void =>
    perform(async () => {
      await actions.write(view.active, view.selection, text);
      await actions.select(view.active, moveAddress(view.selection, 1, 0));
    });
  const handleCancel = (): void => {
    document.querySelector<HTMLElement>('[data-testid="sheet-grid"]')?.focus();
  };
  const handleSamples = (): void => perform(() => sampleMistakes(view, actions));
  const handleReset = (): void => window.location.reload();
  const handleRibbon = (event: MouseEvent<HTMLButtonElement>): void => {
    const id = event.currentTarget.dataset.command ?? '';
    setRibbonMessage(null);
    perform(async () => {
      // As Excel runs a function command: the handler reports its message, then calls event.completed().
      await fake.invokeAction(id);
      setRibbonMessage(takeLastCommandMessage());
    });
  };

  return (
    <div className={styles.root}>
      <section className={styles.workbook} aria-label="Sổ tính thử / sample workbook">
        <div className={styles.top}>
          <div className={styles.titleRow}>
            <Title3 as="h1">Sân chơi Thi đua</Title3>
            <Caption1>Playground: no Excel needed</Caption1>
            <span className={styles.spacer} />
            <Button size="small" onClick={handleSamples} disabled={!view.rows.some((r) => r.cells.some((c) => c.text === 'Đơn vị chủ trì'))}>
              Thêm lỗi mẫu / plant sample mistakes
            </Button>
            <Button size="small" appearance="subtle" onClick={handleReset}>
              Sổ tính mới / new workbook
            </Button>
          </div>
          <div className={styles.ribbon} role="toolbar" aria-label="Ruy-băng: Trang đầu › Thi đua / ribbon">
            <Caption1>Ruy-băng / ribbon:</Caption1>
            {RIBBON_COMMANDS.map((c) => (
              <Button key={c.id} size="small" appearance="outline" data-command={c.id} onClick={handleRibbon}>
                {c.label}
              </Button>
            ))}
            {excelApi !== '1.18' ? <Caption1>Excel giả lập / simulated: ExcelApi {excelApi}</Caption1> : null}
          </div>
          {ribbonMessage !== null ? (
            <MessageBar intent="info" layout="multiline" data-testid="ribbon-message">
              <MessageBarBody>{ribbonMessage}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Body1>
            Chèn mẫu ở thẻ <b>Mẫu</b> bên phải, kiểm tra ở thẻ <b>Kiểm tra</b>, bấm một lỗi để đến ô đó, bấm <b>Áp dụng</b> để sửa; chèn phiếu chấm điểm rồi gõ
            điểm vào cột “Điểm tự chấm”. / Insert a template, check it, click a finding to jump to its cell, apply a fix; insert the scoring sheet and type scores.
          </Body1>
          <FormulaBar ref={formulaRef} address={view.selection} input={selected?.input ?? ''} locked={view.protected && selected?.locked === true} onCommit={handleCommit} onCancel={handleCancel} />
          {error !== null ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        <SheetGrid snapshot={view} onSelect={handleSelect} onMove={handleMove} onEdit={handleEdit} />
        <SheetTabs sheets={view.sheets} active={view.active} onActivate={handleActivate} />
      </section>
      <aside className={styles.pane} aria-label="Ngăn tác vụ Thi đua / task pane">
        <App host={host} api={api} initialTab={initialTab} />
      </aside>
    </div>
  );
}
