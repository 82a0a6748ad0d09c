/**
 * How to cite a story: plain text in the page's language, BibTeX, RIS, Google Scholar
 * (`citation_*`) meta tags and schema.org JSON-LD. All of it is built from the story's data, so
 * every form names the same title, date, address and sources.
 */
import { ui } from '../i18n/ui';
import type { Source } from '../schemas/vocabulary';
import type { Story } from './catalog';
import { isLocale, langTag } from './locale';
import { isoDay, sourceLink } from './open-data';
import { localePath, routes } from './paths';
import { webLink } from '../schemas/web-address';

/** What every citation form needs: the story and where it lives. */
export interface Citable {
  story: Story;
  /** The story's absolute URL in its language. */
  url: string;
  /** The site's name in the story's language: the citations' corporate author. */
  siteName: string;
  /** The site's home page in the story's language. */
  home: string;
}

type CitedSource = Source & { id: string };

/** The citation context of a story on the site at `site`. */
export function citable(story: Story, site: URL, siteName: string): Citable {
  return {
    story,
    url: new URL(localePath(story.locale, routes.story(story.slug)), site).href,
    home: new URL(localePath(story.locale, routes.home()), site).href,
    siteName,
  };
}

/** English citations date days the British way: 26 November 2026. */
const BRITISH = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** A title followed by a full stop, unless it already ends in punctuation. */
const stopped = (title: string) => (/[.?!。？！]$/.test(title) ? title : `${title}.`);

/** The last-updated date: the last correction, else publication. */
export function lastUpdated(story: Story): Date {
  return story.updated ?? story.data.published;
}

/** A source in English: publisher (author), “title” [“English title”], date, link. */
function sourceEn(source: CitedSource): string {
  const link = sourceLink(source);
  return [
    `${source.publisher.en}${source.author ? ` (${source.author.en})` : ''}`,
    `“${source.title}”${source.titleEn && source.titleEn !== source.title ? ` [“${source.titleEn}”]` : ''}`,
    BRITISH.format(source.date),
    ...(link ? [link] : []),
  ].join(', ');
}

/** Whether the story's language cites after GB/T 7714 (Chinese) rather than in the British style. */
const gbt = (story: Story) => ui(story.locale).citation.style === 'gbt7714';

/** A source as GB/T 7714 lists a news item read online: 作者. 题名[N/OL]. 出版者, 日期. 网址. */
function sourceZh(source: CitedSource): string {
  const link = sourceLink(source);
  return `${source.author ? `${source.author.zh}. ` : ''}${source.title}[N/OL]. ${source.publisher.zh}, ${isoDay(source.date)}.${link ? ` ${link}.` : ''}`;
}

/** The story's sources, in the story's language. */
export function basedOn(citable: Citable): string {
  const { story } = citable;
  return gbt(story)
    ? `资料来源：${story.sources.map(sourceZh).join(' ')}`
    : `Based on: ${story.sources.map(sourceEn).join('; ')}.`;
}

/**
 * "Cite this story" as plain text. English: site. “Title.” Published <date>[; updated <date>].
 * URL. Based on: …  Chinese, after GB/T 7714: 网站. 题名[EB/OL]. (更新日期). 网址. 资料来源：…
 */
