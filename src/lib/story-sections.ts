/**
 * Ids of the sections a story page adds around the story's own text and leaves in the search
 * index: its key figures, the table of its figures and its sources. Pagefind splits a page at
 * headings with ids, and a search result takes its excerpt from the story's text before these
 * (see `resultExcerpt`).
 */
export const STORY_SECTIONS = {
  keyFigures: 'key-figures',
  figures: 'figures',
  sources: 'sources',
} as const;
