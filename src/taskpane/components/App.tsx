import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../../office/host';
import { TEMPLATES } from '../../core/templates';

export interface AppProps {
  readonly host: HostInfo;
}

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function App({ host }: AppProps): JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Thi đua</Title3>
      {host.legacyWebView ? (
        <Body1 role="alert">
          Ngăn tác vụ cần Excel 2019 trở lên; hãy dùng lệnh thidua để tạo tệp .xlsx. / The pane needs Excel 2019 or later; use the thidua CLI to create the .xlsx file.
        </Body1>
      ) : null}
      <Body1>Mẫu có sẵn / Templates: {TEMPLATES.length}</Body1>
      <ul>
        {TEMPLATES.map((t) => (
          <li key={t.id}>{t.title}</li>
        ))}
      </ul>
    </main>
  );
}
