/**
 * The text filter of the figures table, shared by the browser script and the tests: a row is
 * shown when its text holds every word of the query, whatever the case, width (full-width ３ or
 * Ａ) or thousands separators (3,840 and 3840 match each other).
 */

/** Text as the filter compares it: NFKC, lower case, no thousands separators, single spaces. */
export function searchable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a row's text holds every word of the query; an empty query matches every row. */
export function rowMatches(text: string, query: string): boolean {
  const haystack = searchable(text);
  return searchable(query)
    .split(' ')
    .every((word) => haystack.includes(word));
}

/** The query in a URL's search string (`?q=`), or ''. */
export function queryOf(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}

/** A search string with the query set, or without `q` when the query is empty; other parameters kept. */
export function withQuery(search: string, query: string): string {
  const params = new URLSearchParams(search);
  if (query.trim()) params.set('q', query.trim());
  else params.delete('q');
  const text = params.toString();
  return text ? `?${text}` : '';
}
