/**
 * Drawing search results and facet counts. Everything from the index is untrusted text and goes
 * in through textContent; the only markup is the `<mark>` this file creates for excerpt matches.
 */
import { excerptParts, safeResultPath } from '../lib/search-excerpt';
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: linked title, summary, excerpt with matches marked, then theme, place and date. */
export function resultItem(
  data: PagefindResultData,
  labels: Map<string, string>,
  strings: SearchStrings,
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
  for (const part of excerptParts(data.excerpt)) {
    excerpt.append(part.mark ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  if (excerpt.textContent) item.append(excerpt);
  const named = (facet: SearchFacet) =>
    (data.filters[facet] ?? []).map((id) => labels.get(`${facet}:${id}`)).filter((name) => name !== undefined);
  const meta = [named('theme').join(strings.separator), named('place').join(strings.separator), data.meta.date ?? '']
    .filter(Boolean)
    .join(' · ');
  if (meta) item.append(element('p', 'search-result-meta', meta));
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

/** "3 stories found" in the page's language. */
export function foundText(count: number, strings: SearchStrings, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? strings.found.one : strings.found.other;
  return form.replace('{n}', new Intl.NumberFormat(lang).format(count));
}
