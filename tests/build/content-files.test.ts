/**
 * Files from a pull request that are not what their names say: a story image that is a link to a
 * script, a folder named like an image holding index.js, a link to /etc/passwd, an About page
 * with a script and a redirect. Each must stop `npm run build` (the content check) and
 * `astro build` alone (the guards in astro.config.mjs), naming the file, before any of its code
 * runs and without printing what a refused file holds.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyProject } from '../../harness/project';

/** What a refused file holds: no output may show it. */
const SECRET = 'SECRET-4b1d-never-printed';

let project: string;
/** A folder outside the project: hostile code would write its mark here; nothing may appear in it. */
let outside: string;
beforeEach(() => {
  project = copyProject('casebook-files-');
  outside = mkdtempSync(join(tmpdir(), 'casebook-outside-'));
  writeFileSync(join(outside, 'secret.yaml'), `publisher: ${SECRET}\n`);
  writeFileSync(join(outside, 'secret.js'), script('secret'));
});
afterEach(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** A module that leaves a mark outside the project when it runs, and holds the secret. */
function script(name: string): string {
  return `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(outside, `ran-${name}`))}, '${SECRET}');\nexport default { src: '/x.png', width: 1, height: 1, format: 'png' };\n`;
}

/** Any story: the hostile files do not depend on its text. */
const SLUG = readdirSync(join('content', 'initiatives')).sort()[0]!;
const STORY = `content/initiatives/${SLUG}`;
const at = (path: string) => join(project, path);

function run(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npm', args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 200_000,
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Nothing ran and nothing leaked: no mark outside, no secret or password line in the output. */
function expectNothingRan(output: string): void {
  expect(readdirSync(outside).sort()).toEqual(['secret.js', 'secret.yaml']);
  expect(output).not.toContain(SECRET);
  expect(output).not.toMatch(/root:x?:0:0/);
}

/** Adds an image reference to the English story, so the bundler has to load the file. */
function showImage(name: string): void {
  appendFileSync(at(`${STORY}/en.mdx`), `\n![A picture](${name})\n`);
}

describe('hostile files in content/', { timeout: 240_000 }, () => {
  it('stop `npm run build` at the content check, each named, with nothing run, printed or built', () => {
    writeFileSync(at(`${STORY}/evil.js`), script('evil'));
    symlinkSync('evil.js', at(`${STORY}/photo.png`));
    mkdirSync(at(`${STORY}/folder.png`));
    writeFileSync(at(`${STORY}/folder.png/index.js`), script('folder'));
    symlinkSync('/etc/passwd', at(`${STORY}/passwd.png`));
    symlinkSync(join(outside, 'secret.js'), at(`${STORY}/secret.png`));
    writeFileSync(
      at(`${STORY}/drawing.svg`),
      `<svg xmlns="http://www.w3.org/2000/svg"><script>alert('${SECRET}')</script></svg>`,
    );
    writeFileSync(at(`${STORY}/text.png`), `${SECRET}\n`);
    writeFileSync(at(`${STORY}/fr.mdx`), readFileSync(at(`${STORY}/en.mdx`)));
    writeFileSync(at(`${STORY}/notes.mdx`), `# ${SECRET}\n`);
    symlinkSync(join(outside, 'secret.yaml'), at('content/sources/linked.yaml'));
    for (const name of ['photo.png', 'folder.png', 'passwd.png', 'secret.png', 'drawing.svg', 'text.png'])
      showImage(name);
    appendFileSync(
      at(`${STORY}/en.mdx`),
      '\nSee [a story](https://casebook.example.org/en/stories/no-such-story/) and [another](../no-such-story/).\n\n![Outside](https://example.org/x.png) ![Ref][pic] ![Host](//example.org/x.png)\n\n[pic]: https://example.org/pic.png\n',
    );
    appendFileSync(
      at('content/pages/about/en.md'),
      '\n<script>alert(1)</script>\n\n<meta http-equiv="refresh" content="0;url=https://example.org/">\n',
    );

    const { status, output } = run(['run', 'build']);
    expect(status, output).not.toBe(0);
    for (const [file, message] of [
      [`${STORY}/photo.png`, 'is a symbolic link'],
      [`${STORY}/passwd.png`, 'is a symbolic link'],
      [`${STORY}/secret.png`, 'is a symbolic link'],
      ['content/sources/linked.yaml', 'is a symbolic link'],
      [`${STORY}/folder.png`, 'is a folder where a file is expected'],
      [`${STORY}/evil.js`, 'is not a file the site reads'],
      [`${STORY}/drawing.svg`, 'holds a <script> element, which runs code'],
      [`${STORY}/text.png`, 'is not a PNG image'],
      [`${STORY}/fr.mdx`, '"fr" (French) is not a language of the site (zh, en)'],
      [`${STORY}/notes.mdx`, 'is not a file the site reads'],
    ])
      expect(output).toContain(`  ${file}  ${message}`);
    for (const pattern of [
      /en\.mdx:\d+:\d+ {2}links to a story that does not exist: https:\/\/casebook\.example\.org\/en\/stories\/no-such-story\//,
      /en\.mdx:\d+:\d+ {2}links to a story that does not exist: \.\.\/no-such-story\//,
      /en\.mdx:\d+:1 {2}image "https:\/\/example\.org\/x\.png" is on another site/,
      /en\.mdx:\d+:\d+ {2}image "https:\/\/example\.org\/pic\.png" is on another site/,
      /en\.mdx:\d+:\d+ {2}image "\/\/example\.org\/x\.png" is on another site/,
      /content\/pages\/about\/en\.md:\d+:1 {2}<script> is not allowed/,
      /content\/pages\/about\/en\.md:\d+:1 {2}<meta> is not allowed/,
    ])
      expect(output).toMatch(pattern);
    expect(output).toMatch(/Nothing was built; dist\/ was left as it was/);
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('the previous build');
    expectNothingRan(output);
  });

  // Without the check, the guards in astro.config.mjs refuse the file before anything follows it.
  it.each([
    [
      'an image that is a link to a script',
      () => {
        writeFileSync(at(`${STORY}/evil.js`), script('evil'));
        symlinkSync('evil.js', at(`${STORY}/photo.png`));
      },
      'is a symbolic link',
    ],
    [
      'a folder named like an image, holding index.js',
      () => {
        mkdirSync(at(`${STORY}/photo.png`));
        writeFileSync(at(`${STORY}/photo.png/index.js`), script('folder'));
      },
      'is a folder where a file is expected',
    ],
    [
      'an image that is a link to /etc/passwd',
      () => symlinkSync('/etc/passwd', at(`${STORY}/photo.png`)),
      'is a symbolic link',
    ],
    [
      'an image that is a link to a script outside the project',
      () => symlinkSync(join(outside, 'secret.js'), at(`${STORY}/photo.png`)),
      'is a symbolic link',
    ],
  ])('stop `astro build` too: %s', (_, arrange, message) => {
    arrange();
    showImage('photo.png');
    const { status, output } = run(['exec', '--', 'astro', 'build'], { CASEBOOK_OUT_DIR: '.guard-build' });
    expect(status, output).not.toBe(0);
    // A link stops the build before Astro starts reading content; a folder stops the bundler.
    expect(output).toMatch(new RegExp(`${STORY}/photo\\.png {1,2}${message}`));
    expect(existsSync(at('.guard-build/index.html'))).toBe(false);
    expectNothingRan(output);
  });

  it('stop `astro build` on an About page with a script and a redirect, and no About page is written', () => {
    appendFileSync(
      at('content/pages/about/en.md'),
      '\n<script>alert(1)</script>\n\n<iframe src="https://example.org/"></iframe>\n',
    );
    const { status, output } = run(['exec', '--', 'astro', 'build'], { CASEBOOK_OUT_DIR: '.guard-build' });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/<script> is not allowed: stories cannot run code/);
    expect(output).toContain('content/pages/about/en.md could not be rendered: it holds something pages may not.');
    expect(existsSync(at('.guard-build/en/about/index.html'))).toBe(false);
    expectNothingRan(output);
  });
});
