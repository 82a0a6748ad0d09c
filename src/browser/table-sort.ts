/**
 * Progressive enhancement for `<table data-sortable>`: each column header gets a button that
 * sorts the rows by that column, ascending then descending, and says so with `aria-sort` and a
 * status message. Without JavaScript the table is complete, in its original order.
 *
 * A header with `data-sort="number"` sorts its cells' `data-sort-key` as numbers, within groups
 * of cells that share a `data-sort-group` (a unit: counting parking spaces against yuan means
 * nothing); other columns sort by `data-sort-key` or the cell's text, in the page's language.
 */

/** What a cell is sorted by. */
export interface SortKey {
  text: string;
  /** Set only for numeric columns, when the key is a number. */
  number?: number;
  /** Numbers are compared only within a group (their unit); groups are ordered by name. */
  group?: string;
}

/** Orders two keys: numerically when both are numbers of the same group, else by text. */
export function compareKeys(a: SortKey, b: SortKey, collator: Intl.Collator): number {
  if (a.number !== undefined && b.number !== undefined) {
    const byGroup = collator.compare(a.group ?? '', b.group ?? '');
    return byGroup !== 0 ? byGroup : a.number - b.number;
  }
  return collator.compare(a.text, b.text);
}

function keyOf(cell: HTMLTableCellElement | undefined, numeric: boolean): SortKey {
  const text = cell?.dataset.sortKey ?? cell?.textContent?.trim() ?? '';
  const number = numeric && text !== '' ? Number(text) : NaN;
  return { text, number: Number.isFinite(number) ? number : undefined, group: cell?.dataset.sortGroup };
}

/** Makes one table sortable. */
function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  if (!body || headers.length === 0) return;
  const status = table.dataset.sortStatus ? document.getElementById(table.dataset.sortStatus) : null;
  const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
  headers.forEach((header, column) => {
    const label = header.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    header.append(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = header.dataset.sort === 'number';
      const rows = [...body.rows].map((row, index) => ({ row, index, key: keyOf(row.cells[column], numeric) }));
      rows.sort((a, b) => (ascending ? 1 : -1) * compareKeys(a.key, b.key, collator) || a.index - b.index);
      body.append(...rows.map(({ row }) => row));
      const template = ascending ? table.dataset.sortedAscending : table.dataset.sortedDescending;
      if (status && template) status.textContent = template.replace('{column}', label);
    });
  });
}

if (typeof document !== 'undefined') {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
}
