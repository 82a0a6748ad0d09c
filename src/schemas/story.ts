import { z } from 'astro/zod';

/** Frontmatter of `content/initiatives/<slug>/{zh,en}.mdx`: the language-specific part of a story. */
export const storySchema = z.strictObject({
  /** Headline of the story in this language. */
  title: z
    .string({ error: 'needs a `title:` line in the frontmatter (between the two `---` lines)' })
    .trim()
    .min(4, 'the title is too short: write a headline of a few words')
    .max(90, 'the title is longer than 90 characters: shorten it'),
  /** One or two plain-text sentences for cards, search results and link previews. */
  summary: z
    .string({ error: 'needs a `summary:` line in the frontmatter: one or two sentences' })
    .trim()
    .min(20, 'the summary is too short: write one or two full sentences')
    .max(320, 'the summary is longer than 320 characters: keep it to one or two sentences'),
});
export type StoryFrontmatter = z.infer<typeof storySchema>;
