/**
 * Search results are untrusted text: the index holds titles, summaries and body text exactly as
 * written, so nothing from it may reach the page as markup. Pagefind's excerpt is the one string
 * that carries markup on purpose, `<mark>` around the matched words, with `<` and `>` of the text
 * itself escaped; this splits it into plain-text pieces so the page can build it from text nodes.
 */

/** One part of a page as Pagefind splits it at headings with ids: the page's start has no `#`. */
export interface ExcerptSection {
  url: string;
  /** Words around the section's best match, as in the result's own excerpt. */
  excerpt: string;
  /** Positions of the matched words. */
  locations: number[];
}

/** A section id as the page writes it; one that is not valid percent-encoding, as it stands. */
function decoded(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * The excerpt a result shows. A story page starts with its title and its labels (theme, place,
 * tags, period), which the result shows already: an excerpt from there reads as a list of labels.
 * So the excerpt comes from the story's own text, from the section with the most matches (the
 * earliest of equals); failing that, from the sections the page adds around the text (`around`:
 * key figures, figures, sources); failing that, there is none. A page Pagefind did not split (no
 * heading with an id) keeps Pagefind's excerpt.
 */
export function resultExcerpt(
  result: { excerpt: string; sub_results?: ExcerptSection[] },
  around: readonly string[],
): string {
  const sections = result.sub_results ?? [];
  const id = (section: ExcerptSection) => section.url.split('#')[1];
  if (!sections.some(id)) return result.excerpt;
  const rank = (section: ExcerptSection) => {
    const hash = id(section);
    if (hash === undefined) return 2;
    return around.includes(decoded(hash)) ? 1 : 0;
  };
  let best: ExcerptSection | undefined;
  for (const section of sections) {
    if (!section.locations.length || rank(section) === 2) continue;
    if (
      !best ||
      rank(section) < rank(best) ||
      (rank(section) === rank(best) && section.locations.length > best.locations.length)
    )
      best = section;
  }
  return best?.excerpt ?? '';
}

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/** Undoes the escaping Pagefind applies to excerpt text (only `<` and `>` are escaped). */
function unescape(text: string): string {
  return text.replace(/&lt;|&gt;/g, (entity) => ENTITIES[entity]!);
}

/**
 * Splits a Pagefind excerpt into text and highlighted text. Only the exact tags `<mark>` and
 * `</mark>` count; anything else is text. Empty pieces are dropped and neighbours of the same kind
 * are joined.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (!mark) add(unescape(piece), false);
    else {
      // Pagefind marks whole words with the space after them; highlight the word only.
      const [, before = '', word = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(unescape(piece)) ?? [];
      add(before, false);
      add(word, true);
      add(after, false);
    }
  }
  return parts;
}

/**
 * The excerpt with the stops Pagefind put between blocks of text (". ", or "." at its end) written
 * as `fullStop` where they follow the language's own characters (not ASCII): "…育种苗. 产业振兴."
 * reads "…育种苗。产业振兴。" in Chinese. A language that ends sentences with "." keeps them.
 */
export function withFullStops(excerpt: string, fullStop = '.'): string {
  if (fullStop === '.') return excerpt;
  return excerpt.replace(
    /([^\p{ASCII}])((?:<\/mark>)?)\.(?: |$)/gu,
    (_, last: string, mark: string) => last + mark + fullStop,
  );
}

/** Only same-site paths may become result links (never `javascript:` or another origin). */
export function safeResultPath(url: string): string | undefined {
  return /^\/(?!\/)[^\s\\]*$/.test(url) ? url : undefined;
}
