/**
 * The components a story (MDX) may use, defined once. The MDX renderer gets exactly these
 * (src/components/mdx/index.ts must provide one component per name, a type error otherwise),
 * and the content check allows exactly these, with the attributes listed here.
 */

/** What an attribute's literal value must name. */
export type AttributeKind = 'figure-id' | 'chart-id';

export interface StoryComponentSpec {
  /** Attributes the component takes; every one is required and must be a literal string. */
  attributes: Record<string, AttributeKind>;
  /** Whether the component wraps Markdown (`<Background>…</Background>`) or stands alone (`<Figure />`). */
  children: boolean;
  /** One line for editors: what it is for, with an example. */
  usage: string;
}

export const STORY_COMPONENTS = {
  Figure: {
    attributes: { id: 'figure-id' },
    children: false,
    usage: '<Figure id="spaces" /> shows a figure from data.yaml, with its qualifier and unit',
  },
  Chart: {
    attributes: { id: 'chart-id' },
    children: false,
    usage: '<Chart id="applications-by-age" /> draws a chart declared under `charts:` in data.yaml',
  },
  Background: {
    attributes: {},
    children: true,
    usage: '<Background>…</Background> marks context the sources do not state',
  },
  Reading: {
    attributes: {},
    children: true,
    usage: "<Reading>…</Reading> marks the site's own reading of the facts",
  },
} as const satisfies Record<string, StoryComponentSpec>;

export type StoryComponentName = keyof typeof STORY_COMPONENTS;
export const STORY_COMPONENT_NAMES = Object.keys(STORY_COMPONENTS) as StoryComponentName[];

/** `<Figure>, <Background>, <Reading>`: for messages. */
export function storyComponentList(): string {
  return STORY_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');
}
