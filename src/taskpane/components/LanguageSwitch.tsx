import { Radio, RadioGroup, makeStyles, tokens, type RadioGroupOnChangeData } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useLocale } from '../hooks/useLocale';
import type { Locale } from '../i18n';

export interface LanguageSwitchProps {
  readonly onChange: (locale: Locale) => void;
}

const useStyles = makeStyles({
  group: { columnGap: tokens.spacingHorizontalXS },
});

/** Tiếng Việt / English, as a radio group (one tab stop, arrow keys move). */
export function LanguageSwitch({ onChange }: LanguageSwitchProps): JSX.Element {
  const { locale, t } = useLocale();
  const styles = useStyles();
  const handleChange = (_event: FormEvent<HTMLDivElement>, data: RadioGroupOnChangeData): void => {
    onChange(data.value === 'en' ? 'en' : 'vi');
  };
  return (
    <RadioGroup className={styles.group} layout="horizontal" value={locale} onChange={handleChange} aria-label={t('language')}>
      <Radio value="vi" label="VI" aria-label={t('languageVi')} />
      <Radio value="en" label="EN" aria-label={t('languageEn')} />
    </RadioGroup>
  );
}
