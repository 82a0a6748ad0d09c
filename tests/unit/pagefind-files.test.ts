import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindFiles } from '../../scripts/support/pagefind-files';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

function write(path: string, bytes: string | Uint8Array) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), bytes);
}

/** A small index in Pagefind's layout: an entry file, and one language's metadata naming its files. */
function index() {
  site = mkdtempSync(join(tmpdir(), 'casebook-pagefind-'));
  write('pagefind/pagefind-entry.json', JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_abc' } } }));
  const meta = [
    '1.6.0',
    [
      ['en_p1', 120],
      ['en_p2', 80],
    ],
    [['a', 'm', 'en_i1']],
    [['theme', 'en_f1']],
    [],
    [],
  ];
  write('pagefind/pagefind.en_abc.pf_meta', gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(meta)])));
  for (const file of ['fragment/en_p1.pf_fragment', 'fragment/en_p2.pf_fragment', 'index/en_i1.pf_index'])
    write(`pagefind/${file}`, 'x');
  write('pagefind/filter/en_f1.pf_filter', 'x');
  // Files of an earlier index, named by nothing in this one.
  write('pagefind/fragment/en_old.pf_fragment', 'x');
}

describe('the files of a Pagefind index', () => {
  it('are the metadata of each language and the fragments, chunks and filters it names', () => {
    index();
    expect(pagefindFiles(site).sort()).toEqual([
      'pagefind/filter/en_f1.pf_filter',
      'pagefind/fragment/en_p1.pf_fragment',
      'pagefind/fragment/en_p2.pf_fragment',
      'pagefind/index/en_i1.pf_index',
      'pagefind/pagefind.en_abc.pf_meta',
    ]);
  });

  it('name a file the index needs and Pagefind did not write', () => {
    index();
    rmSync(join(site, 'pagefind/index/en_i1.pf_index'));
    expect(() => pagefindFiles(site)).toThrow(
      'the search index names pagefind/index/en_i1.pf_index, which Pagefind did not write',
    );
  });

  it('refuse metadata in a layout they do not know', () => {
    index();
    write('pagefind/pagefind.en_abc.pf_meta', gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode({ v: 2 })])));
    expect(() => pagefindFiles(site)).toThrow(/does not hold the pages, index chunks and filters/);
  });
});
