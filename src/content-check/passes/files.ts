/** The files on disk, as files: what content/ may hold, where, and of what kind (content-files.ts). */
import { checkContentFiles } from '../content-files';
import type { CheckContext } from './context';

export function filesPass(context: CheckContext): void {
  checkContentFiles(context.root, context.contentDir, context.problems);
}
