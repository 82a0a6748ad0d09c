/**
 * `npm run check:content`: validates content/ and prints every problem with file, line and fix, in
 * the editor's language (`--lang zh|en`, else LC_ALL, LC_MESSAGES, LANG; see
 * src/i18n/editor-locale.ts). On GitHub Actions each problem is also a workflow annotation, and the
 * run summary lists them all in both languages; there a locale that names no language means
 * Chinese. "In the future" is judged by the project's clock (CASEBOOK_NOW pins it).
 */
import { checkContent, problemReport, storyFiles, warningReport } from '../src/content-check';
import { onActions, reportToActions } from '../src/content-check/github';
import { editorLanguage, type EditorLanguage } from '../src/i18n/editor-locale';
import { say, sayIn } from '../src/i18n/editor/say';
import { now } from '../src/lib/clock';
import { OUT } from '../src/build/output.ts';

const actions = onActions(process.env);
const args = process.argv.slice(2);
let language: EditorLanguage;
try {
  language = editorLanguage(args, process.env, actions ? 'zh' : 'en');
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (arg === '--lang') index++;
  else if (!arg.startsWith('--lang=')) {
    console.error(sayIn(say('unknownOption', arg), language));
    process.exit(2);
  }
}

const { problems, warnings, initiatives } = checkContent(process.cwd(), undefined, now());
// Run by `npm run build`, the check is the build's first step: on Actions it annotates only when it
// stops the build, since the workflow's own check step has already reported what it found.
const build = !!process.env.CASEBOOK_BUILD;
if (actions && (!build || problems.length)) reportToActions(process.env, [...problems, ...warnings], language);
if (warnings.length) console.warn(`${warningReport(warnings, language)}\n`);
if (problems.length) {
  console.error(problemReport(problems, language));
  console.error(`\n${sayIn(build ? say('buildStopped', `${OUT}/`) : say('nothingBuilt'), language)}`);
  process.exit(1);
}
console.log(sayIn(say('passed', initiatives.size, storyFiles()), language));
