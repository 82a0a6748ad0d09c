import { check } from './check/en';
import type { ChoiceKind, EditorMessages } from './messages';

/** The editor tools in English. */

const NAME: Record<ChoiceKind, string> = { theme: 'theme', place: 'place', tag: 'tag' };

export const en: EditorMessages = {
  tools: {
    unknownLanguage: (value) =>
      `--lang "${value}" is not a language the tools speak: use --lang en (English) or --lang zh (中文)`,
    unknownOption: (option) => `there is no option ${option}: check its spelling, or see --help for the options`,
    missingValue: (option) => `${option} needs a value, e.g. ${option} <value>`,
    unexpectedArgument: (argument) =>
      `"${argument}" is not an option: options start with --, e.g. --slug ${argument}; put text with spaces in quotes`,
  },

  scaffold: {
    help: ({
      themes,
      places,
      tags,
      sources,
    }) => `Scaffold a new story as a draft: content/initiatives/<slug>/ with data.yaml, zh.mdx and en.mdx.

Usage:
  npm run new-story -- --slug <kebab-case> --theme <theme> --place <place> [--place …] --tag <tag> [--tag …]
                       [--source <existing source id>]
  npm run new-story -- … --source-id <new-id> --source-title <title> --source-publisher <publisher>
                       --source-date <YYYY-MM-DD> [--source-publisher-en <name>] [--source-title-en <title>]
                       [--source-url <https://…>] [--source-language zh|en]
  npm run new-story            (in a terminal, with no options: asks for each one)

Add --lang zh for Chinese (中文提示请加 --lang zh). Without it the language follows LC_ALL, LC_MESSAGES
or LANG: zh_CN.UTF-8 gives Chinese, anything else English.

Themes, places and tags may be given by id or by name, e.g. 南明区, Nanming, nanming or 520102.
Give several with commas (--tag parking,transport) or by repeating the option.
--source-id writes content/sources/<new-id>.yaml as well; without it the story cites --source,
or the first source listed below.

Themes:
${themes}

Places:
${places}

Tags (add a new one to content/tags.yaml first):
${tags}

Sources in content/sources/:
${sources}
`,
    noneYet: '(none yet)',
    missing: (options) => `Missing ${options.join(', ')}.`,
    created: (story, files) => `Created ${story}/ as a draft:\n${files.map((file) => `  ${file}`).join('\n')}`,
    next: (slug) =>
      [
        'Next:',
        '  1. Replace every "TODO:" in these files (the period too); add figures to data.yaml.',
        `  2. npm run dev, then open http://localhost:4321/stories/${slug}/ (drafts show only there).`,
        '  3. Set `status: published` in data.yaml and run `npm run check:content`.',
        'CONTRIBUTING.md (English) and CONTRIBUTING.zh.md (中文) explain each step.',
      ].join('\n'),

    problems: {
      nothingWritten: 'Nothing was written:',
      choice: ({ id }) => id,
      badSlug: (slug) => `--slug "${slug}" must be English kebab-case, e.g. school-meals`,
      slugExists: (slug) => `content/initiatives/${slug}/ already exists: pick another slug or edit that story`,
      giveAtLeastOne: (kind, ids) => `give at least one --${kind}; use one of: ${ids}`,
      unknownChoice: (kind, value, ids) => `unknown ${NAME[kind]} "${value}"; use one of: ${ids}`,
      badSourceId: (id) => `--source-id "${id}" must be kebab-case, e.g. renmin-2024-01-29 (publisher and date)`,
      sourceIdExists: (id) => `content/sources/${id}.yaml already exists: cite it with --source ${id}`,
      emptySourceTitle: '--source-title is empty: give the title as the source prints it',
      emptySourcePublisher: '--source-publisher is empty: give who published it',
      badSourceDate: (value, detail) => `--source-date "${value}": ${detail} (the day it was published)`,
      badSourceUrl: (url) => `--source-url "${url}" must be a full address starting with https://`,
      badSourceLanguage: (value) => `--source-language "${value}" must be zh or en`,
      unknownSource: (value, ids) =>
        `unknown source "${value}"; use one of: ${ids}, or describe a new one with --source-id, --source-title, --source-publisher and --source-date`,
      noSources:
        'content/sources/ is empty: describe the source with --source-id, --source-title, --source-publisher and --source-date',
    },

    ask: {
      slug: 'Slug (English kebab-case; it becomes the URL), e.g. school-meals: ',
      kebabOnly: 'lower-case letters, digits and single hyphens only',
      exists: (path) => `${path} already exists`,
      kinds: {
        theme: { heading: 'Themes:', question: 'Theme (id or name): ' },
        place: { heading: 'Places:', question: 'Places (ids or names, separated by commas): ' },
        tag: { heading: 'Tags:', question: 'Tags (ids or names, separated by commas): ' },
      },
      giveOne: (kind) => `give at least one ${NAME[kind]}`,
      unknown: (kind, values) => `unknown ${NAME[kind]}: ${values}`,
      sourcesHeading: 'Sources in content/sources/:',
      source: 'Source (an id above, or "new" to add one): ',
      sourceRetry: 'type one of the ids above, or new',
      newSourceId: 'New source id (kebab-case, e.g. renmin-2024-01-29): ',
      title: 'Title, as the source prints it: ',
      publisher: 'Publisher (in Chinese for a Chinese source): ',
      date: 'Date it was published (YYYY-MM-DD): ',
      notADate: (_value, detail) => detail,
      publisherEn: "Publisher's name in English (Enter to fill in later): ",
      url: 'Address, or an archived copy (Enter if there is none): ',
      needed: 'this one is needed',
      gaveUp: (question) => `No valid answer to "${question.trim()}"; nothing was written.`,
    },

    files: {
      data: {
        header: [
          'The facts of the story, in neither language. Every figure cites a source in content/sources/.',
          'Fill in each TODO before you set `status: published`: the check refuses a published story that holds one.',
        ].join('\n'),
        agencies: 'Who carried the initiative out, in both languages.',
        agencyZh: "the agency's full name in Chinese",
        agencyEn: 'the agency, in English',
        period: [
          "When it ran or when its figures apply, in quotes: '2023', '2023-11', '2023-11/2024-01',",
          "or '../2024-01' (as of January 2024).",
        ].join('\n'),
        periodBlank: 'when it ran, e.g. 2023-11/2024-01',
        published: 'The day the story goes out, YYYY-MM-DD: update it when you publish.',
        status: 'draft: shown only by `npm run dev`. published: on the site.',
        keyFigures: 'Figure ids shown as cards at the top of the story, e.g. [spaces].',
        figures: (source) =>
          [
            'Each number once, as the source states it, for example:',
            '  - id: spaces # in the stories: <Figure id="spaces" />',
            '    value: 3840 # a plain number in base units: 3.2亿元 is 320000000',
            '    unit: space # one of the ids in content/units.yaml',
            '    qualifier: at-least # exact | at-least (余) | about (约) | nearly (近)',
            "    period: '../2024-01'",
            `    source: ${source}`,
            '    label: { zh: 新增停车位, en: parking spaces added }',
          ].join('\n'),
        derived: [
          'Numbers worked out from two figures: give the rule and the site computes the value, for example:',
          '  - { id: minors-share, op: share, of: [minors, applications], unit: percent, label: { zh: …, en: … } }',
        ].join('\n'),
        corrections: 'When a published fact changes, add: - { date: YYYY-MM-DD, note: { zh: …, en: … } }',
      },
      zhStory: {
        title: 'the Chinese headline, saying who did what',
        summary:
          'one or two sentences in Chinese on what the initiative is, who carried it out and what changed. No numbers here.',
        body: [
          "the story in Chinese, in your own words, not the source's sentences: what the problem was, who did what, what changed and what it shows.",
          'write every number with the Figure component and its id from data.yaml (see CONTRIBUTING.md), never as digits.',
        ],
        background:
          'context a reader needs that the sources do not state, in Chinese; delete this block if there is none.',
        reading:
          "the site's own reading of the facts, in Chinese, apart from what the sources say; delete this block if there is none.",
      },
      enStory: {
        title: 'a headline that says who did what',
        summary:
          'one or two sentences on what the initiative is, who carried it out and what changed. No numbers here.',
        body: [
          "write the story in your own words, not the source's sentences: what the problem was, who did what, what changed and what it shows.",
          'write every number with the Figure component and its id from data.yaml (see CONTRIBUTING.md), never as digits.',
        ],
        background:
          'context a reader needs that the sources do not state goes here; delete this block if there is none.',
        reading:
          "the site's own reading of the facts goes here, apart from what the sources say; delete this block if there is none.",
      },
      source: {
        header:
          'One source, cited by id (the file name) from data.yaml. Fill in any TODO before a published story cites it.',
        publisherEn: "the publisher's name in English",
        titleEn: 'the title in English',
        url: 'url: https://… (the original, or an archived copy such as web.archive.org, whenever one exists)',
      },
    },
  },

  check,
};
