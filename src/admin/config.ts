/**
 * Node-only: what the editor at /admin/ is told about this site, made from the files in content/
 * so its pickers offer exactly what the content check accepts: Decap CMS's configuration (the
 * collections, their fields and labels in the editor's language) and the units the preview
 * formats figures with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { unitSchema, type Unit } from '../schemas/units';
import { DECAP_LOCALE, EDITOR_LANGUAGES, label, type EditorLanguage, type LabelKey } from './labels';

/** Where the editor reads and writes: the local backend of `npm run edit`, or GitHub. */
export type EditorBackend =
  | { kind: 'local'; url: string }
  | {
      kind: 'github';
      /** `owner/name`. */
      repo: string;
      branch: string;
      /** The OAuth provider GitHub sign-in goes through (Decap's default: Netlify's). */
      baseUrl?: string;
      /** Sent as the site id to the OAuth provider; the site's own host name unless set. */
      siteDomain?: string;
    };

/** What the editor's script receives: a Decap configuration per interface language, and the units. */
export interface EditorSettings {
  configs: Record<EditorLanguage, Record<string, unknown>>;
  units: Unit[];
  /**
   * Where the content check runs before saving: `server` (the local backend of `npm run edit`),
   * `browser` (bundled beside the editor, for the deployed site) or `none` (then on the pull request only).
   */
  check: 'server' | 'browser' | 'none';
}

interface Named {
  id: string;
  zh: string;
  en: string;
}

function readList(contentDir: string, name: string): Named[] {
  const list = parse(readFileSync(join(contentDir, name), 'utf8')) as unknown;
  return Array.isArray(list) ? (list as Named[]).filter((item) => item && item.id !== undefined) : [];
}

