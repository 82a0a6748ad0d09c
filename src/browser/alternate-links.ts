/**
 * The language switch follows what the reader chose: its links go to the same page in the other
 * languages with the same query string (filters, search words), so switching language keeps them.
 */
export function carryQuery(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-alternate]')) {
    link.setAttribute('href', link.pathname + query);
  }
}
