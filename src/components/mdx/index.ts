/** The components passed to every story's <Content />: one per name in src/lib/story-components.ts. */
import type { StoryComponentName } from '../../lib/story-components';
import Background from './Background.astro';
import Chart from './Chart.astro';
import Figure from './Figure.astro';
import Reading from './Reading.astro';

export const storyComponents = { Figure, Chart, Background, Reading } satisfies Record<StoryComponentName, unknown>;
