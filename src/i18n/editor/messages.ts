/**
 * Every message of the editor tools, per language: one catalogue a language (zh.ts, en.ts), both
 * of this type, so a message missing from either is a type error. One section per tool, with
 * what the tools share in `tools`. The content check's messages are `check` (check/messages.ts).
 */
import type { CheckMessages } from './check/messages';

/** The three vocabularies a story is filed under. */
export type ChoiceKind = 'theme' | 'place' | 'tag';

/** The vocabularies and sources, as lines ready to print (`id  中文 / English`), for the help text. */
export interface HelpLists {
  themes: string;
  places: string;
  tags: string;
  sources: string;
}

/** Comments and blanks of a new `data.yaml`; comment texts may hold several lines, each becomes a `#` line. */
export interface DataTemplateText {
  /** At the top of the file. */
  header: string;
  /** Above `agencies:`. */
  agencies: string;
  /** The blank for the agency's Chinese name. */
  agencyZh: string;
  /** The blank for the agency's English name. */
  agencyEn: string;
  /** Above `period:`. */
  period: string;
  /** The blank for the period. */
  periodBlank: string;
  /** Above `published:`. */
  published: string;
  /** Above `status:`. */
  status: string;
  /** Above `keyFigures:`. */
  keyFigures: string;
  /** Above `figures:`: an example figure citing `source`. */
  figures: (source: string) => string;
  /** Above `derived:`. */
  derived: string;
  /** Above `corrections:`. */
  corrections: string;
}

/** The blanks of a new story file (zh.mdx or en.mdx), each written after `TODO:`. */
export interface StoryTemplateText {
  title: string;
  summary: string;
  /** Paragraphs of the body. */
  body: string[];
  /** Inside `<Background>`. */
  background: string;
  /** Inside `<Reading>`. */
  reading: string;
}

/** Comments and blanks of a new `content/sources/<id>.yaml`. */
export interface SourceTemplateText {
  header: string;
  publisherEn: string;
  titleEn: string;
  /** The comment left where the address goes when none was given. */
  url: string;
}

export interface EditorMessages {
  /** What every tool says about its command line. */
  tools: {
    /** `--lang` given something other than zh or en. */
    unknownLanguage: (value: string) => string;
    /** An option the command does not have, such as a typo. */
    unknownOption: (option: string) => string;
    /** An option that needs a value was given none. */
    missingValue: (option: string) => string;
    /** Something on the command line that is not an option. */
    unexpectedArgument: (argument: string) => string;
  };

  /** `npm run new-story`. */
  scaffold: {
    /** `--help`. */
    help: (lists: HelpLists) => string;
    /** The placeholder for an empty list in the help and prompts. */
    noneYet: string;
    /** Run without a terminal and without the options it needs. */
    missing: (options: string[]) => string;
    /** After writing: what was created. */
    created: (story: string, files: string[]) => string;
    /** After writing: the next steps. */
    next: (slug: string) => string;

    /** What is wrong with the options; the story is written only when there is nothing. */
    problems: {
      nothingWritten: string;
      /** One entry of a list of choices, as a message names it. */
      choice: (entry: { id: string; zh: string; en: string }) => string;
      badSlug: (slug: string) => string;
      slugExists: (slug: string) => string;
      giveAtLeastOne: (kind: ChoiceKind, ids: string) => string;
      unknownChoice: (kind: ChoiceKind, value: string, ids: string) => string;
      badSourceId: (id: string) => string;
      sourceIdExists: (id: string) => string;
      emptySourceTitle: string;
      emptySourcePublisher: string;
      /** `detail` is the date check's own (English) explanation. */
      badSourceDate: (value: string, detail: string) => string;
      badSourceUrl: (url: string) => string;
      badSourceLanguage: (value: string) => string;
      unknownSource: (value: string, ids: string) => string;
      noSources: string;
    };

    /** The questions asked in a terminal for what the options left out, and the answers refused. */
    ask: {
      slug: string;
      kebabOnly: string;
      /** `path` is the folder or file that exists. */
      exists: (path: string) => string;
      kinds: Record<ChoiceKind, { heading: string; question: string }>;
      giveOne: (kind: ChoiceKind) => string;
      unknown: (kind: ChoiceKind, values: string) => string;
      sourcesHeading: string;
      source: string;
      sourceRetry: string;
      newSourceId: string;
      title: string;
      publisher: string;
      date: string;
      /** `detail` is the date check's own (English) explanation. */
      notADate: (value: string, detail: string) => string;
      publisherEn: string;
      url: string;
      needed: string;
      gaveUp: (question: string) => string;
    };

    /** What the new files say. */
    files: {
      data: DataTemplateText;
      zhStory: StoryTemplateText;
      enStory: StoryTemplateText;
      source: SourceTemplateText;
    };
  };

  /** `npm run check:content`, the build's content errors and the schemas' messages for editors. */
  check: CheckMessages;
}
