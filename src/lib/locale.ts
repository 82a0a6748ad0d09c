import type { Locale } from '../schemas/common';

export type { Locale } from '../schemas/common';
export { LOCALES } from '../schemas/common';

/** BCP 47 tag for `<html lang>`, hreflang and Intl. */
export const LANG_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Open Graph locale of each language. */
export const OG_LOCALE: Record<Locale, string> = { zh: 'zh_CN', en: 'en_GB' };

/** The locale whose pages live at the site root. */
export const DEFAULT_LOCALE: Locale = 'zh';

/** The other of the two languages. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
