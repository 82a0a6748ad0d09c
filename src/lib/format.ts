import type { Qualifier } from '../schemas/initiative';
import type { UnitForm } from '../schemas/units';
import { dateTag, langTag, localeDefinition, type Locale } from './locale';
import { isPlaceholder } from '../schemas/placeholder';
import { ui } from '../i18n/ui';

/** Formatters are costly to make and are made for the same few settings thousands of times a build. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}
function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${tag}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(tag, options)));
  return format;
}

function pluralRules(tag: string): Intl.PluralRules {
  const key = `p|${tag}`;
  let rules = formatters.get(key) as Intl.PluralRules | undefined;
  if (!rules) formatters.set(key, (rules = new Intl.PluralRules(tag)));
  return rules;
}

/**
 * The number alone, in the conventions of each language: Chinese groups by 万 and 亿 and writes
 * smaller numbers without separators (3840, 1.5万, 3.2亿); English uses thousands separators and
 * words from a million up (3,840; 200,000; 320 million).
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  if (localeDefinition(locale).numerals === 'cjk') {
    return numberFormat(langTag(locale), {
      notation: Math.abs(value) >= 10_000 ? 'compact' : 'standard',
      maximumFractionDigits: Math.abs(value) >= 10_000 ? 2 : maximumFractionDigits,
      useGrouping: false,
    }).format(value);
  }
  if (Math.abs(value) >= 1_000_000) {
    return numberFormat(langTag(locale), {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(value);
  }
  return numberFormat(langTag(locale), { maximumFractionDigits }).format(value);
}

/**
 * The CLDR root locale (`und`, no language): thousands separated by commas, a decimal point. It is
 * how editors type numbers in any of the site's languages, so the content check looks for it.
 */
const ROOT = 'und';

/** A number with thousands separators, as typed in text: 3,840; 1,234.5 (up to three decimals). */
export function groupedNumber(value: number): string {
  return numberFormat(ROOT, {}).format(value);
}

/** A number for data files: plain decimal notation (no grouping, never an exponent), up to six decimals. */
export function dataNumber(value: number): string {
  return numberFormat(ROOT, { useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/**
 * A figure as prose: number, unit and qualifier in the page's language.
 * zh: 3840余件, 约7000吨, 近40年, 3.2亿元; en: 3,840+ matters, about 7,000 tonnes, ¥320 million.
 */
export function formatFigure(
  value: number,
  unit: { forms: Record<Locale, UnitForm> },
  qualifier: Qualifier,
  locale: Locale,
): string {
  const form = unit.forms[locale];
  const number = formatNumber(value, locale);
  const prefix = form.prefix ?? '';
  const suffix = form.suffix ?? '';
  const nouns = form.one !== undefined || form.other !== undefined;
  const noun = nouns
    ? ` ${pluralRules(langTag(locale)).select(value) === 'one' ? (form.one ?? form.other) : (form.other ?? form.one)}`
    : '';
  const parts = { prefix, number, suffix, noun };
  const q = ui(locale).qualifier;
  switch (qualifier) {
    case 'exact':
      return `${prefix}${number}${suffix}${noun}`;
    case 'at-least':
      return q.atLeast(parts);
    case 'about':
      return q.about(parts);
    case 'nearly':
      return q.nearly(parts);
  }
}

const MONTH = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** One partial date (`2023`, `2023-11`, `2023-11-05`) in words. */
export function formatPartialDate(text: string, locale: Locale): string {
  const match = MONTH.exec(text);
  if (!match) throw new Error(`not a partial date: ${text}`);
  const [, year, month, day] = match;
  if (month === undefined) return ui(locale).year(year!);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return dateFormat(dateTag(locale), {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A period in words: `2023` → 2023年 / 2023; `2023-11/2024-01` → 2023年11月至2024年1月 /
 * November 2023 – January 2024; `../2024-01` → 截至2024年1月 / as of January 2024.
 */
export function formatPeriod(text: string, locale: Locale): string {
  if (isPlaceholder(text)) return text; // a draft's blank, shown as it is by `npm run dev`
  const [start, end] = text.split('/');
  if (end === undefined) return formatPartialDate(start!, locale);
  if (start === '..') {
    const until = formatPartialDate(end, locale);
    return ui(locale).periodUntil(until);
  }
  const from = formatPartialDate(start!, locale);
  const to = formatPartialDate(end, locale);
  return ui(locale).periodRange(from, to);
}

/** A full date, e.g. 2024年1月29日 / 29 January 2024. */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(dateTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The years a period touches, for the year filter: `2023-11/2024-01` → [2023, 2024]. */
export function periodYears(text: string): number[] {
  const parts = text.split('/').filter((part) => part !== '..');
  const years = parts.map((part) => Number(part.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
