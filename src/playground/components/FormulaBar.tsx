import { Button, Input, Label, makeStyles, tokens, type InputOnChangeData } from '@fluentui/react-components';
import { forwardRef, useEffect, useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export interface FormulaBarProps {
  /** "C5" */
  readonly address: string;
  /** The selected cell's formula or constant. */
  readonly input: string;
  readonly locked: boolean;
  readonly onCommit: (text: string) => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  name: {
    minWidth: '4.5em',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  input: { flexGrow: 1 },
});

/** The cell's address and contents; Enter writes what was typed (formulas start with "="). */
export const FormulaBar = forwardRef<HTMLInputElement, FormulaBarProps>(function FormulaBar({ address, input, locked, onCommit, onCancel }, ref) {
  const styles = useStyles();
  const inputId = useId();
  const [draft, setDraft] = useState(input);
  useEffect(() => setDraft(input), [input, address]);

  const handleChange = (_event: ChangeEvent<HTMLInputElement>, data: InputOnChangeData): void => setDraft(data.value);
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommit(draft);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(input);
      onCancel();
    }
  };
  const handleCommit = (): void => onCommit(draft);

  return (
    <div className={styles.root}>
      <output className={styles.name} aria-label="Ô đang chọn / selected cell" data-testid="name-box">
        {address}
      </output>
      <Label htmlFor={inputId} size="small">
        fx
      </Label>
      <Input
        ref={ref}
        id={inputId}
        className={styles.input}
        value={draft}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
        aria-label={`Nội dung ô ${address} / contents of cell ${address}`}
        placeholder={locked ? 'Ô bị khoá (trang được bảo vệ) / locked cell (protected sheet)' : 'Gõ giá trị hoặc =công thức rồi Enter / type a value or =formula, then Enter'}
        data-testid="formula-bar"
      />
      <Button size="small" onClick={handleCommit}>
        Ghi / Enter
      </Button>
    </div>
  );
});
