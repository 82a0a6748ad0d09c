import { PLACEHOLDER } from '../content-check/exactness';

/**
 * The text of a new story's files. Every blank an editor must fill in holds PLACEHOLDER
 * ("TODO:"), which the content check refuses once the story says `status: published`.
 * The YAML files are passed through Prettier before they are written.
 */

/** A text value as YAML: JSON strings are valid YAML, and Prettier turns them into single quotes. */
export function yamlText(text: string): string {
  return JSON.stringify(text);
}

/** What the scaffold knows about the new story. */
export interface StoryTemplate {
  theme: string;
  places: string[];
  tags: string[];
  source: string;
  /** YYYY-MM-DD. */
  today: string;
}

/** `content/initiatives/<slug>/data.yaml`. */
export function dataTemplate(story: StoryTemplate): string {
  const todo = (text: string) => yamlText(`${PLACEHOLDER} ${text}`);
  return `# The facts of the story, in neither language. Every figure cites a source in content/sources/.
# Fill in each TODO before you set \`status: published\`: the check refuses a published story that holds one.
theme: ${story.theme}
places: [${story.places.map(yamlText).join(', ')}]
tags: [${story.tags.join(', ')}]
# Who carried the initiative out, in both languages.
agencies:
  - zh: ${todo('实施单位的中文全称')}
    en: ${todo('the agency, in English')}
# When it ran or when its figures apply: '2023', '2023-11', '2023-11/2024-01', or '../2024-01' (as of).
period: ${yamlText(story.today.slice(0, 7))}
# The day the story goes out, YYYY-MM-DD: update it when you publish.
published: ${story.today}
# draft: shown only by \`npm run dev\`. published: on the site.
status: draft
sources: [${story.source}]
# Figure ids shown as cards at the top of the story, e.g. [spaces].
keyFigures: []
# Each number once, as the source states it, for example:
#   - id: spaces # in the stories: <Figure id="spaces" />
#     value: 3840 # a plain number in base units: 3.2亿元 is 320000000
#     unit: space # the units are listed in src/schemas/units.ts
#     qualifier: at-least # exact | at-least (余) | about (约) | nearly (近)
#     period: '../2024-01'
#     source: ${story.source}
#     label: { zh: 新增停车位, en: parking spaces added }
figures: []
# Numbers worked out from two figures: give the rule and the site computes the value, for example:
#   - { id: minors-share, op: share, of: [minors, applications], unit: percent, label: { zh: …, en: … } }
derived: []
# When a published fact changes, add: - { date: YYYY-MM-DD, note: { zh: …, en: … } }
corrections: []
`;
}

/** `zh.mdx`: frontmatter and a body that says what goes where. */
export function zhTemplate(): string {
  return `---
title: ${yamlText(`${PLACEHOLDER} 标题：写清谁做了什么`)}
summary: ${yamlText(`${PLACEHOLDER} 一两句话：这项实事是什么、谁做的、带来了什么变化。摘要里不写数字。`)}
---

${PLACEHOLDER} 用自己的话写正文，不照抄来源的句子：问题是什么，谁做了什么，带来了什么变化，说明了什么。

${PLACEHOLDER} 每个数字都用 Figure 组件和 data.yaml 里的 id 来写（见 CONTRIBUTING.zh.md），不要直接打数字。

<Background>

${PLACEHOLDER} 读者需要、但来源没有说的背景写在这里；不需要就删掉这一段。

</Background>

<Reading>

${PLACEHOLDER} 本站自己的解读写在这里，和来源所说的事实分开；不需要就删掉这一段。

</Reading>
`;
}

/** `en.mdx`: frontmatter and a body that says what goes where. */
export function enTemplate(): string {
  return `---
title: ${yamlText(`${PLACEHOLDER} a headline that says who did what`)}
summary: ${yamlText(`${PLACEHOLDER} one or two sentences on what the initiative is, who carried it out and what changed. No numbers here.`)}
---

${PLACEHOLDER} write the story in your own words, not the source's sentences: what the problem was, who did what, what changed and what it shows.

${PLACEHOLDER} write every number with the Figure component and its id from data.yaml (see CONTRIBUTING.md), never as digits.

<Background>

${PLACEHOLDER} context a reader needs that the sources do not state goes here; delete this block if there is none.

</Background>

<Reading>

${PLACEHOLDER} the site's own reading of the facts goes here, apart from what the sources say; delete this block if there is none.

</Reading>
`;
}

/** A new source, as far as the editor described it. */
export interface SourceTemplate {
  id: string;
  /** Title in the source's own language. */
  title: string;
  /** English rendering of a Chinese title. */
  titleEn?: string | undefined;
  /** Publisher in Chinese (or the only name given). */
  publisher: string;
  publisherEn?: string | undefined;
  /** YYYY-MM-DD. */
  date: string;
  language: 'zh' | 'en';
  /** The original, or an archived copy when the original is gone. */
  url?: string | undefined;
}

/** `content/sources/<id>.yaml`. */
export function sourceTemplate(source: SourceTemplate): string {
  const english = source.publisherEn ?? (source.language === 'en' ? source.publisher : undefined);
  const lines = [
    '# One source, cited by id (the file name) from data.yaml. Fill in any TODO before a published story cites it.',
    'publisher:',
    `  zh: ${yamlText(source.publisher)}`,
    `  en: ${yamlText(english ?? `${PLACEHOLDER} the publisher's name in English`)}`,
    `title: ${yamlText(source.title)}`,
  ];
  if (source.titleEn) lines.push(`titleEn: ${yamlText(source.titleEn)}`);
  else if (source.language === 'zh') lines.push(`titleEn: ${yamlText(`${PLACEHOLDER} the title in English`)}`);
  lines.push(`date: ${source.date}`, `language: ${source.language}`);
  if (source.url) lines.push(`url: ${yamlText(source.url)}`);
  else lines.push('# url: https://… (the original, or an archived copy such as web.archive.org, whenever one exists)');
  return `${lines.join('\n')}\n`;
}
