/**
 * The site's languages, in order: the first is the default and lives at the site root; each of
 * the others lives under `/<code>/`. Adding a language is adding an entry here, its UI strings
 * in ui.ts and its story files (`<code>.mdx`); with `fallback` set, missing text in that
 * language is taken from the fallback language instead of failing the build.
 */
export interface LocaleDefinition {
  /** URL prefix and story file name: `en` → `/en/…` and `en.mdx`. */
  code: string;
  /** BCP 47 tag for `<html lang>`, hreflang and Intl. */
  tag: string;
  /** BCP 47 tag for dates, when it differs from `tag` (English dates are en-GB). */
  dateTag?: string;
  /** Open Graph locale. */
  og: string;
  /** The language's name in itself, for the language switch. */
  name: string;
  /**
   * How numbers and figures are written: `cjk` groups by 万 and 亿 and puts units after the
   * number (3840余件); `western` uses thousands separators and nouns (3,840+ matters).
   */
  numerals: 'cjk' | 'western';
  /** Language whose text stands in for missing text in this one. */
  fallback?: string;
  /**
   * Word endings a search may take off words typed in this language. The search pages of other
   * languages read this language's index without its stemmer, and Pagefind matches a word by its
   * beginning: without "-y", "strawberry" finds "strawberries".
   */
  endings?: readonly string[];
  /**
   * The script the language is written in (a Unicode script name). Search takes words with no
   * letter of the page's script and some of another language's as that language's words, and
   * loads its index at once. Without it, search waits for the page's language to find few stories.
   */
  script?: string;
  /**
   * How the language ends a sentence, where not with "." and a space. Pagefind ends each block of
   * a page's text (a heading, a paragraph, a row of facts) with ". "; search excerpts in this
   * language write those stops its way.
   */
  fullStop?: string;
}

export const LOCALE_DEFINITIONS = [
  { code: 'zh', tag: 'zh-CN', og: 'zh_CN', name: '中文', numerals: 'cjk', script: 'Han', fullStop: '。' },
  {
    code: 'en',
    tag: 'en',
    dateTag: 'en-GB',
    og: 'en_GB',
    name: 'English',
    numerals: 'western',
    endings: ['ies', 'es', 's', 'ing', 'ed', 'e', 'y'],
    script: 'Latin',
  },
] as const satisfies readonly LocaleDefinition[];

/** A language code of the site. */
export type LocaleCode = (typeof LOCALE_DEFINITIONS)[number]['code'];

/**
 * The language the open data describes itself in: datapackage.json's titles and column
 * descriptions are written in it, and its home page is that language's figures page.
 */
export const METADATA_LOCALE: LocaleCode = 'en';

/** The languages to look in for text of `code`: itself, then its fallbacks in turn. */
export function fallbackChain(code: string): LocaleCode[] {
  const definitions: readonly LocaleDefinition[] = LOCALE_DEFINITIONS;
  const chain: LocaleCode[] = [];
  for (let current: string | undefined = code; current !== undefined;) {
    const definition = definitions.find((candidate) => candidate.code === current);
    if (!definition || chain.includes(definition.code as LocaleCode)) break;
    chain.push(definition.code as LocaleCode);
    current = definition.fallback;
  }
  return chain;
}

/** Fills the languages missing from a partial text with their fallback's text. */
export function fillFallbacks<T>(partial: Partial<Record<LocaleCode, T>>): Record<LocaleCode, T> {
  const full = {} as Record<LocaleCode, T>;
  for (const { code } of LOCALE_DEFINITIONS) {
    const found = fallbackChain(code).find((candidate) => partial[candidate] !== undefined);
    if (found !== undefined) full[code] = partial[found]!;
  }
  return full;
}
