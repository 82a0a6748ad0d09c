import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repositoryUrl, storyRepositoryLinks } from '../../src/lib/repository';

describe('repository links on story pages', () => {
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

  it('leaves the links out when the repository is unset or not on GitHub', () => {
    for (const field of [undefined, '', { type: 'git' }, 'https://gitlab.com/example/casebook', 42])
      expect(storyRepositoryLinks(repositoryUrl(field), 'tea', 'https://x.org/stories/tea/')).toBeUndefined();
  });

  it('opens the correction form with the story filled in, and the story folder', () => {
    const links = storyRepositoryLinks('https://github.com/example/casebook', 'tea', 'https://x.org/en/stories/tea/')!;
    const correction = new URL(links.correction);
    expect(correction.origin + correction.pathname).toBe('https://github.com/example/casebook/issues/new');
    expect(Object.fromEntries(correction.searchParams)).toEqual({
      template: 'correction.yml',
      title: 'Correction: tea',
      story: 'https://x.org/en/stories/tea/',
    });
    expect(links.files).toBe('https://github.com/example/casebook/tree/HEAD/content/initiatives/tea');
  });

  it('prefills a field the correction form really has', () => {
    const form = readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8');
    expect(form).toMatch(/^ {4}id: story$/m);
  });
});
