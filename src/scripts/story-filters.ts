/**
 * Progressive enhancement for /stories/: reveals the filter form (where CSS has not already),
 * filters and sorts the cards in place, updates each choice's count to follow the selection, and
 * keeps the state in the URL (and in the language switch, so switching language keeps the
 * selection). Without JavaScript the full list stays as it is.
 */
import { FACET_KEYS } from '../lib/facets';
import {
  compareCards,
  facetCountsFor,
  matches,
  parseState,
  stateToSearch,
  type CardFacts,
  type FilterState,
} from '../lib/filter';
import { SORT_KEYS, type SortKey } from '../lib/order';

const form = document.querySelector<HTMLFormElement>('form[data-story-filters]');
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

if (form && list && status && empty) {
  const cards = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const facts = new Map(cards.map((card) => [card, cardFacts(card)]));
  const collator = new Intl.Collator(document.documentElement.lang);
  const template = status.dataset.template ?? '{shown} / {total}';
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const sortField = form.elements.namedItem('sort');

  const read = (): FilterState => {
    const data = new FormData(form);
    const filters: FilterState['filters'] = {};
    for (const key of FACET_KEYS) {
      const values = data.getAll(key).filter((value): value is string => typeof value === 'string' && value !== '');
      if (values.length) filters[key] = values;
    }
    const sort = data.get('sort');
    return { filters, sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : 'newest' };
  };

  const write = (state: FilterState) => {
    for (const box of boxes)
      box.checked = (state.filters[box.name as keyof FilterState['filters']] ?? []).includes(box.value);
    if (sortField instanceof HTMLSelectElement) sortField.value = state.sort;
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
    // The other languages' versions of this page keep the selection.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-alternate]')) {
      link.setAttribute('href', link.pathname + stateToSearch(state));
    }
  };

  const initial = parseState(location.search);
  write(initial);
  apply(initial);
  form.classList.remove('needs-script');

  const update = () => {
    const state = read();
    apply(state);
    history.replaceState(null, '', location.pathname + stateToSearch(state) + location.hash);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('reset', () => {
    // After the browser has reset the fields.
    setTimeout(update);
  });
}
