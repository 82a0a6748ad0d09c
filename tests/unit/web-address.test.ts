import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { articleJsonLd, bibtex, citable, citationMeta, citationText, ris } from '../../src/lib/citation';
import { figuresCsv, initiativesOf, sourceLink } from '../../src/lib/open-data';
import { datapackage, initiativeRecord } from '../../src/lib/open-data-package';
import { addressProblem, webLink } from '../../src/schemas/web-address';
import { sourceSchema, type Source } from '../../src/schemas/vocabulary';
import { oneStory } from '../../harness/one-story';

describe('addresses a source may give', () => {
  it.each([
    ['https://www.gov.cn/xinwen/2024-01/29/content_1.htm', undefined, /^is not on a web archive/],
    ['https://web.archive.org/web/2024/https://www.gov.cn/', undefined, undefined],
    ['https://archive.ph/AbCd1', undefined, undefined],
    ['http://www.gyrbw.com/news/1.html', undefined, /^must start with https:\/\//],
    ['https://www.gyrbw.com/news/1.html', undefined, /^is not on a web archive \("www\.gyrbw\.com"\)/],
    ['javascript:alert(document.domain)', /^is a javascript: address/, /^is a javascript: address/],
    ['JavaScript:alert(1)//https://web.archive.org/', /^is a javascript: address/, /^is a javascript: address/],
    ['data:text/html,<script>alert(1)</script>', /^is a data: address/, /^is a data: address/],
    ['file:///etc/passwd', /^is a file: address/, /^is a file: address/],
    ['vbscript:msgbox(1)', /^is a vbscript: address/, /^is a vbscript: address/],
    ['java\tscript:alert(1)', /^holds a space, line break or invisible character/, /^holds a space/],
    [' https://example.org/', /^holds a space/, /^holds a space/],
    ['https:example.org', /^must be a full web address starting with https:\/\//, /^must be a full web address/],
    ['//example.org/a', /^must be a full web address/, /^must be a full web address/],
    ['https://web.archive.org@evil.example/', /^holds a user name or password/, /^holds a user name or password/],
    [
      'https://web.archive.org.evil.example/',
      undefined,
      /^is not on a web archive \("web\.archive\.org\.evil\.example"\)/,
    ],
    ['https://localhost/admin', /^names no public site \("localhost"\)/, /^names no public site/],
  ])('%j: as url %s, as archived %s', (text, asUrl, asArchived) => {
    const url = addressProblem(text, 'url')?.message;
    const archived = addressProblem(text, 'archived')?.message;
    if (asUrl) expect(url).toMatch(asUrl);
    else expect(url).toBeUndefined();
    if (asArchived) expect(archived).toMatch(asArchived);
    else expect(archived).toBeUndefined();
  });

  it('is what the source schema checks, field by field', () => {
    const base = { publisher: { zh: '报社', en: 'The Paper' }, title: '报道', date: '2024-01-29', language: 'zh' };
    const issues = sourceSchema.safeParse({ ...base, url: 'javascript:alert(1)', archived: 'https://evil.example/' })
      .error!.issues;
    expect(issues.map((issue) => [issue.path.join('.'), issue.message.split(':')[0]])).toEqual([
      ['url', 'is a javascript'],
      ['archived', 'is not on a web archive ("evil.example")'],
    ]);
  });
});

describe('links to sources, where they are written', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/a', 'http://example.org/a'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['file:///etc/passwd', undefined],
    ['https://', undefined],
    [undefined, undefined],
  ])('webLink(%j) = %j', (text, link) => {
    expect(webLink(text)).toBe(link);
  });

  /** A story citing a source whose addresses got past the check (e.g. content built without it). */
  const slipped = (source: Partial<Source>) => oneStory({ source });

  it('never writes a script or data address into a citation, a data file or a figures-table link', () => {
    const site = new URL('https://casebook.example.org');
    const catalog = slipped({ url: 'javascript:alert(document.domain)', archived: 'data:text/html,<b>x</b>' });
    const written = [
      sourceLink(catalog.stories[0]!.sources[0]!),
      figuresCsv(initiativesOf(catalog)),
      JSON.stringify(initiativesOf(catalog).map((initiative) => initiativeRecord(initiative, site))),
      JSON.stringify(datapackage(initiativesOf(catalog), site)),
      ...catalog.stories.flatMap((story) => {
        const cited = citable(story, site, ui(story.locale).siteName);
        return [
          citationText(cited),
          bibtex(cited),
          ris(cited),
          JSON.stringify(citationMeta(cited)),
          JSON.stringify(articleJsonLd(cited)),
        ];
      }),
    ].join('\n');
    expect(written).not.toMatch(/javascript:|data:text/);
    // The same source with a real address is linked everywhere.
    const linked = slipped({ url: 'https://example.org/news/1.html' });
    const story = linked.stories[0]!;
    expect(sourceLink(story.sources[0]!)).toBe('https://example.org/news/1.html');
    expect(ris(citable(story, site, 'Casebook'))).toContain('https://example.org/news/1.html');
  });
});
