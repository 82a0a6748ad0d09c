/**
 * What the passes of the content check share: where the content is, what earlier passes found that
 * later ones read (the vocabularies, the sources, the stories and their figures), and the problems
 * and warnings every pass adds to, in the order they are found.
 */
import type { Problem } from '../../lib/problems';
import type { InitiativeData } from '../../schemas/initiative';
import type { Unit } from '../../schemas/units';
import type { SiteLink } from '../site-links';
import type { YamlFile } from '../yaml-source';

export interface CheckContext {
  root: string;
  contentDir: string;
  /** What counts as "in the future". */
  now: Date;
  /** The site's own address, for telling its links from other sites'. */
  site: string;
  problems: Problem[];
  /** Warnings, in the order found; the exactness pass adds its own last. */
  warnings: Problem[];
  themeIds: Set<string>;
  placeIds: Set<string>;
  tagIds: Set<string>;
  unitsById: Map<string, Unit>;
  /** Sources whose file is valid. */
  sourceIds: Set<string>;
  /** Sources whose file is there but has problems of its own: a story citing one is not told to create it. */
  refusedSources: Set<string>;
  /** The story folders, in order. */
  slugs: string[];
  /** The stories whose data.yaml is valid, by slug. */
  initiatives: Map<string, InitiativeData>;
  /** Every figure marked as the site's headline, as "file (id)". */
  headlines: string[];
  /** Links to the site's own pages, from every text, checked once all stories are known. */
  links: SiteLink[];
  /** Per story, the figure ids each language's parsed story shows (for the unused-figure warning). */
  shownBySlug: Map<string, Map<string, Set<string>>>;
}

/** What the passes over one story folder share. */
export interface StoryContext {
  slug: string;
  dir: string;
  dataPath: string;
  /** data.yaml as read, when it is YAML. */
  dataYaml?: YamlFile | undefined;
  /** Every figure id data.yaml states or derives (empty until it is valid). */
  figureIds: Set<string>;
  statedFigures: { id: string; value: number }[];
  /** Chart ids <Chart> may name; undefined when data.yaml cannot tell (it is not YAML, or `charts:` not a list). */
  charts?: Set<string> | undefined;
  /** The figure ids each language's text shows, by locale. */
  shownIn: Map<string, Set<string>>;
}

export function checkContext(root: string, contentDir: string, now: Date, site: string): CheckContext {
  return {
    root,
    contentDir,
    now,
    site,
    problems: [],
    warnings: [],
    themeIds: new Set(),
    placeIds: new Set(),
    tagIds: new Set(),
    unitsById: new Map(),
    sourceIds: new Set(),
    refusedSources: new Set(),
    slugs: [],
    initiatives: new Map(),
    headlines: [],
    links: [],
    shownBySlug: new Map(),
  };
}
