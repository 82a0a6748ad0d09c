import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check';
import { imageProblem } from '../../src/content-check/image-files';
import { unreadableEntries } from '../../src/content-check/content-files';
import { contentLinks, moduleProblem } from '../../src/content-check/module-guard';
import { LOCALES } from '../../src/lib/locale';
import { contentTree, FIXTURES, PNG } from '../../harness/fixture';
import { literally, missingLanguage } from '../../harness/languages';

const STORY = 'initiatives/night-market';
const EN = `${STORY}/en.mdx`;
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

/** What a refused file holds: no message may ever show it. */
const SECRET = 'SECRET-7f3a-do-not-print';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A folder outside the content tree, holding a file only a followed link would read. */
function outside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-outside-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'secret.yaml'), `title: ${SECRET}\n`);
  writeFileSync(join(dir, 'secret.js'), `throw new Error('${SECRET}');\n`);
  return dir;
}

/** A copy of the valid content with `changes` applied, then `arrange` run on it (for links and folders). */
function tree(changes: Record<string, string | Uint8Array> = {}, arrange: (content: string) => void = () => {}) {
  const made = contentTree(changes);
  cleanups.push(made.cleanup);
  arrange(join(made.root, 'content'));
  return made.root;
}

function check(changes: Record<string, string | Uint8Array> = {}, arrange?: (content: string) => void): Problem[] {
  const problems = checkContent(tree(changes, arrange)).problems;
  // Whatever is refused, its contents never reach a message.
  for (const problem of problems) expect(formatProblem(problem)).not.toContain(SECRET);
  return problems;
}

/** The valid English story with `mdx` added at line 8. */
const story = (mdx: string) => `${valid(EN)}\n${mdx}\n`;
const messages = (problems: Problem[]) => problems.map(formatProblem);

/** What a story folder holds, as messages list it: `data\.yaml, zh\.mdx, en\.mdx and images`. */
const STORY_HOLDS = literally(`data.yaml, ${LOCALES.map((locale) => `${locale}.mdx`).join(', ')} and images`);

