/**
 * Everything that depends on which languages the site has: codes, URL prefixes, tags,
 * alternates, collation and the fallback for missing text. Built from the list in
 * src/i18n/locales.ts; nothing else in the code names a language.
 */
import { fallbackChain, LOCALE_DEFINITIONS, METADATA_LOCALE, type LocaleDefinition } from '../i18n/locales';
import { withBase, withoutBase } from './base';

export type Locale = (typeof LOCALE_DEFINITIONS)[number]['code'];

const definitions: readonly LocaleDefinition[] = LOCALE_DEFINITIONS;

/** The configured languages, default first. */
export const LOCALES = definitions.map((definition) => definition.code) as [Locale, ...Locale[]];

/** The locale whose pages live at the site root. */
export const DEFAULT_LOCALE: Locale = LOCALES[0];

/** Locales whose text must be written (no fallback): content in them is required. */
export const REQUIRED_LOCALES = definitions.filter((d) => !d.fallback).map((d) => d.code as Locale);

/** The language datapackage.json describes itself in (src/i18n/locales.ts). */
export { METADATA_LOCALE };

/** One value per language, in the list's order, each `pick(code)`. */
export function byLocale<T>(pick: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, pick(locale)])) as Record<Locale, T>;
}

/** The definition of a locale. */
export function localeDefinition(locale: Locale): LocaleDefinition {
  return definitions.find((definition) => definition.code === locale)!;
}

/** BCP 47 tag for `<html lang>`, hreflang and Intl. */
export function langTag(locale: Locale): string {
  return localeDefinition(locale).tag;
}

/** BCP 47 tag for dates. */
export function dateTag(locale: Locale): string {
  const definition = localeDefinition(locale);
  return definition.dateTag ?? definition.tag;
}

/** Open Graph locale. */
export function ogLocale(locale: Locale): string {
  return localeDefinition(locale).og;
}

/** Whether a string is one of the configured locale codes. */
export function isLocale(code: string): code is Locale {
  return (LOCALES as string[]).includes(code);
}

/** The chain of locales to look in for text of `locale`: itself, then its fallbacks. */
export { fallbackChain };

const collators = new Map<Locale, Intl.Collator>();

/** A collator for sorting names in a language (pinyin order in Chinese); made once per language. */
export function collator(locale: Locale): Intl.Collator {
  let made = collators.get(locale);
  if (!made) collators.set(locale, (made = new Intl.Collator(langTag(locale))));
  return made;
}

/** The URL of a neutral path in a language: the default's at the root, another's under `/<code>/`. */
export function localePath(locale: Locale, neutral: string): string {
  const path = neutral.startsWith('/') ? neutral : `/${neutral}`;
  return withBase(locale === DEFAULT_LOCALE ? path : `/${locale}${path}`);
}

/** The language a URL path belongs to. */
export function localeOfPath(pathname: string): Locale {
  const first = withoutBase(pathname).split('/')[1] ?? '';
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The path without its language prefix: '/en/stories/x/' → '/stories/x/'. */
export function neutralPath(pathname: string): string {
  const path = withoutBase(pathname);
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const rest = path.slice(locale.length + 1);
  return rest === '' ? '/' : rest;
}

/** The same page in another language: '/stories/x/' ↔ '/en/stories/x/'; query and hash kept. */
export function translatePath(pathname: string, target: Locale): string {
  const match = /^([^?#]*)(.*)$/.exec(pathname)!;
  return localePath(target, neutralPath(match[1]!)) + match[2]!;
}

/** Route param for `[...locale]` pages: undefined puts the page at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** Static paths for a page that exists once per language: `/x/`, `/en/x/`, … */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/** One language version of a page, for hreflang links and the language switch. */
export interface Alternate {
  locale: Locale;
  /** BCP 47 tag, for `hreflang` and `lang`. */
  tag: string;
  /** The language's name in itself. */
  name: string;
  /** Site-relative path of the page in that language. */
  path: string;
}

/** Every language version of a neutral path, default language first. */
export function alternates(neutral: string): Alternate[] {
  return LOCALES.map((locale) => ({
    locale,
    tag: langTag(locale),
    name: localeDefinition(locale).name,
    path: localePath(locale, neutral),
  }));
}

/** The sitemap integration's i18n option: default locale and code → tag. */
export function sitemapI18n(): { defaultLocale: string; locales: Record<string, string> } {
  return {
    defaultLocale: DEFAULT_LOCALE,
    locales: Object.fromEntries(LOCALES.map((locale) => [locale, langTag(locale)])),
  };
}
