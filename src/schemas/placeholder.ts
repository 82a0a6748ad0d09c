/**
 * The marker `npm run new-story` writes where an editor has to fill something in. A draft may
 * hold it anywhere; the content check refuses it in a story that is published.
 */
export const PLACEHOLDER = 'TODO:';

/** Whether a value is still the scaffold's blank. */
export function isPlaceholder(text: string): boolean {
  return text.trimStart().startsWith(PLACEHOLDER);
}