describe('files under content/ are files, where the site expects them', () => {
  it('refuses an image that is a link to a script, without reading or running it, and the script too', () => {
    const problems = check(
      { [EN]: story('![A photo](photo.png)'), [`${STORY}/evil.js`]: `throw new Error('${SECRET}');` },
      (content) => symlinkSync('evil.js', join(content, STORY, 'photo.png')),
    );
    expect(messages(problems)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/initiatives/night-market/evil\\.js {2}is not a file the site reads: a story folder holds only ${STORY_HOLDS}`,
        ),
      ),
      'content/initiatives/night-market/photo.png  is a symbolic link, and content must be the files themselves (a link can point anywhere): put the file itself here.',
    ]);
  });

  it('refuses a link to /etc/passwd or to any file outside, never showing what it points at', () => {
    const dir = outside();
    const problems = check({ [EN]: story('![A](passwd.png) ![B](secret.png)') }, (content) => {
      symlinkSync('/etc/passwd', join(content, STORY, 'passwd.png'));
      symlinkSync(join(dir, 'secret.js'), join(content, STORY, 'secret.png'));
    });
    expect(problems.map((problem) => [problem.file, problem.message.slice(0, 22)])).toEqual([
      ['content/initiatives/night-market/passwd.png', 'is a symbolic link, an'],
      ['content/initiatives/night-market/secret.png', 'is a symbolic link, an'],
    ]);
    for (const problem of problems) expect(problem.message).not.toMatch(/root:|passwd|outside-/);
  });

  it('refuses a folder named like an image, holding index.js', () => {
    const problems = check({ [EN]: story('![A photo](photo.png)'), [`${STORY}/photo.png/index.js`]: `throw 1;` });
    expect(messages(problems)).toEqual([
      'content/initiatives/night-market/photo.png  is a folder where a file is expected: put the file itself here.',
    ]);
  });

  it('refuses links anywhere: a source, a vocabulary, a story folder, a story, content/ itself', () => {
    const dir = outside();
    const problems = check({}, (content) => {
      symlinkSync(join(dir, 'secret.yaml'), join(content, 'sources', 'linked.yaml'));
      rmSync(join(content, 'tags.yaml'));
      symlinkSync(join(dir, 'secret.yaml'), join(content, 'tags.yaml'));
      symlinkSync(join(content, STORY), join(content, 'initiatives', 'linked-market'));
    });
    expect(problems.map((problem) => problem.file)).toEqual([
      'content/initiatives/linked-market',
      'content/sources/linked.yaml',
      'content/tags.yaml',
      // The story's tag cannot be checked against a vocabulary that was not read.
      'content/initiatives/night-market/data.yaml',
    ]);
    expect(problems[0]!.message).toBe(
      'is a symbolic link, and content must be the folders themselves (a link can point anywhere): put the folder itself here.',
    );
    expect(problems[1]!.message).toMatch(/^is a symbolic link, and content must be the files themselves/);

    const linkedContent = tree();
    const real = join(linkedContent, 'real-content');
    symlinkSync(join(linkedContent, 'content'), real);
    expect(messages(checkContent(linkedContent, real).problems)[0]).toMatch(/^real-content {2}is a symbolic link/);
  });

  it('names a file the site does not read, in any folder, and says what belongs there', () => {
    const other = missingLanguage(LOCALES);
    const problems = check({
      [`${STORY}/notes.mdx`]: '# Notes\n',
      [`${STORY}/faq.mdx`]: '# Questions\n',
      [`${STORY}/${other.code}.mdx`]: valid(EN),
      [`${STORY}/draft/en.mdx`]: valid(EN),
      'sources/paper.yml': 'x: 1\n',
      'notes.txt': 'x',
      'initiatives/README.md': 'x',
      'pages/contact/en.md': valid(EN),
      'media/readme.md': 'x',
    });
    expect(messages(problems)).toEqual([
      'content/initiatives/README.md  is a file where a folder is expected: make it a folder, or delete it.',
      expect.stringMatching(
        new RegExp(
          `^content/initiatives/night-market/draft {2}is a folder the site does not read: a story folder holds only ${STORY_HOLDS} .*delete the folder\\.$`,
        ),
      ),
      expect.stringMatching(
        /^content\/initiatives\/night-market\/faq\.mdx {2}is not a file the site reads: a story folder holds only/,
      ),
      `content/initiatives/night-market/${other.code}.mdx  "${other.code}" (${other.name}) is not a language of the site (${LOCALES.join(', ')}), so nothing reads this file: delete it, or add the language to src/i18n/locales.ts first.`,
      expect.stringMatching(
        /^content\/initiatives\/night-market\/notes\.mdx {2}is not a file the site reads: a story folder holds only .*Delete it; notes for other editors belong in the pull request\.$/,
      ),
      expect.stringMatching(
        /^content\/media\/readme\.md {2}is not a file the site reads: content\/media\/ holds only images/,
      ),
      expect.stringMatching(
        /^content\/notes\.txt {2}is not a file the site reads: content\/ holds themes\.yaml, places\.yaml, .* and the folders initiatives\/, sources\/, pages\/, media\//,
      ),
      expect.stringMatching(
        /^content\/pages\/contact {2}is a folder the site does not read: content\/pages\/ holds one folder per page of the site: about\./,
      ),
      expect.stringMatching(
        /^content\/sources\/paper\.yml {2}is not a file the site reads: content\/sources\/ holds one YAML file per source, named <source-id>\.yaml/,
      ),
    ]);
  });

  it('refuses names outside a plain alphabet, printing them safely', () => {
    const problems = check({
      [`${STORY}/photo 1.png`]: PNG,
      [`${STORY}/照片.png`]: PNG,
      [`${STORY}/.hidden.png`]: PNG,
      [`${STORY}/a\nb.png`]: PNG,
    });
    expect(problems.map((problem) => problem.file)).toEqual([
      'content/initiatives/night-market/.hidden.png',
      'content/initiatives/night-market/a\\nb.png',
      'content/initiatives/night-market/photo 1.png',
      'content/initiatives/night-market/照片.png',
    ]);
    expect(problems[0]!.message).toMatch(
      /^has a name content may not have: use at most 100 letters a–z, digits, "-" and "_"/,
    );
  });
});

describe('images are judged by their bytes', () => {
  const svg = (inner: string, attributes = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;
  const text = (value: string) => new TextEncoder().encode(value);

  it('accepts each format under its own name, and a plain drawing as SVG', () => {
    const riff = Uint8Array.from([...'RIFF\0\0\0\0WEBPVP8 '].map((char) => char.charCodeAt(0)));
    const avif = Uint8Array.from([0, 0, 0, 20, ...[...'ftypavif\0\0\0\0mif1'].map((char) => char.charCodeAt(0))]);
    expect(imageProblem('a.png', PNG)).toBeUndefined();
    expect(imageProblem('a.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined();
    expect(imageProblem('a.webp', riff)).toBeUndefined();
    expect(imageProblem('a.avif', avif)).toBeUndefined();
    expect(imageProblem('a.gif', text('GIF89a...'))).toBeUndefined();
    const drawing = `<?xml version="1.0"?>\n${svg('<title>A map</title><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" width="5" height="5"/><use href="#g"/><inkscape:x xmlns:inkscape="urn:x"/>', ' style="fill:#fff"')}`;
    expect(imageProblem('a.svg', text(drawing))).toBeUndefined();
  });

  it.each([
    [
      'a .png that is text',
      'photo.png',
      text(`${SECRET}\nnot an image`),
      /^is not a PNG image: its bytes are not an image's \(it may be text or another kind of file renamed\)/,
    ],
    ['a .png that is a script', 'photo.png', text(`import fs from 'node:fs'; // ${SECRET}`), /^is not a PNG image/],
    [
      'a .jpg that is a PNG',
      'photo.jpg',
      PNG,
      /^is named as a JPEG image but is a PNG image: rename it to end in \.png/,
    ],
    [
      'an SVG with <script>',
      'map.svg',
      text(svg(`<script>alert('${SECRET}')</script>`)),
      /^holds a <script> element, which runs code: an SVG image may only draw/,
    ],
    [
      'an SVG with onload',
      'map.svg',
      text(svg('<rect/>', ` onload="alert('${SECRET}')"`)),
      /^has an event handler onload="…" on <svg>, which runs code/,
    ],
    [
      'an SVG with a namespaced script',
      'map.svg',
      text(svg('<s:script xmlns:s="http://www.w3.org/2000/svg">1</s:script>')),
      /^holds a <s:script> element, which runs code/,
    ],
    [
      'an SVG with foreignObject',
      'map.svg',
      text(svg('<foreignObject><p>x</p></foreignObject>')),
      /^holds a <foreignObject> element, which can run code or load another file/,
    ],
    [
      'an SVG linking out',
      'map.svg',
      text(svg('<use href="https://example.org/x.svg#a"/>')),
      /^has href="…" on <use> pointing outside the picture/,
    ],
    [
      'an SVG loading a file by url()',
      'map.svg',
      text(svg('<rect style="fill:url(https://example.org/x)"/>')),
      /^has style="…" on <rect> that loads a file/,
    ],
    [
      'an SVG with an entity',
      'map.svg',
      text(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`),
      /^holds a <!DOCTYPE> or <!ENTITY> declaration/,
    ],
    [
      'an SVG that is HTML',
      'map.svg',
      text(`<html><body>${SECRET}</body></html>`),
      /^holds a <html> element, which is not part of a drawing/,
    ],
    [
      'an SVG that is not XML',
      'map.svg',
      text(`<svg><g></svg> ${SECRET}`),
      /^is not an SVG image: it is not well-formed XML/,
    ],
  ])('refuses %s', (_, name, bytes, message) => {
    const problem = imageProblem(name, bytes)?.message;
    expect(problem).toMatch(message);
    expect(problem).not.toContain(SECRET);
  });

  it('reports a refused image in a story folder, in content/media/, in a page folder', () => {
    const problems = check({
      [`${STORY}/photo.png`]: 'hello',
      'media/map.svg': svg('<script>1</script>'),
      'pages/about/team.webp': PNG,
    });
    expect(problems.map((problem) => problem.file)).toEqual([
      'content/initiatives/night-market/photo.png',
      'content/media/map.svg',
      'content/pages/about/team.webp',
    ]);
  });
});

describe('the bundler loads from content/ only texts, data and images', () => {
  /** A project folder with a content/ story folder, for the module guard. */
  function project(): { root: string; story: string } {
    const root = mkdtempSync(join(tmpdir(), 'casebook-modules-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const story = join(root, 'content', 'initiatives', 'night-market');
    mkdirSync(story, { recursive: true });
    writeFileSync(join(story, 'en.mdx'), valid(EN));
    writeFileSync(join(story, 'photo.png'), PNG);
    writeFileSync(join(story, 'evil.js'), `throw new Error('${SECRET}');`);
    return { root, story };
  }

  it('lets stories, data and real images through', () => {
    const { root, story } = project();
    expect(moduleProblem(join(story, 'en.mdx'), root)).toBeUndefined();
    expect(moduleProblem(join(story, 'photo.png'), root)).toBeUndefined();
    expect(moduleProblem(join(root, 'src', 'pages', 'index.astro'), root)).toBeUndefined();
  });

  it('refuses a link, a folder named like an image, a script, and a file outside the project', () => {
    const { root, story } = project();
    const dir = outside();
    symlinkSync('evil.js', join(story, 'linked.png'));
    symlinkSync('/etc/passwd', join(story, 'passwd.png'));
    mkdirSync(join(story, 'folder.png'));
    writeFileSync(join(story, 'folder.png', 'index.js'), 'throw 1;');
    writeFileSync(join(story, 'text.png'), SECRET);
    symlinkSync(join(dir, 'secret.js'), join(root, 'src-link.js'));
    const problems = [
      moduleProblem(join(story, 'linked.png'), root),
      moduleProblem(join(story, 'passwd.png'), root),
      moduleProblem(join(story, 'folder.png'), root),
      moduleProblem(join(story, 'folder.png', 'index.js'), root),
      moduleProblem(join(story, 'evil.js'), root),
      moduleProblem(join(story, 'text.png'), root),
      moduleProblem(join(root, 'src-link.js'), root),
      moduleProblem(join(dir, 'secret.js'), root),
    ];
    expect(problems).toEqual([
      expect.stringMatching(/^content\/initiatives\/night-market\/linked\.png is a symbolic link/),
      expect.stringMatching(/^content\/initiatives\/night-market\/passwd\.png is a symbolic link/),
      expect.stringMatching(/^content\/initiatives\/night-market\/folder\.png is a folder where a file is expected/),
      expect.stringMatching(
        /^content\/initiatives\/night-market\/folder\.png\/index\.js is not a story, page, data file or image, and nothing in content\/ is loaded as code/,
      ),
      expect.stringMatching(/^content\/initiatives\/night-market\/evil\.js is not a story, page, data file or image/),
      expect.stringMatching(/^content\/initiatives\/night-market\/text\.png is not a PNG image/),
      'src-link.js leads outside the project (through a symbolic link); the site is built from its own files only.',
      expect.stringMatching(/leads outside the project \(it is outside\)/),
    ]);
    for (const problem of problems) expect(problem).not.toContain(SECRET);
  });
});

describe('the build starts only when nothing in content/ is a link', () => {
  it('lists every link, at any depth, and stops at config setup naming them', () => {
    const root = tree({}, (content) => {
      symlinkSync('/etc/passwd', join(content, STORY, 'passwd.png'));
      symlinkSync('paper.yaml', join(content, 'sources', 'copy.yaml'));
    });
    expect(unreadableEntries(root, join(root, 'content')).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/initiatives\/night-market\/passwd\.png {2}is a symbolic link/),
      expect.stringMatching(/^content\/sources\/copy\.yaml {2}is a symbolic link/),
    ]);
    const setup = contentLinks(root).hooks['astro:config:setup'] as () => void;
    expect(setup).toThrow(/content\/sources\/copy\.yaml {2}is a symbolic link/);
    const clean = tree();
    expect(unreadableEntries(clean, join(clean, 'content'))).toEqual([]);
  });
});
