/**
 * Pagefind splits the words of a Chinese search with `Intl.Segmenter`, whose first use in a
 * renderer loads a dictionary: 12–35 ms of the main thread in Chromium here, each time a page is
 * opened in a fresh one. The browser keeps it for the pages that follow in the same renderer, as a
 * search page opened from a page of the same site usually is. So the splitters are made ahead,
 * where the reader is about to search: by the header's box once they type in it, and by the search
 * page for its own language as its files arrive and for the others once it is idle. Nothing is
 * downloaded.
 */

/** Makes a word splitter for each BCP 47 tag in `languages`. */
export function warmWordSplitters(languages: string[]): void {
  if ('Segmenter' in Intl) for (const tag of languages) new Intl.Segmenter(tag, { granularity: 'word' });
}

/** Runs `task` when the page has nothing else to do (soon after, where the browser cannot tell). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 100);
}
