/** js-yaml ships no types; the content check calls `load` only (src/content-check/yaml-source.ts). */
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string }): unknown;
}
