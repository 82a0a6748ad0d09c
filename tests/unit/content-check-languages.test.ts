import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check';
import { LOCALES } from '../../src/lib/locale';
import { contentTree, FIXTURES } from '../../harness/fixture';
import { missingLanguage } from '../../harness/languages';

// French with a fallback, as src/i18n/locales.ts would list it (last, in place of any French it
// lists already): its texts are optional, and when they are there they are checked like any other.
vi.mock('../../src/i18n/locales', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/i18n/locales')>();
  const french = { code: 'fr', tag: 'fr', og: 'fr_FR', name: 'Français', numerals: 'western', fallback: 'en' };
  const others = original.LOCALE_DEFINITIONS.filter((definition: { code: string }) => definition.code !== 'fr');
  return { ...original, LOCALE_DEFINITIONS: [...others, french] };
});

const STORY = 'initiatives/night-market';
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

function check(changes: Record<string, string>): string[] {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  return checkContent(tree.root).problems.map(formatProblem);
}

describe('a language with a fallback', () => {
  it('needs no text of its own', () => {
    expect(check({})).toEqual([]);
  });

  it('has its story and page files checked when they are there', () => {
    const problems = check({
      [`${STORY}/fr.mdx`]: `${valid(`${STORY}/en.mdx`)}\n<script>alert(1)</script>\n\nVoir [la page](/about/).\n`,
      'pages/about/fr.md': `${valid('pages/about/en.md').replace('/en/', '/fr/')}\n<meta http-equiv="refresh" content="0;url=https://example.org/">\n`,
    });
    expect(problems).toEqual([
      'content/initiatives/night-market/fr.mdx:8:1  <script> is not allowed: stories cannot run code. Delete it.',
      expect.stringMatching(/^content\/pages\/about\/fr\.md:\d+:1 {2}<meta> is not allowed/),
      "content/initiatives/night-market/fr.mdx:10:6  links to the other language's page /about/; link to /fr/about/ instead.",
    ]);
  });

  it('still refuses a language the site does not have, naming the ones it has', () => {
    expect(LOCALES).toContain('fr');
    const other = missingLanguage(LOCALES);
    expect(check({ [`${STORY}/${other.code}.mdx`]: valid(`${STORY}/en.mdx`) })).toEqual([
      `content/initiatives/night-market/${other.code}.mdx  "${other.code}" (${other.name}) is not a language of the site (${LOCALES.join(', ')}), so nothing reads this file: delete it, or add the language to src/i18n/locales.ts first.`,
    ]);
  });
});
