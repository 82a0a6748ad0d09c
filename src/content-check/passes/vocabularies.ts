/** The vocabularies stories refer to: themes, places, tags and units, each a list of entries with unique ids. */
import { relative, join } from 'node:path';
import { isSeq } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from '../../lib/problems';
import { say } from '../../i18n/editor/say';
import { unitSchema } from '../../schemas/units';
import { placeSchema, tagSchema, themeSchema } from '../../schemas/vocabulary';
import { present } from '../read-text';
import { lineOf, readYaml, validate } from '../yaml-source';
import type { CheckContext } from './context';

function readVocabulary<T extends z.ZodType>(
  root: string,
  contentDir: string,
  name: string,
  schema: T,
  problems: Problem[],
): z.infer<T>[] {
  const path = join(contentDir, name);
  if (!present(path)) {
    problems.push({ file: relative(root, path), ...say('vocabularyMissing') });
    return [];
  }
  const yaml = readYaml(root, path, problems);
  if (!yaml) return [];
  const items = yaml.doc.contents;
  if (!isSeq(items)) {
    problems.push({ file: yaml.file, line: 1, ...say('vocabularyNotList') });
    return [];
  }
  const entries: z.infer<T>[] = [];
  const seen = new Set<string>();
  items.items.forEach((_, index) => {
    const entry = validate(yaml, schema, problems, [index]) as { id: string } | undefined;
    if (!entry) return;
    if (seen.has(entry.id)) {
      problems.push({
        file: yaml.file,
        line: lineOf(yaml, [index, 'id']),
        field: `[${index}].id`,
        ...say('idTwice', entry.id),
      });
    }
    seen.add(entry.id);
    entries.push(entry as z.infer<T>);
  });
  return entries;
}

export function vocabularyPass(context: CheckContext): void {
  const { root, contentDir, problems } = context;
  const themes = readVocabulary(root, contentDir, 'themes.yaml', themeSchema, problems);
  const places = readVocabulary(root, contentDir, 'places.yaml', placeSchema, problems);
  const tags = readVocabulary(root, contentDir, 'tags.yaml', tagSchema, problems);
  const units = readVocabulary(root, contentDir, 'units.yaml', unitSchema, problems);
  const ids = (list: { id: string }[]) => list.map((item) => item.id);
  context.themeIds = new Set(ids(themes));
  context.placeIds = new Set(ids(places));
  context.tagIds = new Set(ids(tags));
  context.unitsById = new Map(units.map((unit) => [unit.id, unit]));
}
