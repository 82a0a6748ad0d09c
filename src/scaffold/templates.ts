import type { DataTemplateText, SourceTemplateText, StoryTemplateText } from '../i18n/editor/messages';
import { PLACEHOLDER } from '../schemas/placeholder';

/**
 * The text of a new story's files, with comments and blanks in the editor's language (the
 * catalogue's `scaffold.files`). Every blank an editor must fill in holds PLACEHOLDER ("TODO:"),
 * which the content check refuses once the story says `status: published`. The YAML files are
 * passed through Prettier before they are written.
 */

/** A text value as YAML: JSON strings are valid YAML, and Prettier turns them into single quotes. */
export function yamlText(text: string): string {
  return JSON.stringify(text);
}

/** A blank to fill in, as a YAML value. */
function blank(text: string): string {
  return yamlText(`${PLACEHOLDER} ${text}`);
}

/** Text as YAML comment lines. */
function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');
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

/** `content/initiatives/<slug>/data.yaml`. The period is a blank: only the editor knows it. */
export function dataTemplate(story: StoryTemplate, text: DataTemplateText): string {
  return `${comment(text.header)}
theme: ${story.theme}
places: [${story.places.map(yamlText).join(', ')}]
tags: [${story.tags.join(', ')}]
${comment(text.agencies)}
agencies:
  - zh: ${blank(text.agencyZh)}
    en: ${blank(text.agencyEn)}
${comment(text.period)}
period: ${blank(text.periodBlank)}
${comment(text.published)}
published: ${story.today}
${comment(text.status)}
status: draft
sources: [${story.source}]
${comment(text.keyFigures)}
keyFigures: []
${comment(text.figures(story.source))}
figures: []
${comment(text.derived)}
derived: []
${comment(text.corrections)}
corrections: []
`;
}

/** `zh.mdx` or `en.mdx`: frontmatter and a body that says what goes where. */
export function storyTemplate(text: StoryTemplateText): string {
  return `---
title: ${blank(text.title)}
summary: ${blank(text.summary)}
---

${text.body.map((paragraph) => `${PLACEHOLDER} ${paragraph}`).join('\n\n')}

<Background>

${PLACEHOLDER} ${text.background}

</Background>

<Reading>

${PLACEHOLDER} ${text.reading}

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
export function sourceTemplate(source: SourceTemplate, text: SourceTemplateText): string {
  const english = source.publisherEn ?? (source.language === 'en' ? source.publisher : undefined);
  const lines = [
    comment(text.header),
    'publisher:',
    `  zh: ${yamlText(source.publisher)}`,
    `  en: ${english === undefined ? blank(text.publisherEn) : yamlText(english)}`,
    `title: ${yamlText(source.title)}`,
  ];
  if (source.titleEn) lines.push(`titleEn: ${yamlText(source.titleEn)}`);
  else if (source.language === 'zh') lines.push(`titleEn: ${blank(text.titleEn)}`);
  lines.push(`date: ${source.date}`, `language: ${source.language}`);
  lines.push(source.url ? `url: ${yamlText(source.url)}` : comment(text.url));
  return `${lines.join('\n')}\n`;
}
