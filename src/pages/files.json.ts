/**
 * The build's list of per-story downloads with their text, and of chart images as PNG, drawn into
 * their cache; the integration in src/build/files.ts writes or links them into place and removes
 * this list. The dev server serves each from its own route.
 */
import type { APIRoute } from 'astro';
import type { ManifestEntry } from '../build/files';
import { ChartPngRenderer } from '../charts/image/png-fs';
import { loadCatalog } from '../data/catalog';
import { chartImagePath, storyChartImage, storyCharts } from '../data/chart-images';
import { downloads } from '../data/downloads';

export const GET: APIRoute = async ({ site, url }) => {
  const address = site ?? url;
  const renderer = new ChartPngRenderer();
  const images = await Promise.all(
    storyCharts((await loadCatalog()).stories).map(async ({ story, chart }) => {
      const path = chartImagePath(story, chart, 'png');
      return { path, file: await renderer.file(storyChartImage(story, chart, address), path) };
    }),
  );
  console.log(`\n${renderer.summary()}`);
  return Response.json([...(await downloads(address)), ...images] satisfies ManifestEntry[]);
};
