/**
 * Drawing search results and facet counts. Everything from the index is untrusted text and goes
 * in through textContent; the only markup is the `<mark>` this file creates for excerpt matches.
 */
import { excerptParts, resultExcerpt, safeResultPath, withFullStops } from '../lib/search-excerpt';
import { STORY_SECTIONS } from '../lib/story-sections';
import type { OtherLanguageResult } from '../lib/search-languages';
import type { PagefindResultData } from '../lib/search-pagefind';
import { SEARCH_FACETS, type SearchFacet } from '../lib/search-facets';

/** Page strings the script needs (from the page's data-strings). */
export interface SearchStrings {
  loading: string;
  failed: string;
  found: { one: string; other: string };
  /** A count in brackets, `{n}` standing for the number. */
  count: string;
  separator: string;
  /** The page's language tag, for page-language text inside a result of another language. */
  lang: string;
  /** How each language ends a sentence, by its tag: { 'zh-CN': '。', en: '.' }. */
  fullStops: Record<string, string>;
  /** Names of the site's languages in the page's language, by code: { zh: '中文', en: '英文' }. */
  languages: Record<string, string>;
  /** Results of other languages: how many (`{n}`, `{language}`), their mark, the link to the page's language. */
  other: { found: { one: string; other: string }; joiner: string; mark: string; readHere: string };
}

/** Names of facet values in the page's language, read from the facet form: 'place:520111' → '花溪区'. */
export function facetLabels(form: HTMLElement): Map<string, string> {
  const labels = new Map<string, string>();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const label = input.parentElement?.querySelector('[data-facet-label]')?.textContent ?? input.value;
    labels.set(`${input.name}:${input.value}`, label.trim());
  }
  return labels;
}

/** The sections a story page indexes besides its text, where an excerpt comes from only when the text has no match. */
const AROUND_TEXT = Object.values(STORY_SECTIONS);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One result: linked title, summary, excerpt with matches marked, then theme, place and the
 * initiative's period. A result in another language than the page's (`other`) carries its `lang`,
 * the name of its language, and a link to the same story in the page's language.
 */
export function resultItem(
  data: PagefindResultData,
  labels: Map<string, string>,
  strings: SearchStrings,
  other?: OtherLanguageResult,
): HTMLLIElement | undefined {
  const href = safeResultPath(data.url);
  if (!href) return undefined;
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result-title');
  const link = element('a', '', data.meta.title ?? href);
  link.href = href;
  link.dataset.resultLink = '';
  heading.append(link);
  item.append(heading);
  if (data.meta.summary) item.append(element('p', 'search-result-summary', data.meta.summary));
  const excerpt = element('p', 'search-result-excerpt');
  for (const part of excerptParts(
    withFullStops(resultExcerpt(data, AROUND_TEXT), strings.fullStops[other?.tag ?? strings.lang]),
  )) {
    excerpt.append(part.mark ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  if (excerpt.textContent) item.append(excerpt);
  const named = (facet: SearchFacet) =>
    (data.filters[facet] ?? []).map((id) => labels.get(`${facet}:${id}`)).filter((name) => name !== undefined);
  const period = data.meta.period ? element('span', '', data.meta.period) : undefined;
  // Theme, place and period, after the result's language when it is not the page's.
  const facts = [named('theme').join(strings.separator), named('place').join(strings.separator), period];
  const meta = element('p', 'search-result-meta');
  if (other) {
    // The result speaks its language; what the page adds to it speaks the page's.
    item.lang = link.hreflang = other.tag;
    meta.lang = strings.lang;
    if (period) period.lang = other.tag;
    const name = strings.languages[other.locale] ?? other.locale;
    facts.unshift(element('span', 'search-result-language', strings.other.mark.replace('{language}', name)));
  }
  for (const fact of facts.filter((fact): fact is string | HTMLElement => fact !== undefined && fact !== '')) {
    if (meta.firstChild) meta.append(' · ');
    meta.append(fact);
  }
  if (meta.firstChild) item.append(meta);
  if (other) {
    const here = element('p', 'search-result-here');
    const read = element('a', '', strings.other.readHere);
    here.lang = read.hreflang = strings.lang;
    read.href = other.here;
    here.append(read);
    item.append(here);
  }
  return item;
}

/**
 * Writes counts beside each facet value. Values that would give no result are hidden, unless
 * chosen or holding the keyboard focus; a facet with no value left is hidden whole.
 */
export function showCounts(
  form: HTMLElement,
  counts: Record<SearchFacet, Record<string, number>>,
  strings: SearchStrings,
): void {
  for (const key of SEARCH_FACETS) {
    let shown = 0;
    for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
      const count = counts[key][input.value] ?? 0;
      const slot = input.parentElement?.querySelector('[data-facet-count]');
      if (slot) slot.textContent = strings.count.replace('{n}', String(count));
      const item = input.closest('li');
      const hide = count === 0 && !input.checked && document.activeElement !== input;
      if (item) item.hidden = hide;
      if (!hide) shown++;
    }
    const fieldset = form.querySelector<HTMLElement>(`fieldset[data-facet="${key}"]`);
    if (fieldset) fieldset.hidden = shown === 0;
  }
}

/** The plural form of `forms` for `count` in the page's language, with the number put in. */
function counted(forms: { one: string; other: string }, count: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
  return form.replace('{n}', new Intl.NumberFormat(lang).format(count));
}

/** "3 stories found" in the page's language; with `others`, how many each other language adds: "; 2 in Chinese". */
export function foundText(count: number, strings: SearchStrings, others: Record<string, number> = {}): string {
  const parts = [counted(strings.found, count, strings.lang)];
  for (const [locale, found] of Object.entries(others)) {
    if (found === 0) continue;
    const name = strings.languages[locale] ?? locale;
    parts.push(counted(strings.other.found, found, strings.lang).replace('{language}', name));
  }
  return parts.join(strings.other.joiner);
}
