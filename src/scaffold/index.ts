import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What a new story needs to start with. */
export interface ScaffoldOptions {
  slug: string;
  theme: string;
  places: string[];
  tags: string[];
  /** Source id; defaults to the first file in content/sources/. */
  source?: string | undefined;
  /** Publication date, YYYY-MM-DD. */
  today: string;
}

function ids(path: string): string[] {
  return (parse(readFileSync(path, 'utf8')) as { id: string | number }[]).map((entry) => String(entry.id));
}

/**
 * Writes content/initiatives/<slug>/{data.yaml,zh.mdx,en.mdx} as a draft, all three or none.
 * Throws with the fix when an id is unknown or the story exists.
 */
export function scaffoldStory(root: string, options: ScaffoldOptions): string {
  const content = join(root, 'content');
  const dir = join(content, 'initiatives', options.slug);
  const problems: string[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.slug))
    problems.push(`--slug "${options.slug}" must be English kebab-case, e.g. school-meals`);
  if (existsSync(dir))
    problems.push(`content/initiatives/${options.slug}/ already exists: pick another slug or edit that story`);
  const check = (what: string, values: string[], known: string[]) => {
    for (const value of values)
      if (!known.includes(value)) problems.push(`unknown ${what} "${value}"; use one of: ${known.join(', ')}`);
  };
  check('theme', [options.theme], ids(join(content, 'themes.yaml')));
  check('place', options.places, ids(join(content, 'places.yaml')));
  check('tag', options.tags, ids(join(content, 'tags.yaml')));
  const sources = readdirSync(join(content, 'sources')).map((name) => name.replace(/\.yaml$/, ''));
  const source = options.source ?? sources[0] ?? 'source-id';
  check('source', [source], sources);
  if (problems.length) throw new Error(`Nothing was written:\n  ${problems.join('\n  ')}`);

  const data = `# Facts of the initiative. Every figure cites a source in content/sources/.
theme: ${options.theme}
places: [${options.places.map((place) => JSON.stringify(place)).join(', ')}]
tags: [${options.tags.join(', ')}]
agencies:
  - zh: 实施单位
    en: Agency that carried it out
period: "${options.today.slice(0, 7)}"
published: ${options.today}
status: draft
sources: [${source}]
keyFigures: []
figures: []
#  - id: spaces
#    value: 3840
#    unit: space
#    qualifier: exact # exact | at-least (余) | about (约) | nearly (近)
#    period: "2023"
#    source: ${source}
#    label: { zh: 新增停车位, en: parking spaces added }
corrections: []
`;
  const zh = `---
title: 标题：写清是谁、做了什么
summary: 一两句话说明这项实事是什么、谁做的、带来了什么变化。
---

正文。引用数字时，使用 Figure 组件和 data.yaml 中的数字 id，不要直接写数字。
`;
  const en = `---
title: Headline that says who did what
summary: One or two sentences on what the initiative is, who carried it out and what changed.
---

Story text. Refer to a figure with the Figure component and its id from data.yaml; never type the number.
`;
  // Write into a scratch folder first, then move it into place in one step.
  mkdirSync(join(content, 'initiatives'), { recursive: true });
  const scratch = mkdtempSync(join(content, 'initiatives', `.${options.slug}-`));
  try {
    writeFileSync(join(scratch, 'data.yaml'), data);
    writeFileSync(join(scratch, 'zh.mdx'), zh);
    writeFileSync(join(scratch, 'en.mdx'), en);
    renameSync(scratch, dir);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  return `content/initiatives/${options.slug}`;
}
