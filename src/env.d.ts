/// <reference types="astro/client" />

declare namespace App {
  /** Per-page data shared by a route and the components it renders. */
  interface Locals extends import('./lib/story-context').StoryLocals {}
}
