import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositoryUrl, siteRepository, storyRepositoryLinks } from '../../src/lib/repository';

describe('the repository the site links to', () => {
  it('reads package.json `repository` in the forms npm accepts', () => {
    for (const field of [
      'example/casebook',
      'github:example/casebook',
      'https://github.com/example/casebook',
      'git+https://github.com/example/casebook.git',
      'git@github.com:example/casebook.git',
      { type: 'git', url: 'git+https://github.com/example/casebook.git' },
    ])
      expect(repositoryUrl(field), JSON.stringify(field)).toBe('https://github.com/example/casebook');
  });

  it('takes CASEBOOK_REPOSITORY first, then the repository GitHub Actions builds, then package.json', () => {
    const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'reporter/casebook-fork' };
    expect(siteRepository({}, 'github:example/casebook')).toBe('https://github.com/example/casebook');
    expect(siteRepository(actions, 'github:example/casebook')).toBe('https://github.com/reporter/casebook-fork');
    expect(siteRepository({ ...actions, CASEBOOK_REPOSITORY: 'guiyang/casebook' }, 'github:example/casebook')).toBe(
      'https://github.com/guiyang/casebook',
    );
    expect(
      siteRepository(
        { GITHUB_SERVER_URL: 'https://git.example.gov.cn/', GITHUB_REPOSITORY: 'team/casebook' },
        undefined,
      ),
    ).toBe('https://git.example.gov.cn/team/casebook');
    // Half of the Actions pair, or a malformed one, is not a repository.
    expect(siteRepository({ GITHUB_REPOSITORY: 'reporter/casebook' }, undefined)).toBeUndefined();
    expect(
      siteRepository({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'x' }, undefined),
    ).toBeUndefined();
  });

  it('stops on a CASEBOOK_REPOSITORY that names no GitHub repository, saying what it needs', () => {
    expect(() => siteRepository({ CASEBOOK_REPOSITORY: 'https://gitlab.com/x/y' }, undefined)).toThrow(
      /^CASEBOOK_REPOSITORY "https:\/\/gitlab\.com\/x\/y" is not a GitHub repository: write owner\/name/,
    );
  });

  it('leaves the links out when no repository is named, or it is not on GitHub', () => {
    for (const field of [undefined, '', { type: 'git' }, 'https://gitlab.com/example/casebook', 42])
      expect(storyRepositoryLinks(siteRepository({}, field), 'tea', 'https://x.org/stories/tea/')).toBeUndefined();
  });

  it('opens the correction form with the story filled in, every value percent-encoded, and the story folder', () => {
    const links = storyRepositoryLinks('https://github.com/example/casebook', 'tea', 'https://x.org/en/stories/tea/')!;
    expect(links.correction).toBe(
      'https://github.com/example/casebook/issues/new?template=correction.yml&title=Correction%20%C2%B7%20%E6%9B%B4%E6%AD%A3%3A%20tea&slug=tea&page=https%3A%2F%2Fx.org%2Fen%2Fstories%2Ftea%2F',
    );
    const correction = new URL(links.correction);
    expect(Object.fromEntries(correction.searchParams)).toEqual({
      template: 'correction.yml',
      title: 'Correction · 更正: tea',
      slug: 'tea',
      page: 'https://x.org/en/stories/tea/',
    });
    expect(links.files).toBe('https://github.com/example/casebook/tree/HEAD/content/initiatives/tea');
  });

  it('prefills only fields the correction form really has', () => {
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8')) as {
      title: string;
      body: { type: string; id?: string }[];
    };
    const ids = form.body.map((field) => field.id);
    expect(ids).toEqual(expect.arrayContaining(['slug', 'page', 'wrong', 'source']));
    const links = storyRepositoryLinks('https://github.com/example/casebook', 'tea', 'https://x.org/stories/tea/')!;
    const prefilled = [...new URL(links.correction).searchParams.keys()].filter(
      (key) => !['template', 'title', 'labels'].includes(key),
    );
    for (const key of prefilled) expect(ids, key).toContain(key);
    expect(new URL(links.correction).searchParams.get('title')).toMatch(new RegExp(`^${form.title}`));
  });
});
