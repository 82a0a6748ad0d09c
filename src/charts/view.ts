/**
 * What a chart shows in one language, computed from its declaration and the story's figures:
 * the drawing's geometry, the text a screen reader hears, the rows of its data table. Pure, so
 * the words and numbers of every chart can be tested without rendering it.
 */
import { ui } from '../i18n/ui';
import { figurePeriod, figureText, type ResolvedFigure } from '../lib/figures';
import { formatFigure } from '../lib/format';
import { PERCENT } from '../lib/figures';
import type { Locale } from '../lib/locale';
import type { Qualifier } from '../schemas/initiative';
import { barLayout, type BarLayout } from './bar/geometry';
import { derivedQualifier, restQualifier } from '../lib/bounds';
import type { ResolvedChart } from './model';
import { partOfWholeLayout, shares, type PartDatum, type PartOfWholeLayout } from './part-of-whole/geometry';

/** One row of a chart's data table. */
export interface TableRow {
  id: string;
  label: string;
  /** Number, qualifier and unit, as in the text. */
  value: string;
  /** part-of-whole: the share of the whole. */
  share?: string;
  period: string;
  derived: boolean;
}

export interface ChartView {
  title: string;
  /** The period every figure shares, shown once under the title; otherwise each label has its own. */
  period?: string;
  /** Read out after the title: every value of the chart, in words. */
  desc: string;
  /** The data table; empty for key-figure cards, which link to the story's figures table instead. */
  rows: TableRow[];
  bar?: BarLayout;
  partOfWhole?: PartOfWholeLayout;
  note?: string;
}

/** Computes what a resolved chart shows in `locale`. */
export function chartView(resolved: ResolvedChart, locale: Locale): ChartView {
  const t = ui(locale);
  const { chart, whole, figures } = resolved;
  const value = (figure: ResolvedFigure) => figureText(figure, locale);
  const period = (figure: ResolvedFigure) => figurePeriod(figure, locale);
  const percent = (share: number, qualifier: Qualifier) => formatFigure(share * 100, PERCENT, qualifier, locale);
  const said = (label: string, text: string) => `${label}${t.colon}${text}`;
  const periods = new Set([...(whole ? [whole] : []), ...figures].map(period));
  const shared = periods.size === 1 ? [...periods][0] : undefined;
  const label = (figure: ResolvedFigure) =>
    shared ? figure.label[locale] : `${figure.label[locale]}${t.paren(period(figure))}`;
  const row = (figure: ResolvedFigure, share?: string): TableRow => ({
    id: figure.id,
    label: figure.label[locale],
    value: value(figure),
    share,
    period: period(figure),
    derived: figure.derivation !== undefined,
  });
  const view: ChartView = {
    title: chart.title[locale],
    period: shared,
    desc: '',
    rows: [],
    note: chart.note?.[locale],
  };

  if (chart.kind === 'bar') {
    view.bar = barLayout(
      figures.map((figure) => ({
        id: figure.id,
        value: figure.value,
        valueText: value(figure),
        label: label(figure),
        derived: figure.derivation !== undefined,
      })),
    );
    view.rows = figures.map((figure) => row(figure));
    view.desc = t.chart.describeBar(figures.map((figure) => said(label(figure), value(figure))));
  }

  if (chart.kind === 'part-of-whole' && whole) {
    const split = shares(
      whole.value,
      figures.map((figure) => figure.value),
    );
    // Shares and the rest only as far as the figures tell them (lib/bounds.ts): a part of 800+ in
    // a whole of 3,000+ is drawn and named, but its share, and what is left, are "not known".
    const shareQualifiers = figures.map((figure) => derivedQualifier('share', figure, whole));
    const shareText = (share: number, qualifier: Qualifier | undefined) =>
      qualifier ? percent(share, qualifier) : undefined;
    const both = (value: string, share: string | undefined) => (share ? t.chart.valueAndShare(value, share) : value);
    const parts: (PartDatum & { row: TableRow })[] = figures.map((figure, index) => {
      const share = shareText(split.parts[index]!, shareQualifiers[index]);
      return {
        id: figure.id,
        value: figure.value,
        valueText: both(value(figure), share),
        label: label(figure),
        derived: figure.derivation !== undefined,
        row: row(figure, share ?? t.chart.notKnown),
      };
    });
    if (split.rest > 0) {
      const qualifier = restQualifier(
        whole.qualifier,
        figures.map((figure) => figure.qualifier),
      );
      const restValue = qualifier ? formatFigure(split.rest, whole.unit, qualifier, locale) : t.chart.notKnown;
      const share = shareText(split.rest / whole.value, restQualifier('exact', shareQualifiers));
      parts.push({
        id: `${whole.id}-rest`,
        value: split.rest,
        valueText: both(restValue, qualifier && share),
        label: t.chart.rest,
        derived: true,
        rest: true,
        row: {
          id: `${whole.id}-rest`,
          label: t.chart.rest,
          value: restValue,
          share: (qualifier && share) ?? t.chart.notKnown,
          period: period(whole),
          derived: false,
        },
      });
    }
    view.partOfWhole = partOfWholeLayout({ value: whole.value, valueText: value(whole), label: label(whole) }, parts);
    view.rows = [row(whole), ...parts.map((part) => part.row)];
    view.desc = t.chart.describePartOfWhole(
      said(label(whole), value(whole)),
      parts.map((part) => said(part.label, part.valueText)),
    );
  }
  return view;
}
