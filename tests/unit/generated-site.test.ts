/**
 * The generated sites the build benchmark and the rebuild test use (harness/generate.ts) measure
 * what a real site would: their stories pass the content check and are as rich as the real ones.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateSite } from '../../harness/generate';
import { checkContent } from '../../src/content-check';

const real = readdirSync(join('content', 'initiatives')).length;
const count = real * 3 + 1;
const site = generateSite(process.cwd(), count);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('generated stories', () => {
  const stories = readdirSync(join(site, 'content', 'initiatives'));

  it('pass the content check, with no warning about figures left unused', () => {
    const report = checkContent(site);
    expect(report.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
    expect(report.initiatives.size).toBe(count);
  });

  it('keep every figure and chart of the story they copy, in both languages', () => {
    for (const slug of stories.filter((name) => name.endsWith('-1'))) {
      const original = slug.replace(/-1$/, '');
      const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
      const copy = parse(read(join(site, 'content', 'initiatives', slug), 'data.yaml')) as Record<string, unknown>;
      const source = parse(read(join('content', 'initiatives', original), 'data.yaml')) as Record<string, unknown>;
      // One story is the site's headline; its copies are ordinary stories.
      const ordinary = (figures: unknown) =>
        (figures as Record<string, unknown>[]).map(({ headline: _headline, ...figure }) => figure);
      expect(ordinary(copy.figures), slug).toEqual(ordinary(source.figures));
      expect(copy.charts, slug).toEqual(source.charts);
      for (const lang of ['zh', 'en']) {
        const text = read(join(site, 'content', 'initiatives', slug), `${lang}.mdx`);
        const figures = (body: string) => body.match(/<(Figure|Chart)\b[^>]*>/g) ?? [];
        expect(figures(text), `${slug}/${lang}`).toEqual(
          figures(read(join('content', 'initiatives', original), `${lang}.mdx`)),
        );
      }
    }
  });

  it('have titles of their own and words that grow with the site', () => {
    const titles = new Set<string>();
    const words = new Set<string>();
    for (const slug of stories) {
      const text = readFileSync(join(site, 'content', 'initiatives', slug, 'en.mdx'), 'utf8');
      titles.add(/^title: (.*)$/m.exec(text)![1]!);
      for (const word of text
        .split('\n')
        .at(-2)!
        .match(/\b[A-Z][a-z]+\b/g) ?? [])
        words.add(word);
    }
    expect(titles.size).toBe(count);
    expect(words.size).toBeGreaterThan(count);
  });
});
