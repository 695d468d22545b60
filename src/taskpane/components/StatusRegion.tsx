import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface StatusRegionProps {
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** A polite live region: screen readers announce results that appear in it. */
export function StatusRegion({ children }: StatusRegionProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite" aria-atomic="false">
      {children}
    </div>
  );
}