export function citationText(citable: Citable): string {
  const { story, url, siteName } = citable;
  if (gbt(story)) {
    return `${siteName}. ${story.title}[EB/OL]. (${isoDay(lastUpdated(story))}). ${url}. ${basedOn(citable)}`;
  }
  const updated = story.updated ? `; updated ${BRITISH.format(story.updated)}` : '';
  return `${siteName}. “${stopped(story.title)}” Published ${BRITISH.format(story.data.published)}${updated}. ${url}. ${basedOn(citable)}`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text made safe inside a braced BibTeX value: TeX's special characters escaped, lines joined. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}%&#_$~^]/g, (character) => BIBTEX_SPECIALS[character]!);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The story's BibTeX key: stable, ASCII, one per story and language. */
export function bibtexKey(story: Story): string {
  return `guiyang-casebook:${story.slug}:${story.locale}`;
}

/** A BibTeX `@misc` entry (also read by biblatex: `date`, `url`, `langid`). */
export function bibtex(citable: Citable): string {
  const { story, url, siteName } = citable;
  const published = story.data.published;
  // Braces are not allowed unbalanced in a URL field, and a URL never needs them literally.
  const safeUrl = url.replaceAll('{', '%7B').replaceAll('}', '%7D');
  const updated = story.updated
    ? gbt(story)
      ? `更新于${isoDay(story.updated)}。`
      : `Updated ${BRITISH.format(story.updated)}. `
    : '';
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(siteName)}}`],
    ['title', `{${escapeBibtex(story.title)}}`],
    ['year', String(published.getUTCFullYear())],
    ['date', isoDay(published)],
    ['url', safeUrl],
    ['howpublished', `\\url{${safeUrl}}`],
    ['langid', ui(story.locale).citation.bibtexLanguage],
    ['abstract', escapeBibtex(story.summary)],
    ['keywords', escapeBibtex(story.tags.map((tag) => tag[story.locale]).join(', '))],
    ['note', escapeBibtex(`${updated}${basedOn(citable)}`)],
  ];
  const lines = fields.map(([name, value]) => `  ${name} = {${value}},`);
  lines.splice(3, 0, `  month = ${MONTHS[published.getUTCMonth()]},`);
  return `@misc{${bibtexKey(story)},\n${lines.join('\n')}\n}\n`;
}

/** An RIS record (`TY  - ELEC` … `ER  - `), CRLF line ends as the format's readers expect. */
export function ris(citable: Citable): string {
  const { story, url, siteName } = citable;
  const published = story.data.published;
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  const lines = [
    line('TY', 'ELEC'),
    line('TI', story.title),
    line('AU', siteName),
    line('T2', siteName),
    line('PB', siteName),
    line('PY', String(published.getUTCFullYear())),
    line('DA', `${isoDay(published).replaceAll('-', '/')}/`),
    line('UR', url),
    line('LA', ui(story.locale).citation.risLanguage),
    line('AB', story.summary),
    ...story.tags.map((tag) => line('KW', tag[story.locale])),
    line('N1', basedOn(citable)),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Google Scholar (Highwire Press) meta tags: name → content, in order. */
export function citationMeta(citable: Citable): { name: string; content: string }[] {
  const { story, url, siteName } = citable;
  const slash = (date: Date) => isoDay(date).replaceAll('-', '/');
  const plain = (text: string) => text.replaceAll(';', ',');
  return [
    { name: 'citation_title', content: story.title },
    { name: 'citation_author', content: siteName },
    { name: 'citation_publisher', content: siteName },
    { name: 'citation_publication_date', content: slash(story.data.published) },
    // The language of the text: a language with a fallback shows its fallback's until translated.
    { name: 'citation_language', content: story.textLocale },
    { name: 'citation_public_url', content: url },
    { name: 'citation_keywords', content: story.tags.map((tag) => tag[story.locale]).join('; ') },
    ...story.sources.map((source) => ({
      name: 'citation_reference',
      content: [
        `citation_title=${plain(source.title)}`,
        ...(source.author ? [`citation_author=${plain(source.author[story.locale])}`] : []),
        `citation_publisher=${plain(source.publisher[story.locale])}`,
        `citation_publication_date=${slash(source.date)}`,
        ...(webLink(source.url) ? [`citation_public_url=${source.url}`] : []),
      ].join('; '),
    })),
  ];
}

/** schema.org `Article` for the story, naming each source as a `NewsArticle` it is based on. */
export function articleJsonLd(citable: Citable) {
  const { story, url, siteName, home } = citable;
  const site = { '@type': 'Organization', name: siteName, url: home };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    headline: story.title,
    description: story.summary,
    inLanguage: langTag(story.textLocale),
    datePublished: isoDay(story.data.published),
    dateModified: isoDay(lastUpdated(story)),
    author: site,
    publisher: site,
    isPartOf: { '@type': 'WebSite', name: siteName, url: home },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    keywords: story.tags.map((tag) => tag[story.locale]).join(', '),
    contentLocation: story.places.map((place) => ({ '@type': 'Place', name: place[story.locale] })),
    isBasedOn: story.sources.map((source) => ({
      '@type': 'NewsArticle',
      headline: source.title,
      ...(source.titleEn ? { alternativeHeadline: source.titleEn } : {}),
      inLanguage: isLocale(source.language) ? langTag(source.language) : source.language,
      datePublished: isoDay(source.date),
      publisher: { '@type': 'Organization', name: source.publisher[story.locale] },
      ...(source.author ? { author: { '@type': 'Person', name: source.author[story.locale] } } : {}),
      ...(webLink(source.url) ? { url: source.url } : {}),
      ...(webLink(source.archived) ? { archivedAt: source.archived } : {}),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` written as \u003c, so no text in the data
 * can close the script element early.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
