import { readdirSync } from 'node:fs';
import { now as clockNow } from '../lib/clock';
import { join, relative } from 'node:path';
import { isSeq } from 'yaml';
import type { z } from 'astro/zod';
import { initiativeSchema, type InitiativeData } from '../schemas/initiative';
import { unitSchema } from '../schemas/units';
import { LOCALES, localePath, REQUIRED_LOCALES } from '../lib/locale';
import { routes } from '../lib/paths';
import { formatProblem } from '../lib/problems';
import { placeSchema, sourceSchema, tagSchema, themeSchema } from '../schemas/vocabulary';
import type { Problem } from '../lib/problems';
import { say, type Said } from '../i18n/editor/say';
import { present } from './read-text';
import { chartIds, checkCharts } from './charts';
import { checkInexact } from './inexact';
import { checkContentFiles } from './content-files';
import { checkExactness } from './exactness';
import { checkSiteLinks, publicFiles, siteUrl, type SiteLink } from './site-links';
import { checkStoryBody } from './story-body';
import { storyFiles } from './story-files';
import { checkPages, readStoryFile } from './texts';
import { fieldName, lineOf, readYaml, validate, type YamlFile } from './yaml-source';

export { formatProblem, problemReport, type Problem } from '../lib/problems';
export { warningReport } from './exactness';
export { storyFiles } from './story-files';

function readVocabulary<T extends z.ZodType>(
  root: string,
  contentDir: string,
  name: string,
  schema: T,
  problems: Problem[],
): z.infer<T>[] {
  const path = join(contentDir, name);
  if (!present(path)) {
    problems.push({ file: relative(root, path), ...say('vocabularyMissing') });
    return [];
  }
  const yaml = readYaml(root, path, problems);
  if (!yaml) return [];
  const items = yaml.doc.contents;
  if (!isSeq(items)) {
    problems.push({ file: yaml.file, line: 1, ...say('vocabularyNotList') });
    return [];
  }
  const entries: z.infer<T>[] = [];
  const seen = new Set<string>();
  items.items.forEach((_, index) => {
    const entry = validate(yaml, schema, problems, [index]) as { id: string } | undefined;
    if (!entry) return;
    if (seen.has(entry.id)) {
      problems.push({
        file: yaml.file,
        line: lineOf(yaml, [index, 'id']),
        field: `[${index}].id`,
        ...say('idTwice', entry.id),
      });
    }
    seen.add(entry.id);
    entries.push(entry as z.infer<T>);
  });
  return entries;
}

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

/** Everything the check read, for callers that want the data as well as the problems. */
export interface ContentReport {
  problems: Problem[];
  /** Things worth a look that do not fail the check (`severity: 'warning'`). */
  warnings: Problem[];
  /** Slugs of initiatives whose data.yaml is valid. */
  initiatives: Map<string, InitiativeData>;
}

/**
 * Checks the whole content folder: files as files (content-files.ts), schemas, vocabularies,
 * cross-references, figure ids, every language, story components, image alt text and files, site
 * links, the site's own pages, and exactness (dates, placeholders, hand-typed numbers); `now` (the
 * one clock, lib/clock.ts) decides what is "in the future", `site` which full addresses are the
 * site's own. Reads only; writes nothing, and never reads what a symbolic link points at.
 */
