/**
 * Social cards on the dev server: one PNG per page and language, at /og/<locale>/<page>.png,
 * drawn when asked for. A build draws them all at once instead (cards.json.ts, src/og/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Card } from '../../og/cards';
import { CardRenderer } from '../../og/render';
import { loadCards } from '../../og/site';

// Routes for the dev server only. Its mode, not import.meta.env.PROD, tells: PROD follows NODE_ENV,
// which a test runner sets to "test" for the builds it starts.
export const getStaticPaths = (async () =>
  import.meta.env.MODE === 'development'
    ? [...(await loadCards())].map(([path, card]) => ({ params: { path }, props: { card } }))
    : []) satisfies GetStaticPaths;

let renderer: CardRenderer | undefined;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  renderer ??= new CardRenderer([...(await loadCards()).values()]);
  const png = await renderer.render(props.card);
  // A Buffer is a Uint8Array: passed as it is, without a copy (the cast only narrows its buffer type).
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
