/**
 * The story a page is showing, resolved once by the story route and read by story components
 * (`<Figure>`, charts) through `Astro.locals`, never from the page URL.
 */
import type { Story } from './catalog';
import type { ResolvedFigure } from './figures';
import type { Locale } from './locale';

export interface StoryContext {
  story: Story;
  locale: Locale;
  /** The story's figures, stated and derived, by id. */
  figures: ReadonlyMap<string, ResolvedFigure>;
  /** The story file, for messages: `content/initiatives/<slug>/<locale>.mdx`. */
  file: string;
  /** How many times each figure id has been rendered in the text so far (gives each occurrence its own anchor). */
  occurrences: Map<string, number>;
}

/** What the story route puts on `Astro.locals`. */
export interface StoryLocals {
  story?: StoryContext;
}

/** Builds the context for one story page. */
export function createStoryContext(story: Story): StoryContext {
  return {
    story,
    locale: story.locale,
    figures: new Map(story.figures.map((figure) => [figure.id, figure])),
    file: `content/initiatives/${story.slug}/${story.locale}.mdx`,
    occurrences: new Map(),
  };
}

/** The current story, or a clear error naming the component when it is used outside a story. */
export function storyContext(locals: StoryLocals, component: string): StoryContext {
  const context = locals.story;
  if (!context) {
    throw new Error(
      `<${component}> is a story component: use it only in content/initiatives/<slug>/<lang>.mdx, not on other pages.`,
    );
  }
  return context;
}

/** A figure of the current story, or an error naming the file and the known ids. */
export function storyFigure(context: StoryContext, id: string, component = 'Figure'): ResolvedFigure {
  const figure = context.figures.get(id);
  if (!figure) {
    const known = [...context.figures.keys()].join(', ') || '(none)';
    throw new Error(`${context.file}: <${component} id="${id}" /> names an unknown figure. Known ids: ${known}.`);
  }
  return figure;
}
