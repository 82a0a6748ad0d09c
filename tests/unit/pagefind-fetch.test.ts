import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { inflated, pagefindFetch } from '../../src/browser/pagefind-fetch';

const SITE = 'https://casebook.example.org/search/';
/** A file as Pagefind writes it: gzip of its signature and the content. */
const PAGEFIND_FILE = gzipSync(Buffer.from('pagefind_dcd\u0001\u0002index bytes'));
const text = async (response: Response) => new TextDecoder().decode(await response.arrayBuffer());

/** A `fetch` that answers every address with `body` (or 404 for addresses containing 'missing') and records what it was asked. */
function server(body: BodyInit = PAGEFIND_FILE) {
  const asked: string[] = [];
  const next = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    return url.includes('missing') ? new Response('Not found', { status: 404 }) : new Response(body);
  }) as unknown as typeof fetch;
  return { asked, fetch: pagefindFetch('/pagefind/', next, SITE) };
}

describe('fetching Pagefind’s files on the search page', () => {
  it('hands Pagefind its gzipped files inflated by the browser, signature first, as a host’s gzip would', async () => {
    const { fetch } = server();
    for (const file of [
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind.zh-cn_61b6f9f.pf_meta',
      '/pagefind/index/en_3835ee2.pf_index',
      '/pagefind/filter/en_1bb6335.pf_filter',
      '/pagefind/fragment/en_6ed17ff.pf_fragment',
      // The other language's index, as the merge asks for it.
      '/pagefind/./pagefind.en_e025a72.pf_meta',
    ]) {
      expect(await text(await fetch(file)), file).toBe('pagefind_dcd\u0001\u0002index bytes');
    }
  });

  it('leaves alone bytes a host has already inflated, failed responses and everything outside the bundle', async () => {
    expect(await text(await inflated(new Response('pagefind_dcd plain')))).toBe('pagefind_dcd plain');
    const missing = new Response('Not found', { status: 404 });
    expect(await inflated(missing)).toBe(missing);
    const { fetch, asked } = server();
    const story = await fetch('/stories/any-story/');
    expect(new Uint8Array(await story.arrayBuffer())).toEqual(new Uint8Array(PAGEFIND_FILE));
    // Pagefind's script and a file of another folder are not Pagefind's gzipped files either.
    expect(new Uint8Array(await (await fetch('/pagefind/pagefind.js')).arrayBuffer())).toEqual(
      new Uint8Array(PAGEFIND_FILE),
    );
    expect(new Uint8Array(await (await fetch('/data/x.pf_meta')).arrayBuffer())).toEqual(new Uint8Array(PAGEFIND_FILE));
    expect(asked).toHaveLength(3);
  });

  it('fetches the entry file once per address for every index that asks for it, and again after a failure', async () => {
    const { fetch, asked } = server('{"version":"1.6.0","languages":{}}');
    const entry = '/pagefind/pagefind-entry.json?ts=0c9cd1a';
    const [first, merged] = await Promise.all([fetch(entry), fetch(`https://casebook.example.org${entry}`)]);
    expect(JSON.parse(await text(first!))).toEqual({ version: '1.6.0', languages: {} });
    expect(JSON.parse(await text(merged!))).toEqual({ version: '1.6.0', languages: {} });
    expect(asked).toEqual([entry]);
    // Another version of the index is another address.
    await fetch('/pagefind/pagefind-entry.json?ts=1');
    expect(asked).toHaveLength(2);
    const missing = '/pagefind/missing/pagefind-entry.json';
    expect((await fetch(missing)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await fetch(missing)).status).toBe(404);
    expect(asked.filter((url) => url === missing)).toHaveLength(2);
  });
});
