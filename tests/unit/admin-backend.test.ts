import { describe, expect, it } from 'vitest';
import { storyBackend, writable, type Implementation } from '../../src/admin/browser/backend';

/** A repository in memory, answering as Decap's GitHub backend does (published files, and one pull request's branch). */
function fakeGitHub(published: Record<string, string>, branch: Record<string, string> = {}) {
  const written: { dataFiles: { path: string; raw: string }[]; options: unknown }[] = [];
  const blobs = new Map(Object.entries(branch).map(([path, text], index) => [`sha${index}`, { path, text }]));
  const inner: Implementation & { written: typeof written } = {
    written,
    async entriesByFolder(folder, extension) {
      return Object.entries(published)
        .filter(([path]) => path.startsWith(`${folder}/`) && path.endsWith(`.${extension}`))
        .map(([path, data]) => ({ data, file: { path, id: path } }));
    },
    async getEntry(path) {
      if (!(path in published)) throw new Error('Not Found');
      return { data: published[path]!, file: { path, id: null } };
    },
    async persistEntry(entry, options) {
      written.push({ dataFiles: entry.dataFiles, options });
    },
    async unpublishedEntry() {
      return {
        slug: 'tea',
        collection: 'stories',
        diffs: [...blobs].map(([id, { path }]) => ({ id, path, newFile: !(path in published) })),
      };
    },
    async unpublishedEntryDataFile(_collection, _slug, path, id) {
      const blob = blobs.get(id);
      if (!blob || blob.path !== path) throw new Error('no such blob');
      return blob.text;
    },
  };
  return inner;
}

const story = (slug: string, marker: string) => ({
  [`content/initiatives/${slug}/data.yaml`]: `theme: ${marker}\n`,
  [`content/initiatives/${slug}/zh.mdx`]: `---\ntitle: ${marker}\n---\n中文\n`,
  [`content/initiatives/${slug}/en.mdx`]: `---\ntitle: ${marker}\n---\nEnglish\n`,
});

describe('a story folder as one editor entry', () => {
  it('lists each story with its three files, and saves them in one commit', async () => {
    const inner = fakeGitHub({ ...story('tea', 'a'), 'content/sources/s.yaml': 'title: x\n' });
    const backend = storyBackend(inner);
    const [entry] = await backend.entriesByFolder('content/initiatives', 'yaml', 2);
    const bundle = JSON.parse(entry!.data) as { slug: string; files: Record<string, string> };
    expect(bundle).toEqual({
      slug: 'tea',
      files: {
        'data.yaml': 'theme: a\n',
        'zh.mdx': '---\ntitle: a\n---\n中文\n',
        'en.mdx': '---\ntitle: a\n---\nEnglish\n',
      },
    });
    // Sources are single files: passed through as they are.
    const [source] = await backend.entriesByFolder('content/sources', 'yaml', 1);
    expect(source!.data).toBe('title: x\n');

    const raw = JSON.stringify({ slug: 'tea', files: { 'data.yaml': 'd\n', 'zh.mdx': 'z\n', 'en.mdx': 'e\n' } });
    await backend.persistEntry(
      { dataFiles: [{ path: 'content/initiatives/tea/data.yaml', slug: 'tea', raw }], assets: [] },
      { useWorkflow: true },
    );
    expect(inner.written).toEqual([
      {
        dataFiles: [
          { path: 'content/initiatives/tea/data.yaml', slug: 'tea', raw: 'd\n' },
          { path: 'content/initiatives/tea/zh.mdx', slug: 'tea', raw: 'z\n' },
          { path: 'content/initiatives/tea/en.mdx', slug: 'tea', raw: 'e\n' },
        ],
        options: { useWorkflow: true },
      },
    ]);
  });

  it('a new story is not found until it exists, so its name is free', async () => {
    const backend = storyBackend(fakeGitHub({}));
    await expect(backend.getEntry('content/initiatives/tea/data.yaml')).rejects.toThrow();
  });

  it('reads a story under review from its pull request: changed texts from the branch, the rest as published', async () => {
    const inner = fakeGitHub(story('tea', 'old'), {
      'content/initiatives/tea/data.yaml': 'theme: new\n',
      'content/initiatives/tea/zh.mdx': '---\ntitle: new\n---\n新\n',
    });
    const backend = storyBackend(inner);
    const entry = await backend.unpublishedEntry!({ collection: 'stories', slug: 'tea' });
    // Only data.yaml is the entry's data file; the texts are not shown as media files of it.
    expect(entry.diffs.map((diff) => diff.path)).toEqual(['content/initiatives/tea/data.yaml']);
    const data = await backend.unpublishedEntryDataFile!('stories', 'tea', 'content/initiatives/tea/data.yaml', 'sha0');
    expect(JSON.parse(data)).toEqual({
      slug: 'tea',
      files: {
        'data.yaml': 'theme: new\n',
        'zh.mdx': '---\ntitle: new\n---\n新\n',
        'en.mdx': '---\ntitle: old\n---\nEnglish\n',
      },
    });
  });

  it('refuses to write outside content/, or a story under a numbered name', async () => {
    const backend = storyBackend(fakeGitHub({}));
    for (const path of ['src/x.ts', 'content/../x', 'content//x', 'content\\x', '.github/workflows/ci.yml'])
      await expect(
        backend.persistEntry({ dataFiles: [{ path, slug: 'x', raw: 'x' }], assets: [] }, {}),
        path,
      ).rejects.toThrow(/only inside content/);
    await expect(backend.persistEntry({ dataFiles: [], assets: [{ path: 'public/evil.js' }] }, {})).rejects.toThrow(
      /only inside content/,
    );
    await expect(
      backend.persistEntry(
        { dataFiles: [{ path: 'content/initiatives/tea/data-1.yaml', slug: 'tea/data-1', raw: '{}' }], assets: [] },
        {},
      ),
    ).rejects.toThrow(/already exists/);
    expect(writable('content/initiatives/tea/photo.jpg')).toBe(true);
  });
});
