/**
 * Node-only: an Astro integration that writes `_headers` when the build is done, for static hosts
 * that read it (src/lib/security.ts says what it holds and why its rules never overlap). The rules
 * follow the built site's own folders, so a new top-level page or folder is covered without a
 * change here.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutBase } from '../lib/base';
import { LOCALES, localePath } from '../lib/locale';
import { routes } from '../lib/paths';
import { headerRules, headersFile, type SiteEntry } from '../lib/security';

/** Folders written after Astro is done, by src/build/main.ts: the search index. */
const WRITTEN_LATER = ['pagefind'];

/** The folders of the embed pages, one per language, without the base: '/embed/', '/en/embed/'. */
export function embedFolders(): string[] {
  return LOCALES.map((locale) => withoutBase(localePath(locale, routes.embeds())));
}

/** The entries of a folder of the site at `out`, as the header rules see them. */
export function siteEntries(out: string, path: string): SiteEntry[] {
  const entries = readdirSync(join(out, path), { withFileTypes: true })
    // Not served: this file itself, and the build's markers (dot files).
    .filter((entry) => entry.name !== '_headers' && !entry.name.startsWith('.'))
    .map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
  if (path === '/')
    for (const name of WRITTEN_LATER)
      if (!entries.some((entry) => entry.name === name)) entries.push({ name, folder: true });
  return entries;
}

/**
 * The integration: writes `_headers` into the built site, its paths under `base` (the site's base
 * path, '' at a domain's root). Goes after the one that writes listed files.
 */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'casebook-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const rules = headerRules((path) => siteEntries(out, path), embedFolders(), base);
        writeFileSync(join(out, '_headers'), headersFile(rules));
      },
    },
  };
}
