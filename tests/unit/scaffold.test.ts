import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check as prettierCheck, resolveConfig } from 'prettier';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check';
import { PLACEHOLDER, readVocabulary, resolveChoice, scaffoldStory } from '../../src/scaffold';
import type { EditorLanguage } from '../../src/i18n/editor-locale';
import { askForMissing, readFlags, usage } from '../../src/scaffold/cli';
import { contentTree } from '../../harness/fixture';

let cleanup = () => {};
afterEach(() => cleanup());

/** A scratch content tree with the project's Prettier settings, as in a real checkout. */
function tree() {
  const made = contentTree();
  cleanup = made.cleanup;
  copyFileSync('.prettierrc.json', join(made.root, '.prettierrc.json'));
  return made.root;
}

/** A draft of "tea-gardens" citing the fixture's source, scaffolded for an editor of `language`; returns the root. */
async function draft(language: EditorLanguage): Promise<string> {
  const root = tree();
  await scaffoldStory(root, {
    slug: 'tea-gardens',
    theme: 'livelihood',
    places: ['520103'],
    tags: ['parking'],
    today: '2026-11-26',
    language,
  });
  return root;
}

const NEW_SOURCE = {
  id: 'gywb-2025-03-01',
  title: '茶园里的“新”故事: 一个村的十年',
  publisher: '贵阳晚报',
  date: '2025-03-01',
  url: 'https://example.org/tea',
};

/** Whether a file is as `prettier --check` wants it, with the project's own settings. */
async function prettierClean(path: string): Promise<boolean> {
  const config = await resolveConfig(join(process.cwd(), 'x.yaml'));
  return prettierCheck(readFileSync(path, 'utf8'), { ...config, filepath: path });
}

