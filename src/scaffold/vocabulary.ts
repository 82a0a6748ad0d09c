import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The ids an editor may choose from, read from content/ so help and checks never go stale. */

/** One entry of themes.yaml, places.yaml or tags.yaml, as the scaffold needs it. */
export interface Choice {
  id: string;
  zh: string;
  en: string;
  /** Administrative code, for places that have one. */
  code?: string;
}

/** Everything `new-story` offers: themes, places, tags and existing source ids. */
export interface Vocabulary {
  themes: Choice[];
  places: Choice[];
  tags: Choice[];
  sources: string[];
}

function choices(path: string): Choice[] {
  if (!existsSync(path)) return [];
  const entries = parse(readFileSync(path, 'utf8')) as Record<string, unknown>[] | null;
  return (entries ?? []).map((entry) => ({
    id: String(entry.id),
    zh: String(entry.zh ?? ''),
    en: String(entry.en ?? ''),
    ...(entry.code === undefined ? {} : { code: String(entry.code) }),
  }));
}

/** Reads the vocabularies of `<root>/content`. */
export function readVocabulary(root: string): Vocabulary {
  const content = join(root, 'content');
  const sourcesDir = join(content, 'sources');
  return {
    themes: choices(join(content, 'themes.yaml')),
    places: choices(join(content, 'places.yaml')),
    tags: choices(join(content, 'tags.yaml')),
    sources: existsSync(sourcesDir)
      ? readdirSync(sourcesDir)
          .filter((name) => name.endsWith('.yaml'))
          .map((name) => name.slice(0, -'.yaml'.length))
          .sort()
      : [],
  };
}

/** Lower case, without "(city-wide)", "District", 区, 县 … so "Nanming", "nanming" and 南明 all match. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(.*?\)|（.*?）/g, '')
    .replace(/\b(district|county|city|zone)\b/g, '')
    .replace(/[区县市]$/, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * The entry an editor meant: by id, code, Chinese or English name, in any case and with or
 * without "District"/区 (南明区, 南明, Nanming District, nanming and 520102 are one place).
 */
export function resolveChoice(input: string, list: Choice[]): Choice | undefined {
  const text = input.trim();
  const exact = list.find((entry) => [entry.id, entry.code, entry.zh, entry.en].includes(text));
  if (exact) return exact;
  const wanted = normalise(text);
  if (!wanted) return undefined;
  const matches = list.filter((entry) => [entry.id, entry.zh, entry.en].some((name) => normalise(name) === wanted));
  return matches.length === 1 ? matches[0] : undefined;
}

/** `id (中文 / English)` lines for help text and prompts. */
export function describeChoices(list: Choice[]): string {
  const width = Math.max(0, ...list.map((entry) => entry.id.length));
  return list.map((entry) => `${entry.id.padEnd(width)}  ${entry.zh} / ${entry.en}`).join('\n');
}
