import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check';
import { splitFrontmatter } from '../../src/content-check/story-body';
import { astroYaml } from '../../src/content-check/yaml-source';
import { contentTree, FIXTURES } from '../../harness/fixture';

const EN = 'initiatives/night-market/en.mdx';
const ZH = 'initiatives/night-market/zh.mdx';
const DATA = 'initiatives/night-market/data.yaml';
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

/** Problems in a copy of the valid fixture with `changes` applied (text, or raw bytes). */
function check(changes: Record<string, string | Uint8Array>): Problem[] {
  const tree = contentTree();
  cleanup = tree.cleanup;
  for (const [path, content] of Object.entries(changes)) writeFileSync(join(tree.root, 'content', path), content);
  return checkContent(tree.root).problems;
}

/** The valid English story with `mdx` added from line 8 on. */
const story = (mdx: string) => `${valid(EN)}\n${mdx}\n`;

describe('reading content files', () => {
  const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const cases: { name: string; path: string; bytes: Uint8Array; at: [number, number]; message: RegExp }[] = [
    {
      name: 'a Latin-1 story',
      path: EN,
      bytes: latin1(valid(EN).replace('It added', 'Café: it added')),
      at: [6, 4],
      message: /^is not UTF-8 text: byte 0xE9 here is not valid UTF-8 .*Save it as UTF-8/,
    },
    {
      name: 'a NUL in a story',
      path: ZH,
      bytes: utf8(valid(ZH).replace('新增了', '新增\u0000了')),
      at: [6, 3],
      message: /^holds the invisible control character U\+0000 \(NUL\) here; .*Delete it/,
    },
    {
      name: 'a control character in data.yaml',
      path: DATA,
      bytes: utf8(valid(DATA).replace('theme: livelihood', 'theme: livelihood\u001b')),
      at: [1, 18],
      message: /control character U\+001B \(escape\)/,
    },
    {
      name: 'a Latin-1 source',
      path: 'sources/paper.yaml',
      bytes: latin1('publisher: { zh: 报社, en: The Paper }'.replace('报社', 'Presse') + '\ntitle: Réponse\n'),
      at: [2, 9],
      message: /^is not UTF-8 text: byte 0xE9/,
    },
    {
      name: 'a form feed in a vocabulary',
      path: 'places.yaml',
      bytes: utf8(`\f${valid('places.yaml')}`),
      at: [1, 1],
      message: /control character U\+000C \(form feed\)/,
    },
    {
      name: 'a UTF-16 story',
      path: EN,
      bytes: Uint8Array.from([
        0xff,
        0xfe,
        ...[...valid(EN)].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
      ]),
      at: [1, 1],
      message: /^is saved as UTF-16; save it as UTF-8/,
    },
  ];

  it.each(cases)('reports $name with its place', ({ path, bytes, at: [line, column], message }) => {
    // A file that cannot be read is reported first; what depends on it may be reported after.
    const [problem] = check({ [path]: bytes });
    expect(formatProblem(problem!)).toMatch(new RegExp(`^content/${path}:${line}:${column} {2}`));
    expect(problem!.message).toMatch(message);
  });

  it('accepts a byte-order mark and CRLF line endings, and still places problems right', () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    expect(check({ [EN]: crlf(valid(EN)), [ZH]: crlf(valid(ZH)), [DATA]: crlf(valid(DATA)) })).toEqual([]);
    const problems = check({ [EN]: crlf(story('Total: {1+1}')) });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/en\.mdx:8:8 {2}\{1\+1\} is code/)]);
  });
});

describe('YAML and frontmatter, read as Astro reads them', () => {
  it("uses the js-yaml that Astro's loaders and its frontmatter helper load", () => {
    const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('js-yaml');
    const fromHelpers = createRequire(
      createRequire(import.meta.url).resolve('@astrojs/internal-helpers/frontmatter'),
    ).resolve('js-yaml');
    expect(fromHelpers).toBe(fromAstro);
    // The difference from the `yaml` package that matters most: an unquoted date is a Date.
    expect(astroYaml.load('published: 2024-01-29')).toEqual({ published: new Date('2024-01-29T00:00:00Z') });
  });

  const data = valid(DATA);
  const cases: { name: string; yaml: string; problem?: RegExp }[] = [
    {
      name: 'a duplicate key fails in both',
      yaml: data.replace('tags: [parking]', 'tags: [parking]\ntags: [parking]'),
      problem: /data\.yaml:4:1 {2}is not valid YAML: duplicated mapping key/,
    },
    {
      name: 'an unknown tag fails in both',
      yaml: data.replace('qualifier: exact', 'qualifier: !x exact'),
      problem: /data\.yaml:21:24 {2}is not valid YAML: unknown tag/,
    },
    {
      name: 'an unquoted date where text is expected fails in both',
      yaml: data.replace("period: '2023-11/2024-01'", 'period: 2023-11-05'),
      problem:
        /data\.yaml:6 {2}period: is read as a date because it is not in quotes; put it in quotes, e.g\. '2023-11-05'/,
    },
    {
      name: 'YAML 1.1 booleans are text in both',
      yaml: data.replace(
        '    source: paper\n    label: { zh: 停车场',
        '    source: paper\n    headline: yes\n    label: { zh: 停车场',
      ),
      problem: /data\.yaml:24 {2}figures\[1\]\.headline: must be true or false, not "yes"/,
    },
    {
      name: 'a merge key is refused with the anchor it needs: content writes every value out',
      yaml: data
        .replace('  - id: spaces\n', '  - &first\n    id: spaces\n')
        .replace(
          "  - id: car-parks\n    value: 7\n    unit: car-park\n    qualifier: exact\n    period: '../2024-01'\n    source: paper\n",
          '  - <<: *first\n    id: car-parks\n    value: 7\n    unit: car-park\n    qualifier: exact\n',
        ),
      problem: /data\.yaml:11:5 {2}uses a YAML anchor \(&first\): remove it and write each value out in full/,
    },
  ];

  it.each(cases)('$name', ({ yaml, problem }) => {
    const problems = check({ [DATA]: yaml }).map(formatProblem);
    expect(problems).toEqual(problem ? [expect.stringMatching(problem)] : []);
  });

  it('splits frontmatter exactly as the MDX integration does, blanking it so places stay put', () => {
    for (const text of [valid(EN), `\n\n${valid(EN)}`, valid(EN).replace(/\n/g, '\r\n'), '---\ntitle: x\n---']) {
      expect(splitFrontmatter(text)!.body).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content);
    }
  });

  it('reports a frontmatter error on the line of the file, after blank lines too', () => {
    const problems = check({ [EN]: `\n\n${valid(EN).replace(/^title: .*$/m, 'title: [unclosed')}` });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/en\.mdx:5:\d+ {2}is not valid YAML/)]);
  });
});
