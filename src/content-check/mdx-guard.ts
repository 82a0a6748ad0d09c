import type { MdastNode, MdastPluginDefinition } from 'satteri';
import { environmentLanguage } from '../i18n/editor-locale';
import { say, sayIn } from '../i18n/editor/say';
import { unsafeConstructs } from './mdx-safety';

/**
 * The content check's safety rule, enforced again where MDX becomes code: a satteri mdast
 * plugin for @astrojs/mdx's processor, and for the Markdown processor of the site's own pages
 * (whose raw HTML it parses). It runs before any other plugin and before the tree is
 * compiled, and fails the build with `line:column: message` (Astro reads the place from the
 * start of the message and prints it with the file). It guards builds that skip the check
 * (`astro build`, `astro dev`); the check stays the place that explains every problem at once.
 */
export const mdxGuard: MdastPluginDefinition = {
  name: 'casebook-mdx-guard',
  // Positions are only tracked when a plugin asks for them.
  options: { position: true },
  before(root, context) {
    const findings = unsafeConstructs(root as MdastNode, context.source);
    if (!findings.length) return;
    const language = environmentLanguage(process.env);
    const list = findings.map((finding) => `${finding.line}:${finding.column}: ${sayIn(finding, language)}`);
    throw new Error([...list, sayIn(say('guardMdx'), language)].join('\n'));
  },
};
