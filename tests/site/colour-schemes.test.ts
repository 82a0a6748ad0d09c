/**
 * The dark scheme changes colours and nothing else: every rule the site's CSS gives under
 * `prefers-color-scheme: dark` sets a colour. The browser tests rely on it: they check a page's
 * every axe rule in the light scheme and, in the dark one, the rules that depend on colours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule, type Declaration } from 'postcss';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../../harness/dist';

/** Properties that hold only a colour (or the scheme itself). */
const COLOUR_PROPERTIES = new Set([
  'color',
  'background',
  'background-color',
  'border-color',
  'outline-color',
  'text-decoration-color',
  'caret-color',
  'accent-color',
  'fill',
  'stroke',
  'color-scheme',
]);
/** A colour value: a hex, a colour function, a keyword, or another custom property. */
const COLOUR_VALUE =
  /^(?:#[\da-f]{3,8}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark|var)\(.*\)|transparent|currentcolor|canvas|canvastext|[a-z]+)(?:\s*!important)?$/i;

/** Every declaration inside a dark-scheme media query of a CSS text, with where it is. */
function darkDeclarations(css: string, file: string): { where: string; declaration: Declaration }[] {
  const found: { where: string; declaration: Declaration }[] = [];
  postcss.parse(css, { from: file }).walkAtRules('media', (rule: AtRule) => {
    if (!/prefers-color-scheme\s*:\s*dark/.test(rule.params)) return;
    rule.walkDecls((declaration) => {
      found.push({ where: `${file}:${declaration.source?.start?.line}`, declaration });
    });
  });
  return found;
}

/** What is wrong with a dark-scheme declaration, or nothing. */
function notAColour({ prop, value }: Declaration): string | undefined {
  if (prop.startsWith('--')) return COLOUR_VALUE.test(value.trim()) ? undefined : `${prop}: ${value} is not a colour`;
  return COLOUR_PROPERTIES.has(prop.toLowerCase()) ? undefined : `${prop} is not a colour property`;
}

describe('the dark scheme', () => {
  it('sets colours only, in every stylesheet of the built site', () => {
    requireDist();
    const folder = join(DIST, '_astro');
    const sheets = readdirSync(folder).filter((name) => name.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    const declarations = sheets.flatMap((name) => darkDeclarations(readFileSync(join(folder, name), 'utf8'), name));
    expect(declarations.length, 'declarations under prefers-color-scheme: dark').toBeGreaterThan(5);
    const wrong = declarations.flatMap(({ where, declaration }) => {
      const problem = notAColour(declaration);
      return problem ? [`${where}  ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('the check refuses a dark rule that changes layout or hides something', () => {
    const css =
      '@media (prefers-color-scheme: dark) { :root { --bg: #111; --gap: 2rem; } .a { color: #eee; display: none } }';
    expect(darkDeclarations(css, 'probe.css').flatMap(({ declaration }) => notAColour(declaration) ?? [])).toEqual([
      '--gap: 2rem is not a colour',
      'display is not a colour property',
    ]);
  });
});
