/** The pane's language: a React context with a `t` function bound to it. */
import { createContext, useCallback, useContext } from 'react';
import { translate, type Locale, type Params, type StringId } from '../i18n';

export const LocaleContext = createContext<Locale>('vi');

export interface LocaleTools {
  readonly locale: Locale;
  t(id: StringId, params?: Params): string;
}

export function useLocale(): LocaleTools {
  const locale = useContext(LocaleContext);
  const t = useCallback((id: StringId, params?: Params) => translate(locale, id, params), [locale]);
  return { locale, t };
}

const STORAGE_KEY = 'thidua.locale';

/** The language chosen earlier in this browser, else Vietnamese. */
export function storedLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    /* storage may be disabled in the webview: the choice then lasts this session only */
  }
}
