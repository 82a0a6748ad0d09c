/**
 * axe-core, run in a page as it stands. Every browser test checks accessibility through here, with
 * the same rules: axe's defaults and WCAG 2.2's target-size rule, which axe leaves off and Lighthouse,
 * and fingers, do not.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OPTIONS: RunOptions = { rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] };

/** A violation as a test failure shows it: the rule, then the elements, e.g. "color-contrast: .tag, .date". */
function listed(violations: AxeResults['violations']): string[] {
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * The axe violations in `page` (or in the elements `include` selects), as "rule: elements": of every
 * rule, or of `rules` alone.
 *
 * A page without frames gets axe once and runs it in place. `@axe-core/playwright` by default
 * finishes every run in a second, blank page it opens and fills with axe again, which costs more than
 * the run itself; it is used, in its same-origin mode, only for a page that holds frames.
 */
export async function axeViolations(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  const options: RunOptions = rules ? { ...OPTIONS, runOnly: { type: 'rule', values: rules } } : OPTIONS;
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page }).setLegacyMode().options(options);
    return listed((await (include ? builder.include(include) : builder).analyze()).violations);
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  // Only the violations leave the page, already as text: the passes axe also reports run to
  // megabytes on a long page.
  return page.evaluate(
    async ([context, runOptions]) => {
      const { axe } = window as unknown as { axe: { run: (c: ElementContext, o: RunOptions) => Promise<AxeResults> } };
      const { violations } = await axe.run(context ?? document, runOptions);
      // Written out here, as this function runs in the page: the same text as `listed` gives.
      return violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    },
    [include ?? null, options] as const,
  );
}

/** The axe rules whose outcome depends on the page's colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The violations in both colour schemes, each marked with its scheme: every rule in the light
 * scheme, then, switched to the dark one (what a reader changing their system's setting sees), the
 * rules that depend on colours. The site's dark scheme sets colours and nothing else
 * (colour-schemes.test.ts holds it to that), so no other rule can come out differently.
 */
export async function axeViolationsInBothSchemes(page: Page, include?: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const found = (await axeViolations(page, include)).map((violation) => `${violation} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...(await axeViolations(page, include, COLOUR_RULES)).map((violation) => `${violation} (dark)`));
  return found;
}
