/**
 * The editor's preview of a story: both languages side by side, each as its story page shows it:
 * title, summary, key figures, and the text with every <Figure> formatted as the site formats
 * it (qualifier and unit, derived figures marked), charts named with their figures, and
 * <Background> and <Reading> marked as such. Markdown is rendered with raw HTML shown as text
 * and only plain links kept: a story opened from someone's pull request cannot run anything here.
 */
import { Marked, type Tokens } from 'marked';
import { resolveFigures, figureText, type ResolvedFigure } from '../../lib/figures';
import type { Unit } from '../../schemas/units';
import type { InitiativeData } from '../../schemas/initiative';
import { label, type EditorLanguage } from '../labels';
import type { StoryEntry } from '../story-entry';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Links and images may point at the web, the site or the story's folder; nothing else. */
function safeUrl(url: string): string {
  return /^(?:https?:\/\/|\/(?!\/)|#|\.\/|[\w-]+\.(?:png|jpe?g|webp|gif|svg)$)/i.test(url) ? url : '#';
}

const markdown = new Marked({ gfm: true });
markdown.use({
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      return `<a href="${escapeHtml(safeUrl(token.href))}">${this.parser.parseInline(token.tokens)}</a>`;
    },
    image(token: Tokens.Image) {
      return `<span class="image">[${escapeHtml(token.text)}]</span>`;
    },
  },
});

/** The figures of an entry, resolved as the site resolves them; those that cannot be are left out. */
function figuresOf(entry: StoryEntry, units: Unit[]): Map<string, ResolvedFigure> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const data = entry as unknown as Partial<InitiativeData>;
  const figures = (data.figures ?? []).filter((f) => f && byId.has(f.unit) && typeof f.value === 'number');
  const stated = new Set(figures.map((f) => f.id));
  const derived = (data.derived ?? []).filter(
    (d) => d && byId.has(d.unit) && Array.isArray(d.of) && d.of.every((id) => stated.has(id)),
  );
  const resolved = resolveFigures(
    {
      figures: figures.map((f) => ({ ...f, headline: Boolean(f.headline), tableOnly: Boolean(f.tableOnly) })),
      derived: derived.map((d) => ({ ...d, tableOnly: Boolean(d.tableOnly) })),
    },
    byId,
  );
  return new Map(resolved.map((figure) => [figure.id, figure]));
}

/** One figure as the story page prints it, marked when derived or unknown. */
function figureHtml(id: string, figures: Map<string, ResolvedFigure>, language: EditorLanguage): string {
  const figure = figures.get(id);
  if (!figure) return `<mark class="unknown">${escapeHtml(`${label('unknownFigure', language)}: ${id}`)}</mark>`;
  const derived = figure.derivation ? ` <small>(${escapeHtml(label('derivedMark', language))})</small>` : '';
  return `<span class="fig${figure.derivation ? ' derived' : ''}" data-figure="${escapeHtml(id)}">${escapeHtml(
    figureText(figure, language),
  )}</span>${derived}`;
}

/** A chart as a box with its title and the figures it draws. */
function chartHtml(id: string, entry: StoryEntry, figures: Map<string, ResolvedFigure>, language: EditorLanguage) {
  const chart = ((entry as unknown as Partial<InitiativeData>).charts ?? []).find((c) => c?.id === id);
  if (!chart) return `<mark class="unknown">${escapeHtml(`${label('unknownChart', language)}: ${id}`)}</mark>`;
  const items = (chart.figures ?? [])
    .map(
      (figure) =>
        `<li>${escapeHtml(figures.get(figure)?.label[language] ?? figure)}: ${figureHtml(figure, figures, language)}</li>`,
    )
    .join('');
  return `<figure class="chart" data-chart="${escapeHtml(id)}"><figcaption>${escapeHtml(
    chart.title?.[language] ?? id,
  )}</figcaption><ul>${items}</ul></figure>`;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** The body of one language as HTML, with the story components as the page shows them. */
export function bodyHtml(entry: StoryEntry, units: Unit[], language: EditorLanguage): string {
  let figures: Map<string, ResolvedFigure>;
  try {
    figures = figuresOf(entry, units);
  } catch {
    figures = new Map();
  }
  const parts: string[] = [];
  const hold = (html: string) => `${OPEN}${parts.push(html) - 1}${CLOSE}`;
  const body = (entry[language]?.body ?? '')
    .replace(/<Figure\s+id=["']([^"']*)["']\s*\/>/g, (_, id: string) => hold(figureHtml(id, figures, language)))
    .replace(/^[ \t]*<Chart\s+id=["']([^"']*)["']\s*\/>[ \t]*$/gm, (_, id: string) =>
      hold(chartHtml(id, entry, figures, language)),
    )
    .replace(/^[ \t]*<(Background|Reading)>[ \t]*$/gm, (_, name: string) => {
      const kind = name === 'Background' ? 'background' : 'reading';
      return hold(
        `<aside class="${kind}" data-component="${name}"><p class="mark">${escapeHtml(label(kind, language))}</p>`,
      );
    })
    .replace(/^[ \t]*<\/(?:Background|Reading)>[ \t]*$/gm, () => hold('</aside>'));
  const html = markdown.parse(body, { async: false });
  return html
    .replace(new RegExp(`<p>${OPEN}(\\d+)${CLOSE}</p>`, 'g'), (_, index: string) => parts[Number(index)]!)
    .replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, index: string) => parts[Number(index)]!);
}

/** The whole preview of a story entry: one column per language. */
export function storyPreviewHtml(entry: StoryEntry, units: Unit[]): string {
  let figures: Map<string, ResolvedFigure>;
  try {
    figures = figuresOf(entry, units);
  } catch {
    figures = new Map();
  }
  const keys = ((entry as unknown as Partial<InitiativeData>).keyFigures ?? []) as string[];
  const column = (language: EditorLanguage) => {
    const text = entry[language] ?? { title: '', summary: '', body: '' };
    const cards = keys
      .map(
        (id) =>
          `<li><span class="value">${figureHtml(id, figures, language)}</span><span class="label">${escapeHtml(
            figures.get(id)?.label[language] ?? '',
          )}</span></li>`,
      )
      .join('');
    return `<article lang="${language === 'zh' ? 'zh-CN' : 'en'}" class="story" data-language="${language}">
<h1>${escapeHtml(text.title ?? '')}</h1>
<p class="summary">${escapeHtml(text.summary ?? '')}</p>
${cards ? `<ul class="key-figures">${cards}</ul>` : ''}
<div class="body">${bodyHtml(entry, units, language)}</div>
</article>`;
  };
  return `<div class="columns">${column('zh')}${column('en')}</div>`;
}
