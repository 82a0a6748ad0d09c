/**
 * Languages for tests that speak of the site's languages, built from the list the site has, so
 * adding a language to src/i18n/locales.ts changes no test.
 */

/** Language codes tried, in order, for a language the site does not have: they sort between `faq` and `notes`. */
const CANDIDATES = ['fr', 'it', 'ja', 'ko', 'nl'];

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language the site does not have, with its English name: `{ code: 'fr', name: 'French' }`. */
export function missingLanguage(codes: readonly string[]): { code: string; name: string } {
  const code = CANDIDATES.find((candidate) => !codes.includes(candidate));
  if (!code) throw new Error(`the site has every test language (${CANDIDATES.join(', ')}): add another`);
  return { code, name: NAMES.of(code)! };
}

/** Text as a regular expression matching it literally. */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
