/**
 * The build's list of social cards: draws every card into the cache and lists where each goes; the
 * integration in src/build/files.ts copies them into place and removes this list.
 */
import type { APIRoute } from 'astro';
import { cardPath } from '../../og/cards';
import type { ManifestEntry } from '../../build/files';
import { CardRenderer } from '../../og/render';
import { loadCards } from '../../og/site';

export const GET: APIRoute = async () => {
  const cards = [...(await loadCards()).values()];
  const renderer = new CardRenderer(cards);
  renderer.prefetch();
  const entries: ManifestEntry[] = await Promise.all(
    cards.map(async (card) => ({ path: cardPath(card), file: await renderer.file(card) })),
  );
  console.log(`\n${renderer.summary()}`);
  return Response.json(entries);
};
