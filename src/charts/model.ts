/**
 * A chart declared in data.yaml, joined to the story's figures: what every chart kind, its data
 * table, its source line and its CSV share.
 */
import type { ChartData } from '../schemas/chart';
import type { ResolvedFigure } from '../lib/figures';

/** A chart with its figures looked up. */
export interface ResolvedChart {
  chart: ChartData;
  /** part-of-whole: the figure the parts belong to. */
  whole?: ResolvedFigure;
  /** The figures drawn, in order: bars, parts or cards. */
  figures: ResolvedFigure[];
}

/** Finds a declared chart by id, or throws an error that names the file and the known chart ids. */
export function findChart(charts: readonly ChartData[], id: string, file: string): ChartData {
  const chart = charts.find((candidate) => candidate.id === id);
  if (!chart) {
    const known =
      charts.map((candidate) => candidate.id).join(', ') || '(none: declare charts under `charts:` in data.yaml)';
    throw new Error(`${file}: <Chart id="${id}" /> names an unknown chart. Charts in its data.yaml: ${known}.`);
  }
  return chart;
}

/** Looks up a chart's figures; throws naming the file and chart if one is unknown (the content check reports it first). */
export function resolveChart(
  chart: ChartData,
  figures: ReadonlyMap<string, ResolvedFigure>,
  file: string,
): ResolvedChart {
  const lookup = (id: string) => {
    const figure = figures.get(id);
    if (!figure) {
      const known = [...figures.keys()].join(', ') || '(none)';
      throw new Error(`${file}: chart "${chart.id}" names an unknown figure "${id}". Known ids: ${known}.`);
    }
    return figure;
  };
  return {
    chart,
    whole: chart.kind === 'part-of-whole' && chart.whole !== undefined ? lookup(chart.whole) : undefined,
    figures: chart.figures.map(lookup),
  };
}

/** The figures a chart reports, whole first: the rows of its table and its CSV. */
export function chartRows(resolved: ResolvedChart): ResolvedFigure[] {
  return resolved.whole ? [resolved.whole, ...resolved.figures] : resolved.figures;
}

/** Source ids behind a chart's figures, in first-cited order. */
export function chartSources(resolved: ResolvedChart): string[] {
  return [...new Set(chartRows(resolved).flatMap((figure) => figure.sources))];
}

/** How a derived figure is computed, in plain arithmetic: "minors / applications * 100". */
export function formula(figure: ResolvedFigure): string {
  if (!figure.derivation) return '';
  const [a, b] = figure.derivation.of;
  switch (figure.derivation.op) {
    case 'share':
      return `${a} / ${b} * 100`;
    case 'ratio':
      return `${a} / ${b}`;
    case 'difference':
      return `${a} - ${b}`;
  }
}

/** Where a chart's CSV is published: language-neutral, like the figures in it. */
export function chartCsvPath(slug: string, chartId: string): string {
  return `/data/charts/${slug}/${chartId}.csv`;
}
