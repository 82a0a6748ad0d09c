/**
 * The sources stories cite, one file each: content/sources/<source-id>.yaml. Files other than
 * .yaml ones are reported with the other files the site does not read.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { say } from '../../i18n/editor/say';
import { sourceSchema } from '../../schemas/vocabulary';
import { present } from '../read-text';
import { lineOf, readYaml, validate } from '../yaml-source';
import type { CheckContext } from './context';

export function sourcesPass(context: CheckContext): void {
  const { root, problems, sourceIds, refusedSources } = context;
  const sourcesDir = join(context.contentDir, 'sources');
  const sourceFiles = present(sourcesDir) ? readdirSync(sourcesDir).filter((name) => name.endsWith('.yaml')) : [];
  for (const name of sourceFiles.sort()) {
    const path = join(sourcesDir, name);
    const yaml = readYaml(root, path, problems);
    const source = yaml && validate(yaml, sourceSchema, problems);
    if (!yaml || !source || yaml.written.length) {
      refusedSources.add(name.slice(0, -'.yaml'.length));
      continue;
    }
    sourceIds.add(name.slice(0, -'.yaml'.length));
    if (source.url?.startsWith('http:'))
      context.warnings.push({
        file: yaml.file,
        line: lineOf(yaml, ['url']),
        field: 'url',
        ...say('sourceHttp'),
        severity: 'warning',
      });
  }
}
