/**
 * Progressive enhancement for /stories/: shows the filter form, filters and sorts the cards in
 * place and keeps the state in the URL. Without JavaScript the full list stays as it is.
 */
import {
  compareCards,
  FILTER_KEYS,
  matches,
  parseState,
  stateToSearch,
  type CardFacts,
  type FilterState,
} from '../lib/filter';

const form = document.querySelector<HTMLFormElement>('form[data-story-filters]');
const list = document.querySelector<HTMLUListElement>('#story-list');
const status = document.querySelector<HTMLElement>('#filter-status');
const empty = document.querySelector<HTMLElement>('#no-matches');

if (form && list && status && empty) {
  const cards = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const facts = new Map<HTMLLIElement, CardFacts>(
    cards.map((card) => {
      const data = card.dataset;
      const words = (value: string | undefined) => (value ? value.split(' ') : []);
      return [
        card,
        {
          theme: data.theme ?? '',
          places: words(data.places),
          tags: words(data.tags),
          years: words(data.years),
          published: data.published ?? '',
          periodEnd: data.periodEnd ?? '',
          title: data.title ?? '',
        },
      ];
    }),
  );
  const collator = new Intl.Collator(document.documentElement.lang);
  const template = status.dataset.template ?? '{shown} / {total}';

  const read = (): FilterState => {
    const data = new FormData(form);
    const filters: FilterState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const value = data.get(key);
      if (typeof value === 'string' && value) filters[key] = value;
    }
    return { filters, sort: data.get('sort') === 'title' ? 'title' : 'newest' };
  };

  const write = (state: FilterState) => {
    for (const key of FILTER_KEYS) {
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLSelectElement) field.value = state.filters[key] ?? '';
    }
    const sort = form.elements.namedItem('sort');
    if (sort instanceof HTMLSelectElement) sort.value = state.sort;
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
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(cards.length));
    empty.hidden = shown > 0;
  };

  const initial = parseState(location.search);
  write(initial);
  apply(initial);
  form.hidden = false;

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
    setTimeout(() => {
      const state: FilterState = { filters: {}, sort: 'newest' };
      write(state);
      apply(state);
      history.replaceState(null, '', location.pathname + location.hash);
    });
  });
}
