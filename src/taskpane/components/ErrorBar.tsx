import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLocale } from '../hooks/useLocale';
import { pickLanguage } from '../i18n';

export interface ErrorBarProps {
  /** The error's message (Vietnamese / English), or null for none. */
  readonly message: string | null;
  readonly onDismiss: () => void;
}

/** An operation's error as a readable message, never a stack trace. */
export function ErrorBar({ message, onDismiss }: ErrorBarProps): JSX.Element | null {
  const { locale, t } = useLocale();
  if (message === null) return null;
  return (
    <MessageBar intent="error" politeness="assertive" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        <span title={message}>{pickLanguage(message, locale)}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
