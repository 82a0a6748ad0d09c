/**
 * Progressive enhancement for `<div data-table-filter>`, a search box (not a form: nothing is
 * sent anywhere): as the reader types, the rows of the table it names that do not hold every word
 * are hidden, a status line says how many are shown, and the words go into the URL (`?q=`), so a
 * filtered table can be shared. Without JavaScript the box stays hidden and the table is whole;
 * the theme links above it still narrow it.
 */
import { queryOf, rowMatches, withQuery } from '../lib/table-filter';

for (const box of document.querySelectorAll<HTMLElement>('[data-table-filter]')) {
  const input = box.querySelector<HTMLInputElement>('input[type="search"]');
  const table = document.getElementById(box.dataset.tableFilter ?? '');
  const status = document.getElementById(box.dataset.filterStatus ?? '');
  const body = table instanceof HTMLTableElement ? table.tBodies[0] : undefined;
  if (!input || !body || !status) continue;
  const rows = [...body.rows].map((row) => ({ row, text: row.textContent ?? '' }));
  const apply = () => {
    const query = input.value;
    let shown = 0;
    for (const { row, text } of rows) {
      row.hidden = !rowMatches(text, query);
      if (!row.hidden) shown++;
    }
    const template = shown === 0 ? box.dataset.none : box.dataset.shown;
    status.textContent = query.trim()
      ? (template ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length))
      : '';
    history.replaceState(history.state, '', `${location.pathname}${withQuery(location.search, query)}${location.hash}`);
  };
  input.addEventListener('input', apply);
  box.classList.remove('needs-script');
  const initial = queryOf(location.search);
  if (initial) {
    input.value = initial;
    apply();
  }
}
