import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/** The console's languages: English, and Italian (the seeds' own). */
export const LOCALES = ['en', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A feature's strings: every English key must have its Italian twin, which the type checker enforces.
 * Placeholders are written `{name}`.
 */
export type Messages<K extends string> = { en: Record<K, string>; it: Record<K, string> };

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

// Not a secret: the chosen language may outlive the session.
const STORAGE_KEY = 'channelgraph.locale';

/** The saved choice, else the browser's first language we speak, else English. */
export function detectLocale(saved: string | null, languages: readonly string[]): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if ((LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => undefined });

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(
    () => initial ?? detectLocale(safeStorage()?.getItem(STORAGE_KEY) ?? null, navigator.languages ?? [navigator.language]),
  );
  const setLocale = useCallback((next: Locale) => {
    safeStorage()?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const useLocale = () => useContext(LocaleContext);

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

export function format(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `t(key, values)` over one feature's messages in the current language. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const { locale } = useLocale();
  return useCallback((key: K, values?: Record<string, string | number>) => format(messages[locale][key], values), [messages, locale]);
}

/** Dates and times as the reader's language writes them. */
export function useFormatDate() {
  const { locale } = useLocale();
  return useCallback(
    (value: string | Date | null | undefined, withTime = false) => {
      if (!value) return '';
      const date = typeof value === 'string' ? new Date(value) : value;
      return new Intl.DateTimeFormat(
        locale === 'it' ? 'it-IT' : 'en-GB',
        withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
      ).format(date);
    },
    [locale],
  );
}
