/** Social cards: one PNG per page and language, at /og/<locale>/<page>.png (see src/og/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Card } from '../../og/cards';
import { CardRenderer } from '../../og/render';
import { loadCards } from '../../og/site';

export const getStaticPaths = (async () =>
  [...(await loadCards())].map(([path, card]) => ({ params: { path }, props: { card } }))) satisfies GetStaticPaths;

let renderer: CardRenderer | undefined;
let served = 0;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const cards = [...(await loadCards()).values()];
  if (!renderer) {
    renderer = new CardRenderer(cards);
    // A build asks for every card, in this order: draw ahead. The dev server asks for one at a time.
    if (import.meta.env.PROD) renderer.prefetch();
  }
  const png = await renderer.render(props.card);
  if (import.meta.env.PROD && ++served === cards.length) console.log(`\n${renderer.summary()}`);
  // A Buffer is a Uint8Array: passed as it is, without a copy (the cast only narrows its buffer type).
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
