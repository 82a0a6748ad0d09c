/**
 * The search page. Pagefind for the page's language starts loading as the page opens (see
 * search-load.ts); each keystroke then searches at once, with no debounce, and stale answers are
 * dropped. Where the page's language finds few stories for the words typed, the other languages
 * are searched too and their results follow, marked; words in another language's script start
 * that search at once, ahead of the page's own. The state lives in the URL (see
 * search-state.ts) and in the language switch. Facet counts: several values of one facet are OR,
 * so a facet with a choice is counted by one extra search without its own choice.
 */
import { localeOfPath } from '../lib/locale';
import {
  freshStories,
  FEW_RESULTS,
  otherLanguageResult,
  otherLocales,
  typedInOtherLanguages,
  wantsOtherLanguages,
  withoutEndings,
} from '../lib/search-languages';
import { PAGEFIND_SORT, type PagefindApi } from '../lib/search-pagefind';
import type { PagefindResult, PagefindResultData, PagefindSearchOptions } from '../lib/search-pagefind';
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
import { carryQuery } from './alternate-links';
import { hasFilters, languageFilter, otherLanguages, ownFilters, ownLanguage, ownLanguageFilter } from './search-load';
import { facetLabels, foundText, resultItem, showCounts, type SearchStrings } from './search-render';

