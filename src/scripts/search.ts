/**
 * The search page. Pagefind (its script, WebAssembly and index) is loaded only when the reader
 * focuses the box or arrives with a search in the URL; each keystroke then searches at once, with
 * no debounce, and stale answers are dropped. The state lives in the URL (see search-state.ts).
 * Facet counts: several values of one facet are OR, so a facet with a choice is counted by one
 * extra search without its own choice.
 */
import { withBase } from '../lib/base';
import { PAGEFIND_OPTIONS, PAGEFIND_SORT, PAGEFIND_URL, type PagefindApi } from '../lib/search-pagefind';
import type { PagefindResult, PagefindSearchOptions } from '../lib/search-pagefind';
import { isSearchFacet, type SearchFacet } from '../lib/search-facets';
import {
  chosenFacets,
  facetCounts,
  hasSearch,
  pagefindFilters,
  parseSearchState,
  searchStateToQuery,
  type FacetCounts,
  type SearchState,
} from '../lib/search-state';
import { facetLabels, foundText, resultItem, showCounts, type SearchStrings } from './search-render';

/** Results drawn per step: each needs its fragment (about 2–3 KB), so fetch only what is shown. */
const BATCH = 5;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);
const form = $<HTMLFormElement>('[data-search-form]');
const box = $<HTMLInputElement>('[data-search-box]');
const status = $<HTMLElement>('[data-search-status]');
const layout = $<HTMLElement>('[data-search-layout]');
const list = $<HTMLOListElement>('[data-search-results]');
const more = $<HTMLButtonElement>('[data-search-more]');
const empty = $<HTMLElement>('[data-search-empty]');
const facets = $<HTMLElement>('[data-search-facets]');
const clear = $<HTMLButtonElement>('[data-search-clear]');
const sort = $<HTMLSelectElement>('[data-search-sort]');
const nojs = $<HTMLElement>('[data-search-nojs]');

// On the dev server there is no index: the page keeps its explanation and links.
if (
  !import.meta.env.DEV &&
  form &&
  box &&
  status &&
  layout &&
  list &&
  more &&
  empty &&
  facets &&
  clear &&
  sort &&
  nojs
) {
  const strings = JSON.parse(status.dataset.strings ?? '{}') as SearchStrings;
  const lang = document.documentElement.lang;
  const labels = facetLabels(facets);
  let state = parseSearchState(location.search);
  let pagefind: Promise<PagefindApi> | undefined;
  let latest = 0;
  let pending: PagefindResult[] = [];
  /** Whether the current history entry belongs to the words being typed (replace, don't push). */
  let typing = false;

  const load = (): Promise<PagefindApi> =>
    (pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ withBase(PAGEFIND_URL))) as PagefindApi;
      // Result URLs carry the site's base path when it is served under one.
      await api.options({ ...PAGEFIND_OPTIONS, baseUrl: withBase('/') });
      await api.init();
      await api.filters(); // loads the filter index, so searches report counts
      return api;
    })().catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    }));

  const writeForm = () => {
    box.value = state.query;
    sort.value = state.sort;
    for (const input of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      input.checked = isSearchFacet(input.name) && (state.filters[input.name]?.includes(input.value) ?? false);
    }
  };

  const readFacets = (): SearchState['filters'] => {
    const filters: SearchState['filters'] = {};
    for (const input of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      if (isSearchFacet(input.name)) (filters[input.name] ??= []).push(input.value);
    }
    return filters;
  };

  const commit = (push: boolean) => {
    const url = location.pathname + searchStateToQuery(state) + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const appendResults = async (results: PagefindResult[], ticket: number): Promise<HTMLLIElement[]> => {
    const data = await Promise.all(results.map((result) => result.data()));
    if (ticket !== latest) return [];
    const items = data.map((entry) => resultItem(entry, labels, strings)).filter((item) => item !== undefined);
    list.append(...items);
    return items;
  };

  const run = async () => {
    const ticket = ++latest;
    if (!hasSearch(state)) {
      layout.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let api: PagefindApi;
    try {
      const loading = load();
      if (status.textContent === '') status.textContent = strings.loading;
      api = await loading;
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
      return;
    }
    const term = state.query || null;
    const order = PAGEFIND_SORT[state.sort] ?? (term ? undefined : PAGEFIND_SORT.newest);
    const options = (filters: PagefindSearchOptions['filters']): PagefindSearchOptions =>
      order ? { filters, sort: order } : { filters };
    const chosen = chosenFacets(state.filters);
    const [main, ...others] = await Promise.all([
      api.search(term, options(pagefindFilters(state.filters))),
      ...chosen.map((key) => api.search(term, { filters: pagefindFilters(state.filters, key) })),
    ]);
    if (ticket !== latest || !main) return;
    const without: Partial<Record<SearchFacet, FacetCounts>> = {};
    chosen.forEach((key, index) => (without[key] = others[index]?.filters ?? {}));
    const first = main.results.slice(0, BATCH);
    const data = await Promise.all(first.map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((entry) => resultItem(entry, labels, strings)).filter((item) => item !== undefined),
    );
    pending = main.results.slice(BATCH);
    more.hidden = pending.length === 0;
    empty.hidden = main.results.length > 0;
    list.hidden = main.results.length === 0;
    showCounts(facets, facetCounts(main.filters, without), strings);
    facets.hidden = main.results.length === 0 && chosen.length === 0;
    status.textContent = foundText(main.results.length, strings, lang);
    list.dataset.query = state.query;
    layout.hidden = false;
  };

  const searchNow = (push: boolean) => {
    commit(push);
    void run();
  };

  const onQuery = () => {
    const query = box.value.trim();
    if (query === state.query) return;
    state = { ...state, query };
    searchNow(!typing);
    typing = true;
  };

  box.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) onQuery();
  });
  box.addEventListener('compositionend', onQuery);
  box.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  box.addEventListener('blur', () => (typing = false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
    onQuery();
  });

  facets.addEventListener('change', () => {
    typing = false;
    state = { ...state, filters: readFacets() };
    searchNow(true);
  });
  clear.addEventListener('click', () => {
    facets.querySelectorAll<HTMLInputElement>('input:checked').forEach((input) => (input.checked = false));
    typing = false;
    state = { ...state, filters: {} };
    searchNow(true);
  });
  sort.addEventListener('change', () => {
    typing = false;
    state = { ...state, sort: sort.value === 'newest' ? 'newest' : 'relevance' };
    searchNow(true);
  });
  more.addEventListener('click', async () => {
    const next = pending.splice(0, BATCH);
    more.hidden = pending.length === 0;
    const items = await appendResults(next, latest);
    items[0]?.querySelector('a')?.focus();
  });

  // Keyboard: ↓ from the box to the first result, ↑/↓ between results, ↑ from the first back up.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || list.hidden || layout.hidden) return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.indexOf(event.target as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[index + 1] : index === 0 ? box : all[index - 1];
    next?.focus();
  });

  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    typing = false;
    writeForm();
    void run();
  });

  nojs.hidden = true;
  form.classList.remove('needs-script');
  writeForm();
  if (hasSearch(state)) void run();
}
