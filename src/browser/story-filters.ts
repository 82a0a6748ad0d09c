/**
 * Progressive enhancement for /stories/: reveals the folded filters (where CSS has not already),
 * filters and sorts the cards in place as choices change, updates each choice's count to follow
 * the selection, sums the selection up in the filters' summary, and keeps the state in the URL
 * (and in the language switch, so switching language keeps the selection). The reset button shows
 * only when there is something to reset. Without JavaScript the full list stays as it is.
 */
import { FACET_KEYS } from '../lib/facets';
import {
  compareCards,
  facetCountsFor,
  matches,
  parseState,
  selectionSummary,
  stateToSearch,
  type CardFacts,
  type FilterState,
  type SummaryWords,
} from '../lib/filter';
import { carryQuery } from './alternate-links';

const panel = document.querySelector<HTMLDetailsElement>('details[data-story-filters-panel]');
const controls = document.querySelector<HTMLElement>('[data-story-filters]');
const summary = document.querySelector<HTMLElement>('[data-filter-summary]');
const reset = controls?.querySelector<HTMLButtonElement>('button[data-filter-reset]');
const sortField = controls?.querySelector<HTMLSelectElement>('select[name=sort]');
const list = document.querySelector<HTMLUListElement>('#story-list');
const status = document.querySelector<HTMLElement>('#filter-status');
const empty = document.querySelector<HTMLElement>('#no-matches');

/** The facts a card carries in its data attributes (written by StoryCard.astro). */
function cardFacts(card: HTMLElement): CardFacts {
  const words = (value: string | undefined) => (value ? value.split(' ') : []);
  const data = card.dataset;
  return {
    facets: Object.fromEntries(
      FACET_KEYS.map((key) => [key, words(data[`facet${key[0]!.toUpperCase()}${key.slice(1)}`])]),
    ) as CardFacts['facets'],
    slug: data.slug ?? '',
    published: data.published ?? '',
    periodEnd: data.periodEnd ?? '',
    title: data.title ?? '',
  };
}

if (panel && controls && summary && reset && sortField && list && status && empty) {
  const cards = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const facts = new Map(cards.map((card) => [card, cardFacts(card)]));
  const collator = new Intl.Collator(document.documentElement.lang);
  const template = status.dataset.template ?? '{shown} / {total}';
  const boxes = [...controls.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const words = JSON.parse(summary.dataset.words ?? '{}') as SummaryWords;
  const names = new Map(
    boxes.map((box) => [
      `${box.name}:${box.value}`,
      box.parentElement?.querySelector('[data-filter-name]')?.textContent,
    ]),
  );

  /** The controls' state, read as the URL would carry it. */
  const read = (): FilterState => {
    const params = new URLSearchParams();
    for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    params.set('sort', sortField.value);
    return parseState(`?${params}`);
  };

  const write = (state: FilterState) => {
    for (const box of boxes)
      box.checked = (state.filters[box.name as keyof FilterState['filters']] ?? []).includes(box.value);
    sortField.value = state.sort;
  };

  const apply = (state: FilterState) => {
    let shown = 0;
    const order = [...cards].sort((a, b) => compareCards(state.sort, collator)(facts.get(a)!, facts.get(b)!));
    for (const card of order) {
      const visible = matches(facts.get(card)!, state.filters);
      card.hidden = !visible;
      if (visible) shown++;
      list.append(card);
    }
    const counts = facetCountsFor([...facts.values()], state.filters);
    for (const box of boxes) {
      const count = counts[box.name as keyof typeof counts]?.get(box.value) ?? 0;
      const label = box.closest('label')?.querySelector<HTMLElement>('[data-count]');
      if (label) label.textContent = String(count);
      box.closest('li')?.classList.toggle('is-empty', count === 0 && !box.checked);
    }
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(cards.length));
    empty.hidden = shown > 0;
    summary.textContent = selectionSummary(state, (key, id) => names.get(`${key}:${id}`) ?? undefined, words);
    reset.hidden = stateToSearch(state) === '';
    carryQuery(stateToSearch(state));
  };

  const initial = parseState(location.search);
  write(initial);
  apply(initial);
  panel.classList.remove('needs-script');

  const update = () => {
    const state = read();
    apply(state);
    history.replaceState(null, '', location.pathname + stateToSearch(state) + location.hash);
  };
  controls.addEventListener('change', update);
  reset.addEventListener('click', () => {
    write(parseState(''));
    update();
    // The button hides now: the keyboard goes back to the summary.
    panel.querySelector('summary')?.focus();
  });
}