export function checkContent(
  root: string,
  contentDir = join(root, 'content'),
  now = clockNow(process.env),
  site = siteUrl(),
): ContentReport {
  const problems: Problem[] = [];
  checkContentFiles(root, contentDir, problems);
  const themes = readVocabulary(root, contentDir, 'themes.yaml', themeSchema, problems);
  const places = readVocabulary(root, contentDir, 'places.yaml', placeSchema, problems);
  const tags = readVocabulary(root, contentDir, 'tags.yaml', tagSchema, problems);
  const units = readVocabulary(root, contentDir, 'units.yaml', unitSchema, problems);
  const unitIds = new Set(units.map((unit) => unit.id));
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));

  // Files other than <source-id>.yaml are reported with the other files the site does not read.
  const sourcesDir = join(contentDir, 'sources');
  const sourceIds = new Set<string>();
  /** Warnings found here (an http:// source, arithmetic on inexact figures); exactness.ts finds the rest. */
  const warningsHere: Problem[] = [];
  /** Sources whose file is there but has problems of its own: a story citing one is not told to create it. */
  const refusedSources = new Set<string>();
  const sourceFiles = present(sourcesDir) ? readdirSync(sourcesDir).filter((name) => name.endsWith('.yaml')) : [];
  for (const name of sourceFiles.sort()) {
    const path = join(sourcesDir, name);
    const yaml = readYaml(root, path, problems);
    const source = yaml && validate(yaml, sourceSchema, problems);
    if (!yaml || !source || yaml.written.length) {
      refusedSources.add(name.slice(0, -'.yaml'.length));
      continue;
    }
    sourceIds.add(name.slice(0, -'.yaml'.length));
    if (source.url?.startsWith('http:'))
      warningsHere.push({
        file: yaml.file,
        line: lineOf(yaml, ['url']),
        field: 'url',
        ...say('sourceHttp'),
        severity: 'warning',
      });
  }

  const initiativesDir = join(contentDir, 'initiatives');
  // Folders only: a link to a folder is reported with the other files, and never followed.
  const slugs = present(initiativesDir)
    ? readdirSync(initiativesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  if (!slugs.length)
    problems.push({
      file: relative(root, initiativesDir),
      ...say('noInitiatives'),
    });
  const slugSet = new Set(slugs);
  const initiatives = new Map<string, InitiativeData>();
  const headlines: string[] = [];
  const links: SiteLink[] = [];

  const ids = (list: { id: string }[]) => list.map((item) => item.id);
  const themeIds = new Set(ids(themes));
  const placeIds = new Set(ids(places));
  const tagIds = new Set(ids(tags));

  /** Per initiative, the figure ids each language's parsed story shows (for the unused-figure warning). */
  const shownBySlug = new Map<string, Map<string, Set<string>>>();
  for (const slug of slugs) {
    const dir = join(initiativesDir, slug);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push({
        file: relative(root, dir),
        ...say('folderName', slug),
      });
    }
    const dataPath = join(dir, 'data.yaml');
    let figureIds = new Set<string>();
    let statedFigures: { id: string; value: number }[] = [];
    let dataYaml: YamlFile | undefined;
    /** Chart ids <Chart> may name; undefined when data.yaml cannot tell (it is not YAML, or `charts:` not a list). */
    let charts: Set<string> | undefined;
    if (!present(dataPath)) {
      problems.push({
        file: relative(root, dataPath),
        ...say('dataMissing', storyFiles()),
      });
    } else {
      const yaml = readYaml(root, dataPath, problems);
      dataYaml = yaml;
      // Until data.yaml is valid, the charts it declares are read as written: a mistake elsewhere in
      // `charts:` is reported there, not again as every <Chart> naming an "unknown" chart.
      charts = yaml && declaredCharts(yaml.data);
      const data = yaml && validate(yaml, initiativeSchema, problems);
      if (yaml && data) {
        initiatives.set(slug, data);
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
          if (!sourceIds.has(source) && !refusedSources.has(source))
            at(['sources', index], say('unknownSource', source, [...sourceIds]));
        });
        const stated = new Set<string>();
        figureIds = new Set();
        statedFigures = data.figures;
        const knownUnit = (unit: string, path: PropertyKey[]) => {
          if (!unitIds.has(unit)) at(path, say('unknownUnit', unit, [...unitIds]));
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
          if (!data.sources.includes(figure.source))
            at(['figures', index, 'source'], say('sourceNotListed', figure.source));
          if (figure.headline) headlines.push(`${yaml.file} (${figure.id})`);
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
          warningsHere.push({
            file: yaml.file,
            line: lineOf(yaml, path),
            field: fieldName(path),
            ...said,
            severity: 'warning',
          }),
        );
        charts = chartIds(data);
      }
    }
    const shownIn = new Map<string, Set<string>>();
    shownBySlug.set(slug, shownIn);
    // Every language's file is checked; only a language without a fallback must have one.
    for (const locale of LOCALES) {
      const path = join(dir, `${locale}.mdx`);
      const file = relative(root, path);
      if (!present(path)) {
        if (REQUIRED_LOCALES.includes(locale))
          problems.push({
            file,
            ...say('storyMissing', storyFiles()),
          });
        continue;
      }
      const parts = readStoryFile(root, path, problems);
      if (!parts) continue;
      const figures = initiatives.has(slug) ? figureIds : undefined;
      const shown = checkStoryBody(
        file,
        parts.body,
        {
          locale,
          figureIds: figures,
          stated: statedFigures,
          dir,
          chartIds: charts,
          page: localePath(locale, routes.story(slug)),
          published: initiatives.get(slug)?.status !== 'draft',
          links,
        },
        problems,
      );
      if (shown) {
        // A figure drawn in a chart placed in the text is shown too.
        for (const chart of initiatives.get(slug)?.charts ?? [])
          for (const id of [...chart.figures, chart.whole ?? '']) shown.add(id);
        shownIn.set(locale, shown);
      }
    }
    // Every language tells the same story: a figure one shows, every other shows too (a figure no
    // language shows is only a warning; `tableOnly: true` marks one meant for the table alone).
    const data = initiatives.get(slug);
    if (data && REQUIRED_LOCALES.every((locale) => shownIn.has(locale))) {
      const check = (list: { id: string; tableOnly: boolean }[], key: 'figures' | 'derived') =>
        list.forEach((figure, index) => {
          const missing = [...shownIn].filter(([, ids]) => !ids.has(figure.id)).map(([locale]) => locale);
          if (figure.tableOnly || missing.length === 0 || missing.length === shownIn.size) return;
          for (const locale of missing)
            problems.push({
              file: relative(root, dataPath),
              line: dataYaml && lineOf(dataYaml, [key, index, 'id']),
              field: `${key}[${index}].id`,
              ...say(
                'shownInOne',
                figure.id,
                [...shownIn.keys()].filter((code) => !missing.includes(code)).map((code) => `${code}.mdx`),
                `${locale}.mdx`,
              ),
            });
        });
      check(data.figures, 'figures');
      check(data.derived, 'derived');
    }
  }
  if (headlines.length > 1) {
    problems.push({
      file: 'content/initiatives',
      field: 'headline',
      ...say('headlines', headlines.length, headlines),
    });
  }
  checkPages(root, contentDir, links, problems);
  checkSiteLinks(links, { site, initiatives, slugs: slugSet, publicFiles: publicFiles(root) }, problems);
  const warnings = checkExactness(root, contentDir, initiatives, shownBySlug, problems, unitsById, now);
  // A link or a folder where a file belongs is met by the file check and again by its reader: say it once.
  // A field still holding the scaffold's blank is told to be filled in, not also that a blank is no date.
  const seen = new Set<string>();
  const blank = (problem: Problem) => `${problem.file}|${problem.field}`;
  const blanks = new Set(problems.filter((problem) => problem.key === 'placeholderYaml').map(blank));
  const unique = problems.filter(
    (problem) =>
      (problem.key === 'placeholderYaml' || !blanks.has(blank(problem))) &&
      !seen.has(formatProblem(problem)) &&
      seen.add(formatProblem(problem)),
  );
  return { problems: unique, warnings: [...warningsHere, ...warnings], initiatives };
}
