import { z } from 'astro/zod';

/** An HTML tag, comment or character reference: in a title or summary, shown as written. */
const HTML = /<\/?[A-Za-z][^<>]*>|<!--|&(?:amp|lt|gt|quot|apos|nbsp|#[0-9]+|#x[0-9a-f]+);/i;

/** Titles and summaries are shown as plain text (cards, search results, link previews, feeds). */
function plainText(field: string) {
  return [
    (value: string) => !HTML.test(value),
    {
      error: (issue: { input?: unknown }) =>
        `holds HTML (${HTML.exec(String(issue.input))?.[0] ?? ''}), but the ${field} is shown as plain text, so it would appear as written: remove it and write the words alone (a character such as & as itself).`,
    },
  ] as const;
}

/** Frontmatter of `content/initiatives/<slug>/<lang>.mdx` and `content/pages/<page>/<lang>.md`: the language-specific part of a text. */
export const storySchema = z.strictObject({
  /** Headline of the story in this language. */
  title: z
    .string({ error: 'needs a `title:` line in the frontmatter (between the two `---` lines)' })
    .trim()
    .min(4, 'the title is too short: write a headline of a few words')
    .max(90, 'the title is longer than 90 characters: shorten it')
    .refine(...plainText('title')),
  /** One or two plain-text sentences for cards, search results and link previews. */
  summary: z
    .string({ error: 'needs a `summary:` line in the frontmatter: one or two sentences' })
    .trim()
    .min(20, 'the summary is too short: write one or two full sentences')
    .max(320, 'the summary is longer than 320 characters: keep it to one or two sentences')
    .refine(...plainText('summary')),
});
export type StoryFrontmatter = z.infer<typeof storySchema>;
