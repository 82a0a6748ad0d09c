/// <reference types="astro/client" />

declare namespace App {
  /** Per-page data shared by a route and the components it renders. */
  interface Locals {
    /** The story a story page shows; set by the story route, read through `storyContext()`. */
    story?: import('./lib/story-context').StoryContext;
  }
}
