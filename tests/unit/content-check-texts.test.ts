import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check';
import { mdxGuard } from '../../src/content-check/mdx-guard';
import { MARKDOWN_FEATURES, splitFrontmatter } from '../../src/content-check/story-body';
import { contentTree, FIXTURES, PNG } from '../../harness/fixture';

const STORY = 'initiatives/night-market';
const EN = `${STORY}/en.mdx`;
const ZH = `${STORY}/zh.mdx`;
const DATA = `${STORY}/data.yaml`;
const ABOUT = 'pages/about/en.md';
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

/** Problems in a copy of the valid fixture with `changes`; full addresses are the site's own at `site`. */
function check(changes: Record<string, string | Uint8Array>, site = 'https://casebook.example.org/'): Problem[] {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  return checkContent(tree.root, undefined, new Date('2026-12-01T09:00:00Z'), site).problems;
}
const messages = (changes: Record<string, string | Uint8Array>, site?: string) =>
  check(changes, site).map(formatProblem);

/** A text with `extra` added as its last paragraph, at line 8 of a story or `PAGE_LINE` of the About page. */
const add = (path: string, extra: string) => `${valid(path)}\n${extra}\n`;
const PAGE_LINE = valid(ABOUT).split('\n').length + 1;

describe("the site's own pages are held to the story rule", () => {
  const hostile: [name: string, markdown: string, column: number, message: RegExp][] = [
    ['a script', '<script>alert(1)</script>', 1, /^<script> is not allowed: stories cannot run code\. Delete it\.$/],
    [
      'an image with onerror',
      'Look: <img src="x" onerror="alert(1)">',
      7,
      /^<img> is not allowed: write a Markdown image with alt text/,
    ],
    [
      'an iframe',
      '<iframe src="https://example.org/"></iframe>',
      1,
      /^<iframe> is not allowed: stories cannot embed other pages/,
    ],
    [
      'a meta refresh',
      '<meta http-equiv="refresh" content="0;url=https://example.org/">',
      1,
      /^<meta> is not allowed: a page's <head> \(metadata, redirects, base address\) belongs to the site layout/,
    ],
    [
      'a javascript: link',
      '[Click](javascript:alert(1))',
      1,
      /^this link is a javascript: address, which runs code when followed/,
    ],
    [
      'an event handler on an allowed element',
      'A <span lang="en" onclick="alert(1)">word</span>.',
      3,
      /^<span>: onclick="…" is an event handler, and stories cannot run code/,
    ],
    ['a style attribute', 'A <abbr title="x" style="color:red">B</abbr>.', 3, /^<abbr>: style="…" is not allowed/],
    ['an HTML comment', '<!-- a note -->', 1, /^HTML comments <!-- … --> are not allowed/],
    [
      'a story component',
      'It has <Figure id="spaces" />.',
      8,
      /^<Figure> is a story component, and this file is Markdown, where components do not work/,
    ],
    ['a stray closing tag', 'Text</div>', 5, /^<div> is not allowed in stories/],
    [
      'a heading with an event handler',
      '## Title {#title onclick="alert(1)"}',
      1,
      /^a heading may carry only an anchor, \{#name\}; remove onclick\.$/,
    ],
    [
      'an external image',
      '![A map](https://example.org/map.png)',
      1,
      /^image "https:\/\/example\.org\/map\.png" is on another site/,
    ],
  ];

  it.each(hostile)('%s, in content/pages/about/en.md', (_, markdown, column, message) => {
    const problems = check({ [ABOUT]: add(ABOUT, markdown) });
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/${ABOUT}`, line: PAGE_LINE, column });
    expect(problems[0]!.message).toMatch(message);
  });

  it('allows Markdown, the short HTML list and heading anchors, as in stories', () => {
    const page = add(
      ABOUT,
      'A <span lang="zh-CN">夜市</span>, <abbr title="Yunyan District">YD</abbr>, m<sup>2</sup><br />and [a link](https://example.org/).\n\n## More {#more}',
    );
    expect(messages({ [ABOUT]: page })).toEqual([]);
  });

  it('stops the Markdown compile too, so `astro build` cannot render what the check refuses', async () => {
    const compile = async (text: string) =>
      markdownToHtml(splitFrontmatter(text)!.body, { mdastPlugins: [mdxGuard], features: MARKDOWN_FEATURES });
    await expect(
      compile(add(ABOUT, '<meta http-equiv="refresh" content="0;url=https://example.org/">')),
    ).rejects.toThrow(new RegExp(`${PAGE_LINE}:1: <meta> is not allowed`));
    await expect(compile(add(ABOUT, '<script>alert(1)</script>'))).rejects.toThrow(/<script> is not allowed/);
    await expect(compile(valid(ABOUT))).resolves.toMatchObject({
      html: expect.stringContaining('<h2 id="corrections">'),
    });
  });

  it('requires each page in every language without a fallback, and holds its frontmatter to the story schema', () => {
    const tree = contentTree({ 'pages/about/zh.md': valid('pages/about/zh.md') });
    cleanup = tree.cleanup;
    expect(
      messages({
        [ABOUT]: valid(ABOUT).replace(/^summary: .*$/m, 'summary: A <b>bold</b> summary that is long enough.'),
      }),
    ).toEqual([
      expect.stringMatching(
        /^content\/pages\/about\/en\.md:3 {2}summary: holds HTML \(<b>\), but the summary is shown as plain text/,
      ),
    ]);
  });
});

describe('one rule for links: site links must land on a page, in the same language', () => {
  const cases: [name: string, link: string, problem: RegExp | undefined][] = [
    ['a story path', '[x](/en/stories/night-market/)', undefined],
    ['a relative story link', '[x](../night-market/)', undefined],
    ['a full address of the site', '[x](https://casebook.example.org/en/stories/night-market/#top)', undefined],
    ['the about page with an anchor', '[x](/en/about/#corrections)', undefined],
    ['a browse page of a tag in use', '[x](/en/tags/parking/)', undefined],
    ['a data file', '[x](/data/figures.csv)', undefined],
    ['an external https link', '[x](https://example.org/no-such-page/)', undefined],
    ['a section of the same page', '[x](#top)', undefined],
    ['a reference link', '[x][ref]\n\n[ref]: ../night-market/', undefined],
    [
      'a full address of the site to a missing story',
      '[x](https://casebook.example.org/en/stories/no-such-story/)',
      /^links to a story that does not exist: https:\/\/casebook\.example\.org\/en\/stories\/no-such-story\/ \(that is \/en\/stories\/no-such-story\/\)\. Known stories: night-market\.$/,
    ],
    [
      'a relative link to a missing story',
      '[x](../no-such-story/)',
      /^links to a story that does not exist: \.\.\/no-such-story\/ \(that is \/en\/stories\/no-such-story\/\)/,
    ],
    [
      'a reference link to a missing story',
      '[x][ref]\n\n[ref]: /en/stories/nowhere/',
      /^links to a story that does not exist: \/en\/stories\/nowhere\//,
    ],
    [
      'a missing page',
      '[x](/en/contact/)',
      /^links to \/en\/contact\/, a page the site does not have: check the address, e\.g\. \/en\/stories\/<slug>\/ for a story or \/en\/about\/\.$/,
    ],
    [
      'a tag no story has',
      '[x](/en/tags/night-life/)',
      /^links to \/en\/tags\/night-life\/, a page the site does not have/,
    ],
    [
      'a page without its closing slash',
      '[x](/en/about)',
      /^links to \/en\/about without its closing "\/": write \/en\/about\/\.$/,
    ],
    [
      'the other language',
      '[x](/about/)',
      /^links to the other language's page \/about\/; link to \/en\/about\/ instead\.$/,
    ],
    [
      'a protocol-relative link',
      '[x](//casebook.example.org/en/about/)',
      /^link "\/\/casebook\.example\.org\/en\/about\/" starts with "\/\/", which leaves the site/,
    ],
  ];

  it.each(cases)('%s: %s', (_, link, problem) => {
    const problems = check({ [EN]: add(EN, `See ${link}.`) });
    expect(problems.map(formatProblem)).toEqual(problem ? [expect.stringMatching(/en\.mdx:8:5 {2}/)] : []);
    if (problem) expect(problems[0]!.message).toMatch(problem);
  });

  it("resolves full addresses against the site's own address, base path included", () => {
    const site = 'https://example.org/casebook/';
    expect(
      messages({ [EN]: add(EN, 'See [x](https://example.org/casebook/en/stories/night-market/).') }, site),
    ).toEqual([]);
    expect(messages({ [EN]: add(EN, 'See [x](https://example.org/casebook/en/stories/gone/).') }, site)).toEqual([
      expect.stringMatching(/links to a story that does not exist: .*\(that is \/en\/stories\/gone\/\)/),
    ]);
    // The same path on another site, or outside the base path, is an external link.
    expect(messages({ [EN]: add(EN, 'See [x](https://example.org/en/stories/gone/).') }, site)).toEqual([]);
  });

  it('checks links in pages too, and refuses a link from a published text to a draft story', () => {
    const draft = `${valid(DATA)}status: draft\n`;
    expect(messages({ [ABOUT]: add(ABOUT, 'Read [x](/en/stories/night-market/).'), [DATA]: draft })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/pages/about/en\\.md:${PAGE_LINE}:6 {2}links to the story "night-market", which is still a draft and has no page yet`,
        ),
      ),
    ]);
    expect(messages({ [ABOUT]: add(ABOUT, 'Read [x](../stories/nowhere/).') })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/pages/about/en\\.md:${PAGE_LINE}:6 {2}links to a story that does not exist: \\.\\./stories/nowhere/ \\(that is /en/stories/nowhere/\\)`,
        ),
      ),
    ]);
  });
});

describe('one rule for images: they come with the content', () => {
  it('accepts an image in the story folder and one in content/media/', () => {
    const story = add(
      EN,
      '![A car park](photo.png) ![The market](../../media/market.png) ![A ref][pic]\n\n[pic]: ./photo.png',
    );
    expect(messages({ [EN]: story, [`${STORY}/photo.png`]: PNG, 'media/market.png': PNG })).toEqual([]);
  });

  it.each([
    [
      'an external image',
      '![A map](https://example.org/map.png)',
      /^image "https:\/\/example\.org\/map\.png" is on another site.* content\/media\//,
    ],
    [
      'a protocol-relative image',
      '![A map](//example.org/map.png)',
      /^image "\/\/example\.org\/map\.png" is on another site/,
    ],
    [
      'a reference image to another site',
      '![A map][pic]\n\n[pic]: https://example.org/map.png',
      /^image "https:\/\/example\.org\/map\.png" is on another site/,
    ],
    [
      'an image from the site root',
      '![A map](/favicon.svg)',
      /^image "\/favicon\.svg" is a path on the site, but images come with the content/,
    ],
    [
      'an image of another story',
      '![A map](../other-story/map.png)',
      /^image "\.\.\/other-story\/map\.png" must be a PNG, JPEG, WebP, AVIF, GIF or SVG file with a plain name, in the story's own folder or content\/media\//,
    ],
    [
      'a missing image',
      '![A map](map.png)',
      /^image map\.png does not exist: put the file next to this text or fix the name\.$/,
    ],
    [
      'a missing shared image',
      '![A map](../../media/map.png)',
      /^image \.\.\/\.\.\/media\/map\.png does not exist: put the file in content\/media\/ or fix the name\.$/,
    ],
  ])('refuses %s, saying where images go', (_, markdown, message) => {
    const problems = check({ [EN]: add(EN, markdown) });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/en\.mdx:8:1 {2}/)]);
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('hand-typed numbers, as a reader sees them', () => {
  it.each([
    ['full-width digits', '３８４０', '３８４０ (3840 in full-width digits)'],
    ['a zero-width space inside', '3\u200b840', '3840 (with the invisible character U+200B inside)'],
    ['a word joiner inside grouped digits', '3,\u2060840', '3,840 (with the invisible character U+2060 inside)'],
    [
      'full-width digits with a soft hyphen',
      '３８\u00ad４０',
      '３８４０ (3840 in full-width digits, with the invisible character U+00AD inside)',
    ],
  ])('counts %s as typed by hand, in the text and in a summary', (_, typed, shown) => {
    const problems = check({
      [EN]: add(EN, `It had ${typed} spaces.`).replace(/^summary: (.*)$/m, `summary: $1 It had ${typed} spaces.`),
    });
    const quoted = shown.replace(/[()+]/g, '\\$&');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(`en\\.mdx:8:8 {2}the number ${quoted} is typed by hand; write <Figure id="spaces" />`),
      ),
      expect.stringMatching(
        new RegExp(`en\\.mdx:3 {2}summary: the number ${quoted} is typed by hand: it is the figure "spaces"`),
      ),
    ]);
  });

  it('still lets other numbers and full-width text through', () => {
    expect(messages({ [ZH]: add(ZH, '２０２３年，新增约３８４１个、３８４００个车位。') })).toEqual([]);
  });
});

describe('titles and summaries are plain text', () => {
  it.each([
    [
      'summary',
      3,
      '<b>Bold</b> news from the night market, for the tests.',
      /^holds HTML \(<b>\), but the summary is shown as plain text, so it would appear as written/,
    ],
    ['summary', 3, 'Night market parking &amp; more, a sample summary for the tests.', /^holds HTML \(&amp;\)/],
    [
      'title',
      2,
      'Car parks <img src=x onerror=alert(1)>',
      /^holds HTML \(<img src=x onerror=alert\(1\)>\), but the title is shown as plain text/,
    ],
  ])('refuses HTML in the %s', (field, line, value, message) => {
    const problems = check({ [EN]: valid(EN).replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: '${value}'`) });
    expect(problems).toEqual([
      expect.objectContaining({ file: `content/${EN}`, line, field, message: expect.stringMatching(message) }),
    ]);
  });

  it('allows comparisons and ampersands written as text', () => {
    const summary =
      "summary: 'Spaces rose from fewer than a few to more than enough: a < b, and R&D; a sample for the tests.'";
    expect(messages({ [EN]: valid(EN).replace(/^summary: .*$/m, summary) })).toEqual([]);
  });
});
