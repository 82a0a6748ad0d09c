import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  readStory,
  readYamlFile,
  STORY_FILES,
  writeStory,
  writeYamlFile,
  type StoryEntry,
  type StoryFiles,
} from '../../src/admin/story-entry';

const initiatives = 'content/initiatives';
const slugs = readdirSync(initiatives);
const filesOf = (slug: string) =>
  Object.fromEntries(
    STORY_FILES.map((name) => [name, readFileSync(join(initiatives, slug, name), 'utf8')]),
  ) as StoryFiles;
const prettierYaml = (text: string) => format(text, { parser: 'yaml', printWidth: 120, singleQuote: true });

describe('the editor reads and writes a story', () => {
  it.each(slugs)('%s: opened and saved untouched, every file is byte for byte the same', async (slug) => {
    const files = filesOf(slug);
    const entry = readStory(slug, files);
    // The editor's form holds plain data: what it would send back after a round trip through JSON.
    const roundTripped = JSON.parse(JSON.stringify(entry)) as StoryEntry;
    expect(await writeStory(roundTripped, prettierYaml)).toEqual(files);
  });

  it('a changed figure changes that value only, and a changed title only the title', async () => {
    const slug = slugs[0]!;
    const files = filesOf(slug);
    const entry = readStory(slug, files) as StoryEntry & { figures: { value: number }[] };
    const old = entry.figures[0]!.value;
    entry.figures[0]!.value = old + 1;
    entry.en = { ...entry.en, title: 'A new headline: with a colon' };
    const written = await writeStory(entry, prettierYaml);
    const changed = (a: string, b: string) => {
      const left = a.split('\n');
      const right = b.split('\n');
      return left.filter((line, index) => line !== right[index]);
    };
    expect(changed(written['data.yaml'], files['data.yaml'])).toEqual([`    value: ${old + 1}`]);
    expect(written['zh.mdx']).toBe(files['zh.mdx']);
    expect(changed(written['en.mdx'], files['en.mdx'])).toEqual([`title: 'A new headline: with a colon'`]);
    expect(parse(written['data.yaml'])).toMatchObject({ figures: [{ value: old + 1 }] });
  });

  it('a new story is written in the order and format the project uses', async () => {
    const entry: StoryEntry = {
      slug: 'tea-gardens',
      theme: 'development',
      places: ['520102'],
      tags: ['agriculture'],
      figures: [{ id: 'gardens', value: 35, unit: 'mu', qualifier: 'at-least', headline: false, tableOnly: false }],
      derived: [],
      zh: { title: '茶园', summary: '概要', body: '正文<Figure id="gardens" />。\n' },
      en: { title: 'Tea', summary: 'Summary', body: 'Text <Figure id="gardens" />.\n' },
    };
    const written = await writeStory(entry, prettierYaml);
    expect(written['data.yaml']).toBe(
      [
        'theme: development',
        "places: ['520102']",
        'tags: [agriculture]',
        'figures:',
        '  - id: gardens',
        '    value: 35',
        '    unit: mu',
        '    qualifier: at-least',
        'derived: []',
        '',
      ].join('\n'),
    );
    expect(written['zh.mdx']).toBe('---\ntitle: 茶园\nsummary: 概要\n---\n\n正文<Figure id="gardens" />。\n');
  });

  it.each(readdirSync('content/sources'))('source %s: saved untouched, the same bytes', async (name) => {
    const text = readFileSync(join('content/sources', name), 'utf8');
    const fields = JSON.parse(JSON.stringify(readYamlFile(text))) as Record<string, unknown>;
    expect(await writeYamlFile(fields, [], prettierYaml)).toBe(text);
  });
});