describe('new-story scaffold', () => {
  it.each(['en', 'zh'] as const)(
    'writes a draft and a new source (%s) that pass the content check and Prettier as they are',
    async (language) => {
      const root = tree();
      const result = await scaffoldStory(root, {
        slug: 'tea-gardens',
        theme: 'livelihood',
        places: ['Yunyan'],
        tags: ['Parking'],
        newSource: NEW_SOURCE,
        today: '2026-11-26',
        language,
      });
      expect(result.files).toEqual([
        'content/initiatives/tea-gardens/data.yaml',
        'content/initiatives/tea-gardens/zh.mdx',
        'content/initiatives/tea-gardens/en.mdx',
        'content/sources/gywb-2025-03-01.yaml',
      ]);
      const report = checkContent(root, undefined, new Date('2026-11-26T12:00:00Z'));
      expect(report.problems.map(formatProblem)).toEqual([]);
      expect(report.warnings).toEqual([]);
      const data = report.initiatives.get('tea-gardens');
      expect(data).toMatchObject({ status: 'draft', places: ['520103'], tags: ['parking'], sources: [NEW_SOURCE.id] });
      for (const file of result.files.filter((name) => name.endsWith('.yaml')))
        expect(await prettierClean(join(root, file)), file).toBe(true);
      const source = readFileSync(join(root, 'content/sources/gywb-2025-03-01.yaml'), 'utf8');
      expect(source).toContain(`title: '茶园里的“新”故事: 一个村的十年'`);
      expect(source).toContain(
        language === 'en'
          ? `en: "${PLACEHOLDER} the publisher's name in English"`
          : `en: '${PLACEHOLDER} 发布方的英文名称'`,
      );
    },
  );

  it.each(['zh', 'en'] as const)(
    'marks every blank with the placeholder (%s), which a published story may not keep',
    async (language) => {
      const root = await draft(language);
      const data = join(root, 'content/initiatives/tea-gardens/data.yaml');
      writeFileSync(data, readFileSync(data, 'utf8').replace('status: draft', 'status: published'));
      const problems = checkContent(root, undefined, new Date('2026-11-26T12:00:00Z')).problems.map(formatProblem);
      const agency = language === 'zh' ? '实施单位的中文全称' : "the agency's full name in Chinese";
      expect(problems).toContain(
        `content/initiatives/tea-gardens/data.yaml:8  agencies[0].zh: still holds a placeholder from \`npm run new-story\` ("TODO: ${agency}"): fill in the real value, or keep \`status: draft\` until it is done`,
      );
      for (const file of ['zh.mdx', 'en.mdx']) {
        const lines = readFileSync(join(root, 'content/initiatives/tea-gardens', file), 'utf8').split('\n');
        const marked = lines.flatMap((line, index) => (line.includes(PLACEHOLDER) ? [index + 1] : []));
        expect(marked.length).toBeGreaterThanOrEqual(6); // title, summary, two paragraphs, background, reading
        const reported = problems.filter((problem) => problem.startsWith(`content/initiatives/tea-gardens/${file}:`));
        expect(reported.map((problem) => Number(/:(\d+) /.exec(problem)![1]))).toEqual(marked);
      }
    },
  );

  it('leaves the period blank, not the current month: a draft may keep it, a published story may not', async () => {
    const root = await draft('zh');
    const path = join(root, 'content/initiatives/tea-gardens/data.yaml');
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^period: 'TODO: 实施时间，例如 2023-11\/2024-01'$/m);
    expect(text).not.toContain("2026-11'");
    const at = new Date('2026-11-26T12:00:00Z');
    expect(checkContent(root, undefined, at).problems).toEqual([]);
    writeFileSync(path, text.replace('status: draft', 'status: published'));
    const line = text.split('\n').findIndex((row) => row.startsWith('period:')) + 1;
    expect(checkContent(root, undefined, at).problems.map(formatProblem)).toContain(
      `content/initiatives/tea-gardens/data.yaml:${line}  period: still holds a placeholder from \`npm run new-story\` ("TODO: 实施时间，例如 2023-11/2024-01"): write when the initiative ran or when its figures apply, in quotes: '2023', '2023-11', '2023-11/2024-01' or '../2024-01' (as of), or keep \`status: draft\` until it is done`,
    );
  });

  it.each(['zh', 'en'] as const)('writes comments (%s) that name files which exist', async (language) => {
    const root = await draft(language);
    const comments = readFileSync(join(root, 'content/initiatives/tea-gardens/data.yaml'), 'utf8')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('#'))
      .join('\n');
    expect(comments).toContain('content/units.yaml');
    const named = [...comments.matchAll(/\b(?:content|src)\/[\w./-]*[\w/]/g)].map((match) => match[0]);
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const path of named) expect(existsSync(path), path).toBe(true);
    if (language === 'zh') expect(comments).toMatch(/^# 案例的事实，不分语言。/);
  });

  it("writes nothing and names every bad id, slug and source field, in the editor's language", async () => {
    const root = tree();
    const bad = {
      slug: 'School Meals',
      theme: 'sport',
      places: ['Yunyan District'],
      tags: ['meals'],
      newSource: { ...NEW_SOURCE, id: 'paper', date: '2025-02-30', url: 'example.org' },
      today: '2026-11-26',
    };
    await expect(scaffoldStory(root, bad)).rejects.toThrow(
      /^Nothing was written:\n {2}--slug "School Meals" must be English kebab-case.*\n {2}unknown theme "sport"; use one of: livelihood\n {2}unknown tag "meals"; use one of: parking\n {2}content\/sources\/paper\.yaml already exists: cite it with --source paper\n {2}--source-date "2025-02-30": 2025-02-30 is not a real date: February 2025 has 28 days; write it as YYYY-MM-DD \(the day it was published\)\n {2}--source-url "example\.org" must be a full address/,
    );
    await expect(scaffoldStory(root, { ...bad, language: 'zh' })).rejects.toThrow(
      /^没有写入任何文件：\n {2}--slug “School Meals” 必须是英文小写字母、数字和连字符.*\n {2}没有“sport”这个主题；可选：livelihood（民生实事）\n {2}没有“meals”这个标签；可选：parking（停车）\n {2}content\/sources\/paper\.yaml 已经存在：请用 --source paper 引用它\n {2}--source-date “2025-02-30” 不是有效的日期/,
    );
    expect(readdirSync(join(root, 'content', 'initiatives'))).toEqual(['night-market']);
    expect(readdirSync(join(root, 'content', 'sources'))).toEqual(['paper.yaml']);
  });

  it('refuses an existing story folder and an unknown source id', async () => {
    const root = tree();
    await expect(
      scaffoldStory(root, {
        slug: 'night-market',
        theme: 'livelihood',
        places: ['520103'],
        tags: ['parking'],
        source: 'papr',
        today: '2026-11-26',
      }),
    ).rejects.toThrow(/night-market\/ already exists: pick another slug.*\n.*unknown source "papr"; use one of: paper/);
  });
});

