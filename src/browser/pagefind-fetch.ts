/**
 * How the search page fetches Pagefind's files. Pagefind stores its index, its metadata and its
 * WebAssembly gzipped, whatever the host does, and inflates each file in JavaScript, on the main
 * thread: for the WebAssembly (about 55 KB gzipped) that was the longest task of a first search.
 * The browser's own `DecompressionStream` inflates the same bytes natively. Pagefind takes a file
 * that already begins with its signature (`pagefind_dcd`) as inflated, as it does when a host has
 * sent the file with `Content-Encoding: gzip`, so nothing of Pagefind changes but where the work is
 * done.
 *
 * Pagefind also asks again for its entry file (`pagefind-entry.json`, the list of languages) for
 * each index merged in; the same address is answered from the first response, without a round
 * trip through the browser's cache.
 *
 * Pagefind fetches with the page's `fetch`, so that is what is wrapped, for the bundle's files
 * only: every other request goes through untouched.
 */

/** Files of the bundle Pagefind stores gzipped: its WebAssembly and every `.pf_*` file. */
const GZIPPED = /(\.pf_[a-z]+|\.pagefind)$/;

/** The first two bytes of every gzip stream. */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

type Fetch = typeof fetch;

/** `response`'s body inflated by the browser when it is gzip, as Pagefind reads it; otherwise the same bytes. */
export async function inflated(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!isGzip(bytes)) return new Response(bytes, init);
  const stream = new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'));
  return new Response(await new Response(stream).arrayBuffer(), init);
}

/**
 * A `fetch` for the page: requests for the files under `bundle` (a path such as '/pagefind/') that
 * Pagefind stores gzipped come back inflated, and its entry file is fetched once per address;
 * everything else is `next`'s. Without `DecompressionStream` only the entry file is shared.
 */
export function pagefindFetch(bundle: string, next: Fetch, base = location.href): Fetch {
  const entries = new Map<string, Promise<Response>>();
  const native = typeof DecompressionStream === 'function';
  return (input, init) => {
    const address = input instanceof Request ? input.url : String(input);
    const url = new URL(address, base);
    if (!url.pathname.startsWith(bundle) || (init?.method ?? 'GET') !== 'GET') return next(input, init);
    if (url.pathname.endsWith('/pagefind-entry.json')) {
      let entry = entries.get(url.href);
      if (!entry) {
        entry = next(input, init);
        entries.set(url.href, entry);
        // A failed fetch is not kept: the next one asks again.
        entry.then((response) => !response.ok && entries.delete(url.href)).catch(() => entries.delete(url.href));
      }
      return entry.then((response) => response.clone());
    }
    return native && GZIPPED.test(url.pathname) ? next(input, init).then(inflated) : next(input, init);
  };
}

let installed = false;

/** Makes the page's `fetch` the one above, for the bundle at `bundle` (once). */
export function installPagefindFetch(bundle: string): void {
  if (installed) return;
  installed = true;
  window.fetch = pagefindFetch(new URL(bundle, location.href).pathname, window.fetch.bind(window));
}
