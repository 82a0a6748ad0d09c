/**
 * The site's own pages (content/pages/), then every link a text makes to the site's own pages,
 * checked against the pages the site will have.
 */
import { checkSiteLinks, publicFiles } from '../site-links';
import { checkPages } from '../texts';
import type { CheckContext } from './context';

export function sitePass(context: CheckContext): void {
  const { root, contentDir, links, problems, initiatives } = context;
  checkPages(root, contentDir, links, problems);
  checkSiteLinks(
    links,
    { site: context.site, initiatives, slugs: new Set(context.slugs), publicFiles: publicFiles(root) },
    problems,
  );
}