describe('new-story places, themes and tags', () => {
  const vocabulary = readVocabulary(process.cwd());

  it('takes a place by code or by name, in either language and any case', () => {
    for (const name of ['南明区', '南明', 'Nanming', 'nanming', 'Nanming District', '520102'])
      expect(resolveChoice(name, vocabulary.places)?.id, name).toBe('520102');
    expect(resolveChoice('Guiyang High-tech Zone', vocabulary.places)?.id).toBe('guiyang-high-tech-zone');
    expect(resolveChoice('贵阳', vocabulary.places)?.id).toBe('520100');
    expect(resolveChoice('Nanjing', vocabulary.places)).toBeUndefined();
  });

  it('takes themes and tags by name too', () => {
    expect(resolveChoice('民生实事', vocabulary.themes)?.id).toBe('livelihood');
    expect(resolveChoice('public services', vocabulary.tags)?.id).toBe('public-services');
  });

  it('prints usage in Chinese when asked, with the same lists', () => {
    const text = usage(readVocabulary(tree()), 'zh');
    expect(text).toMatch(/^生成一个新案例的草稿/);
    expect(text).toMatch(/主题：\n {2}livelihood {2}民生实事 \/ Meeting everyday needs\n/);
    expect(text).toMatch(/content\/sources\/ 里已有的来源：\n {2}paper\n/);
  });

  it('prints usage with the themes, places and tags read from content/', () => {
    const text = usage(readVocabulary(tree()));
    expect(text).toMatch(/^Scaffold a new story as a draft/);
    expect(text).toContain('--source-id <new-id> --source-title <title>');
    expect(text).toMatch(/Themes:\n {2}livelihood {2}民生实事 \/ Meeting everyday needs\n/);
    expect(text).toMatch(/Places:\n {2}520103 {2}云岩区 \/ Yunyan District\n/);
    expect(text).toMatch(/Tags \(add a new one to content\/tags\.yaml first\):\n {2}parking {2}停车 \/ Parking\n/);
    expect(text).toMatch(/Sources in content\/sources\/:\n {2}paper\n/);
  });
});

describe('new-story command line', () => {
  it('reads repeated and comma-separated values and a new source', () => {
    const { help, given } = readFlags([
      '--slug=tea',
      '--place',
      '南明区,云岩区',
      '--place',
      'Huaxi',
      '--tag',
      'agriculture、villages',
      '--source-id',
      'x-2025',
      '--source-title',
      'T',
      '--source-publisher',
      'P',
      '--source-date',
      '2025-01-01',
    ]);
    expect(help).toBe(false);
    expect(given).toMatchObject({
      slug: 'tea',
      places: ['南明区', '云岩区', 'Huaxi'],
      tags: ['agriculture', 'villages'],
      newSource: { id: 'x-2025', title: 'T', publisher: 'P', date: '2025-01-01' },
    });
    expect(readFlags(['-h']).help).toBe(true);
    expect(readFlags(['--lang', 'zh', '--slug', 'tea']).given).toEqual({ slug: 'tea' });
    expect(() => readFlags(['--plcae', '520102'])).toThrow(/^there is no option --plcae: check its spelling/);
    expect(() => readFlags(['--plcae', '520102'], 'zh')).toThrow(/^没有 --plcae 这个参数/);
    expect(() => readFlags(['--slug'], 'zh')).toThrow(/^--slug 后面需要写一个值/);
    expect(() => readFlags(['tea'], 'en')).toThrow(/^"tea" is not an option/);
    expect(() => readFlags(['--source-language', 'fr'])).toThrow(/must be zh or en/);
    expect(() => readFlags(['--source-language', 'fr'], 'zh')).toThrow(/只能是 zh 或 en/);
  });

  it('asks for what is missing, again after a wrong answer, and can describe a new source', async () => {
    const root = tree();
    const answers = [
      'School Meals',
      'night-market',
      'school-meals',
      'sport',
      'livelihood',
      '云岩区',
      'parking',
      'renmin',
      'new',
    ];
    answers.push(
      'paper',
      'gywb-2025-03-01',
      '标题',
      '贵阳晚报',
      '2025-02-29',
      '2025-03-01',
      'Guiyang Evening News',
      '',
    );
    const questions: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const options = await askForMissing(
      async (question) => {
        questions.push(question);
        return answers.shift() ?? '';
      },
      root,
      readVocabulary(root),
      {},
    );
    expect(answers).toEqual([]);
    expect(options).toEqual({
      slug: 'school-meals',
      theme: 'livelihood',
      places: ['云岩区'],
      tags: ['parking'],
      language: 'en',
      newSource: {
        id: 'gywb-2025-03-01',
        title: '标题',
        publisher: '贵阳晚报',
        date: '2025-03-01',
        publisherEn: 'Guiyang Evening News',
      },
    });
    expect(questions.filter((question) => question.startsWith('Slug'))).toHaveLength(3);
    expect(questions.filter((question) => question.startsWith('New source id'))).toHaveLength(2);
    expect(questions.filter((question) => question.startsWith('Date'))).toHaveLength(2);
    expect(log).toHaveBeenCalledWith(
      '  2025-02-29 is not a real date: February 2025 has 28 days; write it as YYYY-MM-DD',
    );
    log.mockRestore();
    await scaffoldStory(root, { ...options, today: '2026-11-26' });
    expect(existsSync(join(root, 'content/sources/gywb-2025-03-01.yaml'))).toBe(true);
    expect(checkContent(root, undefined, new Date('2026-11-26T12:00:00Z')).problems).toEqual([]);
  });
});
