/** The editor tools' messages in the editor's language; see messages.ts for what each says. */
import type { EditorLanguage } from '../editor-locale';
import { en } from './en';
import type { EditorMessages } from './messages';
import { zh } from './zh';

export type { ChoiceKind, EditorMessages } from './messages';

/** Every catalogue, by language. */
export const EDITOR_CATALOGUES: Record<EditorLanguage, EditorMessages> = { zh, en };

/** The messages of one language. */
export function editorMessages(language: EditorLanguage): EditorMessages {
  return EDITOR_CATALOGUES[language];
}
