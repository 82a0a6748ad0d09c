/**
 * A story's data.yaml: its schema, what it refers to (theme, places, tags, sources, units), its
 * figures and derived figures, key figures, charts and arithmetic on inexact figures; and, across
 * stories, that at most one figure is the site's headline.
 */
import { relative } from 'node:path';
import { say, type Said } from '../../i18n/editor/say';
import { initiativeSchema } from '../../schemas/initiative';
import { chartIds, checkCharts } from '../charts';
import { checkInexact } from '../inexact';
import { present } from '../read-text';
import { storyFiles } from '../story-files';
import { fieldName, lineOf, readYaml, validate } from '../yaml-source';
import type { CheckContext, StoryContext } from './context';

/** The chart ids a data.yaml declares as written, valid or not; undefined when `charts:` is not a list. */
function declaredCharts(data: unknown): Set<string> | undefined {
  const charts = data !== null && typeof data === 'object' ? (data as { charts?: unknown }).charts : undefined;
  if (charts === undefined || charts === null) return new Set();
  if (!Array.isArray(charts)) return undefined;
  return new Set(
    charts.flatMap((chart: unknown) => {
      const id = chart !== null && typeof chart === 'object' ? (chart as { id?: unknown }).id : undefined;
      return typeof id === 'string' ? [id] : [];
    }),
  );
}

export function storyDataPass(context: CheckContext, story: StoryContext): void {
  const { root, problems, themeIds, placeIds, tagIds, unitsById } = context;
  const { slug, dataPath } = story;
  if (!present(dataPath)) {
    problems.push({
      file: relative(root, dataPath),
      ...say('dataMissing', storyFiles()),
    });
    return;
  }
  const yaml = readYaml(root, dataPath, problems);
  story.dataYaml = yaml;
  // Until data.yaml is valid, the charts it declares are read as written: a mistake elsewhere in
  // `charts:` is reported there, not again as every <Chart> naming an "unknown" chart.
  story.charts = yaml && declaredCharts(yaml.data);
  const data = yaml && validate(yaml, initiativeSchema, problems);
  if (!yaml || !data) return;
  context.initiatives.set(slug, data);
  const at = (path: PropertyKey[], said: Said) =>
    problems.push({ file: yaml.file, line: lineOf(yaml, path), field: fieldName(path), ...said });
  if (!themeIds.has(data.theme)) at(['theme'], say('unknownTheme', data.theme, [...themeIds]));
  data.places.forEach((place, index) => {
    if (!placeIds.has(place)) at(['places', index], say('unknownPlace', place, [...placeIds]));
  });
  data.tags.forEach((tag, index) => {
    if (!tagIds.has(tag)) at(['tags', index], say('unknownTag', tag, [...tagIds]));
  });
  data.sources.forEach((source, index) => {
    if (!context.sourceIds.has(source) && !context.refusedSources.has(source))
      at(['sources', index], say('unknownSource', source, [...context.sourceIds]));
  });
  const stated = new Set<string>();
  const figureIds = new Set<string>();
  story.figureIds = figureIds;
  story.statedFigures = data.figures;
  const knownUnit = (unit: string, path: PropertyKey[]) => {
    if (!unitsById.has(unit)) at(path, say('unknownUnit', unit, [...unitsById.keys()]));
  };
  data.figures.forEach((figure, index) => knownUnit(figure.unit, ['figures', index, 'unit']));
  data.derived.forEach((rule, index) => knownUnit(rule.unit, ['derived', index, 'unit']));
  // A count of cases or spaces is a whole number, 0 or more (`count: true` in content/units.yaml).
  const counts = (unit: string) => unitsById.get(unit)?.count === true;
  data.figures.forEach((figure, index) => {
    if (!counts(figure.unit)) return;
    if (figure.value < 0) at(['figures', index, 'value'], say('negativeCount', figure.value, figure.unit));
    else if (!Number.isInteger(figure.value))
      at(['figures', index, 'value'], say('fractionalCount', figure.value, figure.unit));
  });
  data.derived.forEach((rule, index) => {
    const [a, b] = rule.of.map((id) => data.figures.find((figure) => figure.id === id));
    if (rule.op === 'difference' && a && b && counts(a.unit) && counts(b.unit) && a.value < b.value)
      at(['derived', index, 'of'], say('negativeDifference', a.id, a.value, b.id, b.value));
  });
  data.figures.forEach((figure, index) => {
    if (figureIds.has(figure.id)) at(['figures', index, 'id'], say('figureIdTwice', figure.id));
    figureIds.add(figure.id);
    stated.add(figure.id);
    if (!data.sources.includes(figure.source)) at(['figures', index, 'source'], say('sourceNotListed', figure.source));
    if (figure.headline) context.headlines.push(`${yaml.file} (${figure.id})`);
  });
  data.derived.forEach((rule, index) => {
    if (figureIds.has(rule.id)) at(['derived', index, 'id'], say('figureIdTwice', rule.id));
    figureIds.add(rule.id);
    rule.of.forEach((input, position) => {
      if (!stated.has(input)) at(['derived', index, 'of', position], say('notStated', input, [...stated]));
    });
    if (
      rule.op !== 'difference' &&
      rule.of[1] &&
      data.figures.find((figure) => figure.id === rule.of[1])?.value === 0
    ) {
      at(['derived', index, 'of', 1], say('dividesByZero', rule.of[1]));
    }
  });
  data.keyFigures.forEach((id, index) => {
    if (!figureIds.has(id)) at(['keyFigures', index], say('unknownKeyFigure', id, [...figureIds]));
  });
  checkCharts(data, at, unitsById);
  checkInexact(data, unitsById, at, (path, said) =>
    context.warnings.push({
      file: yaml.file,
      line: lineOf(yaml, path),
      field: fieldName(path),
      ...said,
      severity: 'warning',
    }),
  );
  story.charts = chartIds(data);
}

/** One figure across the whole site may be the headline. */
export function headlinePass(context: CheckContext): void {
  const { headlines } = context;
  if (headlines.length > 1) {
    context.problems.push({
      file: 'content/initiatives',
      field: 'headline',
      ...say('headlines', headlines.length, headlines),
    });
  }
}
