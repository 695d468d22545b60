import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { GridCellView, GridSnapshot } from '../workbook-view';

export interface SheetGridProps {
  readonly snapshot: GridSnapshot;
  readonly onSelect: (address: string) => void;
  /** Arrow keys: move the selection by (rows, columns). */
  readonly onMove: (rowDelta: number, colDelta: number) => void;
  /** Enter, F2, double-click or typing: edit the selected cell (with the typed character). */
  readonly onEdit: (initial?: string) => void;
}

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    overflow: 'auto',
    position: 'relative',
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif', fontSize: '13px' },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3, width: '44px' },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    height: '22px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
  },
  headSelected: { backgroundColor: tokens.colorNeutralBackground3Selected, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  cell: {
    position: 'relative',
    height: '22px',
    maxHeight: '22px',
    padding: '0 4px',
    borderRight: '1px solid #E1E1E1',
    borderBottom: '1px solid #E1E1E1',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
  },
  spill: { overflow: 'visible', textOverflow: 'clip' },
  selected: { outline: '2px solid #217346', outlineOffset: '-2px', zIndex: 0 },
  note: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      borderTop: '6px solid #C00000',
      borderLeft: '6px solid transparent',
    },
  },
});

/** Table layout is fixed (column widths from the sheet), which needs an explicit table width. */
const ROW_HEADER_PX = 44;

function cellStyle(cell: GridCellView): CSSProperties {
  return {
    backgroundColor: cell.fill ?? undefined,
    fontWeight: cell.bold ? 700 : undefined,
    fontStyle: cell.italic ? 'italic' : undefined,
    color: cell.color ?? undefined,
    textAlign: cell.align,
  };
}

/** The active sheet as a grid of computed values; the selection follows the workbook's. */
export function SheetGrid({ snapshot, onSelect, onMove, onEdit }: SheetGridProps): JSX.Element {
  const styles = useStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const selectedCol = snapshot.selection.replace(/\d+$/, '');
  const selectedRow = Number(snapshot.selection.replace(/^[A-Z]+/, ''));

  // Keep the selected cell in view (e.g. after the pane jumps to a finding).
  useEffect(() => {
    const el = scrollerRef.current?.querySelector<HTMLElement>(`[data-address="${snapshot.selection}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [snapshot.selection, snapshot.active]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Tab is left alone so keyboard users can leave the grid.
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      onMove(move[0], move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      onEdit();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onEdit(event.key);
    }
  };

  const cellOf = (target: EventTarget): string | null => (target as HTMLElement).closest?.('td[data-address]')?.getAttribute('data-address') ?? null;
  const handleClick = (event: MouseEvent<HTMLTableElement>): void => {
    const address = cellOf(event.target);
    if (address !== null) onSelect(address);
  };
  const handleDoubleClick = (event: MouseEvent<HTMLTableElement>): void => {
    if (cellOf(event.target) !== null) onEdit();
  };

  return (
    <div
      ref={scrollerRef}
      className={styles.scroller}
      tabIndex={0}
      role="grid"
      aria-label={`Trang tính “${snapshot.active}” / worksheet`}
      aria-rowcount={snapshot.rows.length + 1}
      aria-colcount={snapshot.columns.length + 1}
      onKeyDown={handleKeyDown}
      data-testid="sheet-grid"
      data-sheet={snapshot.active}
      data-selection={snapshot.selection}
    >
      <table
        className={styles.table}
        style={{ width: `${ROW_HEADER_PX + snapshot.columns.reduce((sum, c) => sum + c.widthPx, 0)}px` }}
        role="presentation"
        onClick={handleClick}
        onDoubleClick={handleDoubleClick}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_PX}px` }} />
          {snapshot.columns.map((c) => (
            <col key={c.name} style={{ width: `${c.widthPx}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <th className={styles.corner} role="columnheader" aria-label="Hàng / row" />
            {snapshot.columns.map((c) => (
              <th key={c.name} role="columnheader" className={mergeClasses(styles.colHead, c.name === selectedCol && styles.headSelected)}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {snapshot.rows.map((row) => (
            <tr key={row.number} role="row">
              <th role="rowheader" className={mergeClasses(styles.rowHead, row.number === selectedRow && styles.headSelected)}>
                {row.number}
              </th>
              {row.cells.map((cell) => {
                const selected = cell.address === snapshot.selection;
                return (
                  <td
                    key={cell.address}
                    role="gridcell"
                    aria-selected={selected}
                    data-address={cell.address}
                    title={cell.note ?? (cell.text.length > 30 ? cell.text : undefined)}
                    className={mergeClasses(styles.cell, cell.spill && styles.spill, selected && styles.selected, cell.note !== null && styles.note)}
                    style={cellStyle(cell)}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
