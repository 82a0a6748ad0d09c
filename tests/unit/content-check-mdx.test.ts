import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check';
import { mdxGuard } from '../../src/content-check/mdx-guard';
import { ASTRO_MDX_FEATURES, splitFrontmatter } from '../../src/content-check/story-body';
import { HOSTILE_MDX as hostile } from '../fixtures/hostile-mdx';
import { contentTree, FIXTURES } from '../../harness/fixture';

const EN = 'initiatives/night-market/en.mdx';
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

/** Problems in a copy of the valid fixture with `changes` applied. */
function check(changes: Record<string, string>): Problem[] {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  return checkContent(tree.root).problems;
}

/** The valid English story with `mdx` added from line 8 on. */
const story = (mdx: string) => `${valid(EN)}\n${mdx}\n`;

/** The compile step as @astrojs/mdx runs it: frontmatter blanked, the guard first among the mdast plugins. */
function compile(text: string): void {
  mdxToJs(splitFrontmatter(text)!.body, { mdastPlugins: [mdxGuard], features: ASTRO_MDX_FEATURES });
}

describe('story bodies: hostile and malformed MDX', () => {
  it.each(hostile)('$name → line $at.0, column $at.1', ({ mdx, at: [line, column], message }) => {
    const problems = check({ [EN]: story(mdx) });
    expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/${EN}`, line, column });
    expect(problems[0]!.message).toMatch(message);
    expect(formatProblem(problems[0]!)).toMatch(new RegExp(`^content/${EN}:${line}:${column} {2}`));
  });

  it.each(hostile.filter((entry) => entry.guard))(
    'the compile guard refuses it too, with the same place and words: $name',
    ({ mdx, at: [line, column] }) => {
      const [problem] = check({ [EN]: story(mdx) });
      expect(() => compile(story(mdx))).toThrow(`${line}:${column}: ${problem!.message}`);
    },
  );

  it('allows Markdown, the story components and the short HTML list', () => {
    const mdx = [
      '## A heading',
      '',
      'Text with *emphasis*, **strong**, ~~struck~~, `code {x}`, \\{ braces \\}, \\<5%, a [link](https://example.org), [mail](mailto:a@example.org), [a section](#top) and a footnote[^1].',
      '',
      '| Name | Note |',
      '| --- | --- |',
      '| <span lang="zh-CN">耐火厂</span> | <abbr title="People\'s Daily">PD</abbr>, H<sub>2</sub>O, m<sup>2</sup><br />new line |',
      '',
      '> A quote.',
      '',
      '- a list',
      '1. numbered',
      '',
      '```js',
      'export const a = 1; { x } <script>',
      '```',
      '',
      '<Background>',
      '',
      'Context with <Figure id="spaces" />.',
      '',
      '</Background>',
      '',
      '---',
      '',
      '[^1]: A note.',
    ].join('\n');
    expect(check({ [EN]: story(mdx) }).map(formatProblem)).toEqual([]);
    expect(() => compile(story(mdx))).not.toThrow();
  });

  it("lets the compile guard through every story of the site's own content", () => {
    const dir = join(process.cwd(), 'content', 'initiatives');
    const stories = readdirSync(dir).flatMap((slug) => ['zh', 'en'].map((lang) => join(dir, slug, `${lang}.mdx`)));
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const path of stories) expect(() => compile(readFileSync(path, 'utf8')), path).not.toThrow();
  });
});