/** The story and source collections of Decap CMS, with the pickers filled from content/. */
function collections(contentDir: string, language: EditorLanguage): Record<string, unknown>[] {
  const t = (key: LabelKey) => label(key, language);
  const other: EditorLanguage = language === 'zh' ? 'en' : 'zh';
  const option = (item: Named) => ({
    label: `${item[language]} · ${item[other]} (${String(item.id)})`,
    value: String(item.id),
  });
  const themes = readList(contentDir, 'themes.yaml').map(option);
  const places = readList(contentDir, 'places.yaml').map(option);
  const tags = readList(contentDir, 'tags.yaml').map(option);
  const units = readList(contentDir, 'units.yaml').map((unit) => String(unit.id));
  const localized = (name: string, key: LabelKey, required = true) => ({
    name,
    label: t(key),
    widget: 'object',
    required,
    collapsed: false,
    fields: [
      { name: 'zh', label: t('labelZh'), widget: 'string', required },
      { name: 'en', label: t('labelEn'), widget: 'string', required },
    ],
  });
  const id = (hint: LabelKey) => ({
    name: 'id',
    label: t('id'),
    hint: t(hint),
    widget: 'string',
    pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', t('id')],
  });
  const ids = (name: string, key: LabelKey, required = true) => ({
    name,
    label: t(key),
    widget: 'casebook-figure-ids',
    required,
  });
  const date = (name: string, key: LabelKey) => ({
    name,
    label: t(key),
    widget: 'string',
    pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'YYYY-MM-DD'],
  });
  const sourcePicker = (name: string, key: LabelKey, multiple: boolean) => ({
    name,
    label: t(key),
    widget: 'relation',
    collection: 'sources',
    value_field: '{{slug}}',
    search_fields: ['title', 'titleEn', 'publisher.zh', 'publisher.en'],
    display_fields: ['{{slug}}', 'title'],
    multiple,
    options_length: 100,
  });
  const story = (language: 'zh' | 'en', key: LabelKey) => ({
    name: language,
    label: t(key),
    widget: 'object',
    collapsed: false,
    fields: [
      { name: 'title', label: t('title'), widget: 'string' },
      { name: 'summary', label: t('summary'), hint: t('summaryHint'), widget: 'text' },
      { name: 'body', label: t('body'), widget: 'casebook-body', language },
    ],
  });
  return [
    {
      name: 'stories',
      label: t('stories'),
      label_singular: t('story'),
      folder: 'content/initiatives',
      path: '{{slug}}/data',
      extension: 'yaml',
      format: 'casebook-story',
      identifier_field: 'slug',
      slug: '{{slug}}',
      summary: '{{slug}}',
      create: true,
      delete: false,
      // Images sit beside the story's files.
      media_folder: '',
      public_folder: '',
      editor: { preview: true },
      fields: [
        { name: '_files', widget: 'hidden', required: false },
        { name: '_check', label: t('check'), widget: 'casebook-check', required: false },
        {
          name: 'slug',
          label: t('slug'),
          hint: t('slugHint'),
          widget: 'casebook-slug',
          pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', t('slugHint')],
        },
        { name: 'theme', label: t('theme'), widget: 'select', options: themes },
        { name: 'places', label: t('places'), widget: 'select', multiple: true, min: 1, options: places },
        localized('locality', 'locality', false),
        { name: 'tags', label: t('tags'), widget: 'select', multiple: true, min: 1, options: tags },
        {
          name: 'agencies',
          label: t('agencies'),
          label_singular: t('agency'),
          widget: 'list',
          // No empty item in a new story (Decap would add one to hold the fields' defaults).
          default: [],
          summary: `{{fields.${language}}}`,
          fields: [
            { name: 'zh', label: t('labelZh'), widget: 'string' },
            { name: 'en', label: t('labelEn'), widget: 'string' },
          ],
        },
        { name: 'period', label: t('period'), hint: t('periodHint'), widget: 'string' },
        date('published', 'published'),
        {
          name: 'status',
          label: t('status'),
          widget: 'select',
          required: false,
          options: [
            { label: t('statusPublished'), value: 'published' },
            { label: t('statusDraft'), value: 'draft' },
          ],
        },
        sourcePicker('sources', 'storySources', true),
        { ...ids('keyFigures', 'keyFigures', false), hint: t('keyFiguresHint') },
        {
          name: 'figures',
          label: t('figures'),
          label_singular: t('figure'),
          widget: 'list',
          // No empty item in a new story (Decap would add one to hold the fields' defaults).
          default: [],
          required: false,
          summary: `{{fields.id}} · {{fields.label.${language}}}`,
          fields: [
            id('figureIdHint'),
            { name: 'value', label: t('value'), hint: t('valueHint'), widget: 'number', value_type: 'float' },
            { name: 'unit', label: t('unit'), widget: 'select', options: units },
            {
              name: 'qualifier',
              label: t('qualifier'),
              widget: 'select',
              default: 'exact',
              options: [
                { label: t('qualifierExact'), value: 'exact' },
                { label: t('qualifierAtLeast'), value: 'at-least' },
                { label: t('qualifierAbout'), value: 'about' },
                { label: t('qualifierNearly'), value: 'nearly' },
              ],
            },
            { name: 'period', label: t('period'), hint: t('periodHint'), widget: 'string' },
            sourcePicker('source', 'source', false),
            localized('label', 'label'),
            { name: 'headline', label: t('headline'), widget: 'boolean', required: false, default: false },
            { name: 'tableOnly', label: t('tableOnly'), widget: 'boolean', required: false, default: false },
          ],
        },
        {
          name: 'derived',
          label: t('derived'),
          label_singular: t('derivedOne'),
          widget: 'list',
          // No empty item in a new story (Decap would add one to hold the fields' defaults).
          default: [],
          required: false,
          summary: `{{fields.id}} · {{fields.label.${language}}}`,
          fields: [
            id('figureIdHint'),
            {
              name: 'op',
              label: t('op'),
              widget: 'select',
              options: [
                { label: t('opShare'), value: 'share' },
                { label: t('opRatio'), value: 'ratio' },
                { label: t('opDifference'), value: 'difference' },
              ],
            },
            { ...ids('of', 'of'), stated: true },
            { name: 'unit', label: t('unit'), widget: 'select', options: units },
            localized('label', 'label'),
            { name: 'tableOnly', label: t('tableOnly'), widget: 'boolean', required: false, default: false },
          ],
        },
        {
          name: 'charts',
          label: t('charts'),
          label_singular: t('chart'),
          widget: 'list',
          // No empty item in a new story (Decap would add one to hold the fields' defaults).
          default: [],
          required: false,
          summary: `{{fields.id}} · {{fields.title.${language}}}`,
          fields: [
            id('chartIdHint'),
            {
              name: 'kind',
              label: t('kind'),
              widget: 'select',
              options: [
                { label: t('kindBar'), value: 'bar' },
                { label: t('kindPart'), value: 'part-of-whole' },
                { label: t('kindCards'), value: 'key-figures' },
              ],
            },
            { name: 'whole', label: t('whole'), widget: 'string', required: false },
            ids('figures', 'chartFigures'),
            localized('title', 'title'),
            localized('note', 'note', false),
          ],
        },
        {
          name: 'corrections',
          label: t('corrections'),
          label_singular: t('correction'),
          widget: 'list',
          // No empty item in a new story (Decap would add one to hold the fields' defaults).
          default: [],
          required: false,
          fields: [date('date', 'date'), localized('note', 'note')],
        },
        story('zh', 'zhStory'),
        story('en', 'enStory'),
      ],
    },
    {
      name: 'sources',
      label: t('sources'),
      label_singular: t('source'),
      folder: 'content/sources',
      extension: 'yaml',
      format: 'casebook-yaml',
      identifier_field: 'id',
      slug: '{{fields.id}}',
      summary: '{{slug}} · {{title}}',
      create: true,
      delete: false,
      fields: [
        { name: '_text', widget: 'hidden', required: false },
        { name: '_check', label: t('check'), widget: 'casebook-check', required: false },
        {
          name: 'id',
          label: t('sourceId'),
          widget: 'casebook-slug',
          pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', t('sourceId')],
        },
        localized('publisher', 'publisher'),
        { name: 'title', label: t('sourceTitle'), widget: 'string' },
        { name: 'titleEn', label: t('titleEn'), widget: 'string', required: false },
        date('date', 'date'),
        localized('author', 'author', false),
        { name: 'language', label: t('language'), widget: 'string', default: 'zh' },
        { name: 'url', label: t('url'), widget: 'string', required: false },
        { name: 'archived', label: t('archived'), widget: 'string', required: false },
        localized('note', 'sourceNote', false),
      ],
    },
  ];
}

