/**
 * The content check in the editor's page, for the deployed site where there is no local backend:
 * `checkContent` itself (src/content-check/), bundled with the parser Astro compiles stories with
 * (satteri's WebAssembly build), run on content/ as the site was built with the entry's files in
 * place. Loaded only when an editor saves.
 */
import { checkContent } from '../../content-check/index';
import { entryProblems } from '../check-scope';
import { setFiles } from './node/fs';

const ROOT = '/project';

/** Checks `files` (path → text) against `content` (the site's content/, path → text). */
export function checkEntry(content: Record<string, string>, files: Record<string, string>, now = new Date()) {
  const tree: Record<string, string> = {};
  for (const [path, text] of Object.entries({ ...content, ...files })) tree[`${ROOT}/${path}`] = text;
  setFiles(tree);
  return entryProblems(checkContent(ROOT, `${ROOT}/content`, now), files);
}
