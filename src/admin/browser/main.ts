/**
 * The editor at /admin/: Decap CMS, served from this site, with the project's backends, formats,
 * widgets, preview and the content check before every save. Loads Decap itself, so that Decap
 * waits for this script's configuration (no inline script: the page's policy allows none).
 */
import { format } from 'prettier/standalone';
import * as yamlPlugin from 'prettier/plugins/yaml';
import { editorLanguage, label, type EditorLanguage } from '../labels';
import type { EditorSettings } from '../config';
import {
  readStory,
  readYamlFile,
  storyFiles,
  writeStory,
  writeYamlFile,
  yamlFileText,
  type StoryEntry,
  type StoryFiles,
} from '../story-entry';
import { storyBackend, type Implementation, type StoryBundle } from './backend';
import { checkState, failureMessage, runCheck, setCheck, setChecker } from './check';
import { storyPreviewHtml } from './preview';
import { registerWidgets } from './widgets';

/* eslint-disable @typescript-eslint/no-explicit-any -- Decap's API is untyped. */
type Immutable = { get(key: string): any; set(key: string, value: unknown): Immutable; toJS(): any };

/** Fields of a source file, in the order a new file lists them. */
const SOURCE_FIELDS = ['publisher', 'title', 'titleEn', 'date', 'author', 'language', 'url', 'archived', 'note'];

const settings: Promise<EditorSettings & { prettier: Record<string, unknown> }> = fetch('settings.json').then(
  (response) => response.json(),
);
const language: EditorLanguage = editorLanguage(location.search);
document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';

(window as any).CMS_MANUAL_INIT = true;

function loadDecap(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'decap-cms.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('decap-cms.js could not be loaded'));
    document.head.append(script);
  });
}

/** The files an entry of `collection` would write, path → text (formatted as the project formats YAML). */
async function filesOf(
  collection: string,
  entry: Immutable,
  formatYaml: (text: string) => Promise<string>,
): Promise<Record<string, string>> {
  const data = entry.get('data').toJS() as Record<string, unknown>;
  if (collection === 'stories') {
    const story = data as StoryEntry;
    const slug = String(story.slug || entry.get('slug') || '').replace(/\/data$/, '');
    const files = await writeStory(story, formatYaml);
    return Object.fromEntries(
      Object.entries(files).map(([name, text]) => [`content/initiatives/${slug}/${name}`, text]),
    );
  }
  const id = String(entry.get('slug') || data.id || '');
  return { [`content/sources/${id}.yaml`]: await writeYamlFile(data, SOURCE_FIELDS, formatYaml, ['id']) };
}

async function start(): Promise<void> {
  const [config] = await Promise.all([settings, loadDecap()]);
  const { CMS, h, createClass } = window as any;
  const formatYaml = (text: string) => format(text, { parser: 'yaml', plugins: [yamlPlugin], ...config.prettier });
  setChecker(config.check, location.href);

  for (const [name, inner] of [
    ['casebook-proxy', 'proxy'],
    ['casebook-github', 'github'],
  ] as const) {
    const backend = CMS.getBackend(inner);
    CMS.registerBackend(name, function wrapped(...args: unknown[]) {
      return storyBackend(backend.init(...args) as Implementation);
    });
  }

  CMS.registerCustomFormat('casebook-story', 'yaml', {
    fromFile: (raw: string) => {
      const { slug, files } = JSON.parse(raw) as StoryBundle;
      return readStory(slug, files as Partial<StoryFiles>);
    },
    toFile: (data: StoryEntry & { _out?: StoryFiles }) =>
      JSON.stringify({ slug: data.slug, files: data._out ?? storyFiles(data) }),
  });
  CMS.registerCustomFormat('casebook-yaml', 'yaml', {
    fromFile: (text: string) => readYamlFile(text),
    toFile: (data: Record<string, unknown>) =>
      typeof data._out === 'string' ? data._out : yamlFileText(data, SOURCE_FIELDS, ['id']),
  });

  // The check before every save: the exact files the save would write.
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: Immutable }) => {
      const collection = String(entry.get('collection'));
      const files = await filesOf(collection, entry, formatYaml);
      const passed = await runCheck(files, language);
      if (!passed) throw new Error(failureMessage(checkState().problems, language));
      const out =
        collection === 'stories'
          ? Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split('/').pop(), text]))
          : Object.values(files)[0];
      return entry.get('data').set('_out', out);
    },
  });
  // The panel's own button: the same check, without saving.
  (window as any).casebookCheck = async (entry: Immutable) => {
    const collection = String(entry.get('collection'));
    await runCheck(await filesOf(collection, entry, formatYaml), language);
  };

  registerWidgets(CMS, h, createClass, language);
  CMS.registerPreviewStyle('preview.css');
  CMS.registerPreviewTemplate(
    'stories',
    createClass({
      render() {
        const data = this.props.entry.get('data').toJS() as StoryEntry;
        return h('div', { dangerouslySetInnerHTML: { __html: storyPreviewHtml(data, config.units) } });
      },
    }),
  );

  const switcher = document.querySelector<HTMLAnchorElement>('#casebook-language');
  if (switcher) {
    switcher.textContent = label('switchLanguage', language);
    switcher.href = language === 'zh' ? '?lang=en' : '?lang=zh';
  }
  setCheck({ status: 'idle', problems: [], warnings: [] });
  CMS.init({ config: config.configs[language] });
}

start().catch((error: unknown) => {
  document.body.append(`${error instanceof Error ? error.message : String(error)}`);
});