/** Decap CMS's backend settings for `backend`; the names are the project's wrappers (see browser/backend.ts). */
function backendConfig(backend: EditorBackend): Record<string, unknown> {
  if (backend.kind === 'local') return { name: 'casebook-proxy', proxy_url: backend.url, branch: 'main' };
  return {
    name: 'casebook-github',
    repo: backend.repo,
    branch: backend.branch,
    // Each story is saved as a pull request of its own; people without write access save to a fork.
    open_authoring: true,
    ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
    ...(backend.siteDomain ? { site_domain: backend.siteDomain } : {}),
  };
}

/** Everything the editor's script needs, read from `contentDir` now. */
export function editorSettings(contentDir: string, backend: EditorBackend): EditorSettings {
  const units = readList(contentDir, 'units.yaml').map((unit) => unitSchema.parse(unit));
  const configs = {} as Record<EditorLanguage, Record<string, unknown>>;
  for (const language of EDITOR_LANGUAGES) {
    configs[language] = {
      load_config_file: false,
      backend: backendConfig(backend),
      publish_mode: backend.kind === 'local' ? 'simple' : 'editorial_workflow',
      locale: DECAP_LOCALE[language],
      // Images of a story live in its folder (set per collection); nothing is written elsewhere.
      media_folder: 'content/initiatives',
      public_folder: '',
      show_preview_links: false,
      search: false,
      slug: { encoding: 'ascii', clean_accents: true },
      collections: collections(contentDir, language),
    };
  }
  return { configs, units, check: backend.kind === 'local' ? 'server' : 'browser' };
}

/** Source ids in content/sources/, for the tests and the local backend. */
export function sourceIds(contentDir: string): string[] {
  return readdirSync(join(contentDir, 'sources'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length));
}
