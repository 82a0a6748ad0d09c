import { z } from 'astro/zod';
import { say, says, zodError } from './messages';

/** An HTML tag, comment or character reference: in a title or summary, shown as written. */
const HTML = /<\/?[A-Za-z][^<>]*>|<!--|&(?:amp|lt|gt|quot|apos|nbsp|#[0-9]+|#x[0-9a-f]+);/i;

/** Titles and summaries are shown as plain text (cards, search results, link previews, feeds). */
function plainText(field: 'title' | 'summary') {
  return [
    (value: string) => !HTML.test(value),
    { error: zodError((issue) => say('holdsHtml', HTML.exec(String(issue.input))?.[0] ?? '', field)) },
  ] as const;
}

/** Frontmatter of `content/initiatives/<slug>/<lang>.mdx` and `content/pages/<page>/<lang>.md`: the language-specific part of a text. */
export const storySchema = z.strictObject({
  /** Headline of the story in this language. */
  title: z
    .string(says('titleMissing'))
    .trim()
    .min(4, says('titleShort'))
    .max(90, says('titleLong', 90))
    .refine(...plainText('title')),
  /** One or two plain-text sentences for cards, search results and link previews. */
  summary: z
    .string(says('summaryMissing'))
    .trim()
    .min(20, says('summaryShort'))
    .max(320, says('summaryLong', 320))
    .refine(...plainText('summary')),
});
export type StoryFrontmatter = z.infer<typeof storySchema>;
