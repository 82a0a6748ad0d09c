/**
 * The components a story (MDX) may use, defined once. The MDX renderer gets exactly these
 * (src/components/mdx/index.ts must provide one component per name, a type error otherwise),
 * and the content check allows exactly these, with the attributes listed here. What each is for,
 * as editors are told, is in the check's catalogue (src/i18n/editor/check/), per language.
 */

/** What an attribute's literal value must name. */
export type AttributeKind = 'figure-id' | 'chart-id';

export interface StoryComponentSpec {
  /** Attributes the component takes; every one is required and must be a literal string. */
  attributes: Record<string, AttributeKind>;
  /** Whether the component wraps Markdown (`<Background>…</Background>`) or stands alone (`<Figure />`). */
  children: boolean;
}

export const STORY_COMPONENTS = {
  Figure: {
    attributes: { id: 'figure-id' },
    children: false,
  },
  Chart: {
    attributes: { id: 'chart-id' },
    children: false,
  },
  Background: {
    attributes: {},
    children: true,
  },
  Reading: {
    attributes: {},
    children: true,
  },
} as const satisfies Record<string, StoryComponentSpec>;

export type StoryComponentName = keyof typeof STORY_COMPONENTS;
export const STORY_COMPONENT_NAMES = Object.keys(STORY_COMPONENTS) as StoryComponentName[];

/** `<Figure>`, `<Background>`, `<Reading>`: for messages, which join them in their language. */
export function storyComponentList(): string[] {
  return STORY_COMPONENT_NAMES.map((name) => `<${name}>`);
}
