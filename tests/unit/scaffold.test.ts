import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check';
import { scaffoldStory } from '../../src/scaffold';
import { contentTree } from '../support/fixture';

let cleanup = () => {};
afterEach(() => cleanup());

describe('new-story scaffold', () => {
  it('writes a draft that passes the content check', () => {
    const tree = contentTree();
    cleanup = tree.cleanup;
    const dir = scaffoldStory(tree.root, {
      slug: 'school-meals',
      theme: 'livelihood',
      places: ['520103'],
      tags: ['parking'],
      today: '2026-11-26',
    });
    expect(dir).toBe('content/initiatives/school-meals');
    expect(readdirSync(join(tree.root, dir)).sort()).toEqual(['data.yaml', 'en.mdx', 'zh.mdx']);
    const report = checkContent(tree.root);
    expect(report.problems).toEqual([]);
    expect(report.initiatives.get('school-meals')?.status).toBe('draft');
  });

  it('writes nothing and names every bad id', () => {
    const tree = contentTree();
    cleanup = tree.cleanup;
    expect(() =>
      scaffoldStory(tree.root, {
        slug: 'School Meals',
        theme: 'sport',
        places: ['520103'],
        tags: ['meals'],
        today: '2026-11-26',
      }),
    ).toThrow(
      /Nothing was written:\n {2}--slug "School Meals" must be English kebab-case.*\n {2}unknown theme "sport"; use one of: livelihood\n {2}unknown tag "meals"; use one of: parking/,
    );
    expect(readdirSync(join(tree.root, 'content', 'initiatives'))).toEqual(['night-market']);
  });
});
