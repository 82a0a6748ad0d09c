/**
 * A story is three files, but Decap CMS edits one file per entry. These wrappers around Decap's
 * own backends (GitHub, and the proxy of the local backend) present each story folder as one
 * entry at `content/initiatives/<slug>/data.yaml` whose text bundles the three files, and write
 * the three files back in one commit (one pull request with the editorial workflow). Nothing
 * outside content/ is ever written.
 */

/** A file as Decap's backends list it. */
interface ImplementationEntry {
  data: string;
  file: { path: string; id?: string | null; [key: string]: unknown };
}

interface DataFile {
  path: string;
  slug: string;
  raw: string;
  newPath?: string;
}

interface Diff {
  id: string;
  path: string;
  newFile: boolean;
}

/** The part of a Decap backend implementation the wrapper changes. */
export interface Implementation {
  entriesByFolder(folder: string, extension: string, depth: number): Promise<ImplementationEntry[]>;
  allEntriesByFolder?(folder: string, extension: string, depth: number, regex?: RegExp): Promise<ImplementationEntry[]>;
  getEntry(path: string): Promise<ImplementationEntry>;
  persistEntry(entry: { dataFiles: DataFile[]; assets: { path: string }[] }, options: unknown): Promise<unknown>;
  unpublishedEntry?(args: { id?: string; collection?: string; slug?: string }): Promise<{
    slug: string;
    collection: string;
    diffs: Diff[];
    [key: string]: unknown;
  }>;
  unpublishedEntryDataFile?(collection: string, slug: string, path: string, id: string): Promise<string>;
}

export const STORIES_FOLDER = 'content/initiatives';
const STORY_DATA = /^content\/initiatives\/([a-z0-9-]+)\/data\.yaml$/;
export const TEXT_FILES = ['zh.mdx', 'en.mdx'] as const;

/** The text of one story entry: its slug and its three files. */
export interface StoryBundle {
  slug: string;
  files: Record<string, string>;
}

/** The slug of a story's data.yaml path, or undefined for any other path. */
export function storySlug(path: string): string | undefined {
  return STORY_DATA.exec(path)?.[1];
}

/** Where the editor may write: content/ only, with no way out of it. */
export function writable(path: string): boolean {
  return (
    path.startsWith('content/') &&
    !path.split('/').some((part) => part === '..' || part === '.' || part === '') &&
    !path.includes('\\')
  );
}

/** Wraps a backend implementation so that story folders are single entries. */
export function storyBackend<T extends Implementation>(inner: T): T {
  const self = Object.create(inner) as T;
  /** Per unpublished story, its changed files: the texts are read from the pull request's branch. */
  const diffs = new Map<string, Diff[]>();

  const bundle = async (entry: ImplementationEntry, read: (path: string) => Promise<string | undefined>) => {
    const slug = storySlug(entry.file.path);
    // A story that does not exist stays without data, so Decap knows the slug is free.
    if (slug === undefined || typeof entry.data !== 'string') return;
    const dir = entry.file.path.slice(0, -'data.yaml'.length);
    const files: Record<string, string> = { 'data.yaml': entry.data };
    for (const name of TEXT_FILES) {
      const text = await read(dir + name);
      if (text !== undefined) files[name] = text;
    }
    entry.data = JSON.stringify({ slug, files } satisfies StoryBundle);
  };
  const published = async (path: string) => {
    try {
      return (await inner.getEntry(path)).data;
    } catch {
      return undefined;
    }
  };
  // Entries are changed in place: Decap keeps its paging cursor on the list itself.
  const bundleAll = async (entries: ImplementationEntry[]) => {
    await Promise.all(entries.map((entry) => bundle(entry, published)));
    return entries;
  };

  self.entriesByFolder = async (folder, extension, depth) =>
    bundleAll(await inner.entriesByFolder(folder, extension, depth));
  if (inner.allEntriesByFolder) {
    const all = inner.allEntriesByFolder.bind(inner);
    self.allEntriesByFolder = async (folder, extension, depth, regex) =>
      bundleAll(await all(folder, extension, depth, regex));
  }
  self.getEntry = async (path) => {
    const entry = await inner.getEntry(path);
    await bundle(entry, published);
    return entry;
  };
  self.persistEntry = async (entry, options) => {
    const dataFiles: DataFile[] = [];
    for (const file of entry.dataFiles) {
      const slug = storySlug(file.path);
      if (slug === undefined && file.path.startsWith(`${STORIES_FOLDER}/`))
        // Decap numbers a slug that is taken (`<slug>/data-1`): a story's folder name is its address.
        throw new Error(`${file.path.split('/')[2]}: a story with this name already exists; choose another`);
      if (slug === undefined) {
        dataFiles.push(file);
        continue;
      }
      const { files } = JSON.parse(file.raw) as StoryBundle;
      const dir = file.path.slice(0, -'data.yaml'.length);
      for (const name of ['data.yaml', ...TEXT_FILES]) {
        const raw = files[name];
        if (raw === undefined) throw new Error(`${dir}${name} is missing from the story being saved`);
        dataFiles.push({ path: dir + name, slug: file.slug, raw });
      }
    }
    for (const path of [
      ...dataFiles.flatMap((file) => [file.path, file.newPath ?? file.path]),
      ...entry.assets.map((a) => a.path),
    ])
      if (!writable(path)) throw new Error(`${path}: the editor writes only inside content/`);
    return inner.persistEntry({ ...entry, dataFiles }, options);
  };
  if (inner.unpublishedEntry && inner.unpublishedEntryDataFile) {
    const unpublished = inner.unpublishedEntry.bind(inner);
    const dataFile = inner.unpublishedEntryDataFile.bind(inner);
    self.unpublishedEntry = async (args) => {
      const entry = await unpublished(args);
      diffs.set(`${entry.collection}/${entry.slug}`, entry.diffs);
      // The texts are part of the story, not media files of it.
      return { ...entry, diffs: entry.diffs.filter((diff) => !/\/(?:zh|en)\.mdx$/.test(diff.path)) };
    };
    self.unpublishedEntryDataFile = async (collection, slug, path, id) => {
      const data = await dataFile(collection, slug, path, id);
      if (storySlug(path) === undefined) return data;
      const changed = diffs.get(`${collection}/${slug}`) ?? [];
      const entry: ImplementationEntry = { data, file: { path } };
      await bundle(entry, async (file) => {
        const diff = changed.find((candidate) => candidate.path === file);
        return diff ? dataFile(collection, slug, file, diff.id) : published(file);
      });
      return entry.data;
    };
  }
  return self;
}
