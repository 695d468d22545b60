import { Button, Spinner, type ButtonProps } from '@fluentui/react-components';

export interface BusyButtonProps {
  readonly busy: boolean;
  /** Shown while busy (e.g. "Đang kiểm tra…"). */
  readonly busyLabel: string;
  readonly label: string;
  readonly onClick: () => void;
  readonly appearance?: ButtonProps['appearance'];
  readonly disabled?: boolean;
  readonly 'aria-label'?: string;
}

/**
 * A button that shows a spinner while its operation runs. It stays focusable
 * while busy (so keyboard focus is not lost) but ignores clicks.
 */
export function BusyButton({ busy, busyLabel, label, onClick, appearance = 'primary', disabled = false, ...rest }: BusyButtonProps): JSX.Element {
  return (
    <Button
      appearance={appearance}
      disabled={disabled}
      disabledFocusable={busy && !disabled}
      aria-busy={busy}
      aria-label={rest['aria-label']}
      icon={busy ? <Spinner size="extra-tiny" aria-hidden="true" /> : undefined}
      onClick={onClick}
    >
      {busy ? busyLabel : label}
    </Button>
  );
}
