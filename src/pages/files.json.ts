/**
 * The build's list of per-story downloads with their text; the integration in src/build/files.ts
 * writes them into place and removes this list. The dev server serves each from its own route.
 */
import type { APIRoute } from 'astro';
import type { ManifestEntry } from '../build/files';
import { downloads } from '../data/downloads';

export const GET: APIRoute = async ({ site, url }) =>
  Response.json((await downloads(site ?? url)) satisfies ManifestEntry[]);