/** Results drawn per step: each needs its fragment (about 2–3 KB), so fetch only what is shown. */
const BATCH = 5;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);
const form = $<HTMLFormElement>('[data-search-form]');
const box = $<HTMLInputElement>('[data-search-box]');
const status = $<HTMLElement>('[data-search-status]');
const layout = $<HTMLElement>('[data-search-layout]');
const list = $<HTMLOListElement>('[data-search-results]');
const other = $<HTMLElement>('[data-search-other]');
const otherList = $<HTMLOListElement>('[data-search-other-results]');
const ways = $<HTMLElement>('[data-search-ways]');
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
  other &&
  otherList &&
  ways &&
  more &&
  empty &&
  facets &&
  clear &&
  sort &&
  nojs
) {
  const strings = JSON.parse(status.dataset.strings ?? '{}') as SearchStrings;
  /** Each page of the index by its id: its address and title, as the build listed them in this page. */
  const titles = JSON.parse($<HTMLElement>('[data-search-pages]')?.dataset.searchPages || '{}') as Partial<
    Record<string, [string, string]>
  >;
  const page = localeOfPath(location.pathname);
  const others = otherLanguages(page);
  const labels = facetLabels(facets);
  let state = parseSearchState(location.search);
  let latest = 0;
  let pending: PagefindResult[] = [];
  /** Whether the current history entry belongs to the words being typed (replace, don't push). */
  let typing = false;

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
    carryQuery(searchStateToQuery(state));
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

  /**
   * The other languages' search for `term`, with the fragments of as many results as can be shown
   * beside a page's language that found few stories: started ahead of that search when the words are
   * in another language's script, after it otherwise.
   */
  const otherSearch = async (term: string, options: PagefindSearchOptions): Promise<PagefindResult[]> => {
    const api = await others();
    const responses = await Promise.all(
      otherLocales(page).map((locale) =>
        api.search(withoutEndings(term, locale), {
          ...options,
          filters: { ...options.filters, ...languageFilter(locale) },
        }),
      ),
    );
    // As many as can be shown, no more: each result's fragment is fetched to show it.
    return responses.flatMap((response) => response.results.slice(0, BATCH + FEW_RESULTS - 1));
  };

  /** What the page's list says of results (address and title), standing in for their fragments until they arrive; nothing if a result is not listed. */
  const listed = (results: PagefindResult[]): PagefindResultData[] | undefined => {
    const known = results.map((result) => titles[result.id]);
    return known.every((entry) => entry !== undefined)
      ? known.map(([url, title]) => ({ url, excerpt: '', meta: { title }, filters: {} }))
      : undefined;
  };

  /**
   * Shows the other languages' results, leaving out stories the page's language already found;
   * per language, how many are listed.
   */
  const showOtherResults = (data: PagefindResultData[], found: PagefindResultData[]): Record<string, number> => {
    const counts: Record<string, number> = {};
    const keep = freshStories(
      data.map((entry) => entry.url),
      found.map((entry) => entry.url),
      page,
      BATCH,
    );
    const items = keep.flatMap((index) => {
      const entry = data[index]!;
      const language = otherLanguageResult(entry.url, page);
      const item = language && resultItem(entry, labels, strings, language);
      if (!item || !language) return [];
      counts[language.locale] = (counts[language.locale] ?? 0) + 1;
      return [item];
    });
    otherList.replaceChildren(...items);
    other.hidden = items.length === 0;
    return counts;
  };

  const run = async () => {
    const ticket = ++latest;
    ways.hidden = hasSearch(state);
    if (!hasSearch(state)) {
      layout.hidden = true;
      list.replaceChildren();
      otherList.replaceChildren();
      status.textContent = '';
      return;
    }
    const term = state.query || null;
    const order = PAGEFIND_SORT[state.sort] ?? (term ? undefined : PAGEFIND_SORT.newest);
    const options = (filters: PagefindSearchOptions['filters']): PagefindSearchOptions =>
      order ? { filters, sort: order } : { filters };
    // Words in another language's script: its index loads and is searched at once.
    const early =
      term && typedInOtherLanguages(term, page).length
        ? otherSearch(term, options(pagefindFilters(state.filters)))
        : undefined;
    early?.catch(() => undefined);
    let api: PagefindApi;
    try {
      const loading = ownLanguage();
      if (status.textContent === '') status.textContent = strings.loading;
      api = await loading;
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
      return;
    }
    // Words in another language's script are searched there first: the page's own search, which
    // seldom finds them, would hold up the main thread while that language's index is merged.
    if (early) await early.catch(() => undefined);
    if (ticket !== latest) return;
    const chosen = chosenFacets(state.filters);
    // Counts need every filter: a first search made before they are in shows its results first.
    const withCounts = hasFilters();
    if (!withCounts) void ownFilters().catch(() => undefined);
    // The page's own index alone: the other languages' may be merged into the same instance.
    const own = ownLanguageFilter(page);
    const searches = () =>
      Promise.all([
        api.search(term, options({ ...pagefindFilters(state.filters), ...own })),
        ...chosen.map((key) => api.search(term, { filters: { ...pagefindFilters(state.filters, key), ...own } })),
      ]);
    const counts = (responses: Awaited<ReturnType<typeof searches>>) => {
      const countsWithout: Partial<Record<SearchFacet, FacetCounts>> = {};
      chosen.forEach((key, index) => (countsWithout[key] = responses[index + 1]?.filters ?? {}));
      return facetCounts(responses[0]!.filters, countsWithout);
    };
    const responses = await searches();
    const main = responses[0];
    if (ticket !== latest || !main) return;
    const first = main.results.slice(0, BATCH);
    // Titles and links at once, from the page's list; excerpts and the rest when the fragments are in.
    const titled = first.length ? listed(first) : undefined;
    if (titled) {
      list.replaceChildren(
        ...titled.map((entry) => resultItem(entry, labels, strings)).filter((item) => item !== undefined),
      );
      list.hidden = false;
      layout.hidden = false;
    }
    const data = await Promise.all(first.map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((entry) => resultItem(entry, labels, strings)).filter((item) => item !== undefined),
    );
    pending = main.results.slice(BATCH);
    more.hidden = pending.length === 0;
    list.hidden = main.results.length === 0;
    layout.hidden = false;
    let elsewhere: Record<string, number> = {};
    const wanted = term && wantsOtherLanguages(state.query, main.results.length);
    if (!wanted) {
      otherList.replaceChildren();
      other.hidden = true;
    }
    const showCountsOf = (shown: Awaited<ReturnType<typeof searches>>) => {
      showCounts(facets, counts(shown), strings);
      facets.hidden = main.results.length === 0 && chosen.length === 0;
    };
    if (withCounts) showCountsOf(responses);
    if (wanted) {
      try {
        const results = await (early ?? otherSearch(term, options(pagefindFilters(state.filters))));
        if (ticket !== latest) return;
        const titledElsewhere = listed(results);
        if (titledElsewhere) {
          showOtherResults(titledElsewhere, data);
          layout.hidden = false;
        }
        const fragments = await Promise.all(results.map((result) => result.data()));
        if (ticket !== latest) return;
        elsewhere = showOtherResults(fragments, data);
      } catch {
        // The page's own results stand alone.
      }
      if (ticket !== latest) return;
    }
    if (!withCounts) {
      try {
        await ownFilters();
      } catch {
        // Results without counts.
      }
      if (ticket !== latest) return;
      showCountsOf(await searches());
      if (ticket !== latest) return;
    }
    const shown = main.results.length + Object.values(elsewhere).reduce((sum, count) => sum + count, 0);
    empty.hidden = shown > 0;
    status.textContent = foundText(main.results.length, strings, elsewhere);
    list.dataset.query = state.query;
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
  const links = () => [...layout.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || layout.hidden) return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  layout.addEventListener('keydown', (event) => {
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
  carryQuery(searchStateToQuery(state));
  // Ready before the first word is typed, with its filters; the other languages load only when a
  // search needs them.
  if (hasSearch(state)) void run();
  void ownFilters().catch(() => undefined);
}
