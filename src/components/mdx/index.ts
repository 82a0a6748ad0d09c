/** The components a story (MDX) may use, passed to every story's <Content />. */
import Figure from './Figure.astro';

export const storyComponents = { Figure };
