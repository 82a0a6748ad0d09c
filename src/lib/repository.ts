/**
 * The repository the site is built from, and the links a page makes to it: "suggest a correction"
 * (a new issue from .github/ISSUE_TEMPLATE/correction.yml with the story filled in), the story's
 * source files, and the repository itself on the About page. Pure: the caller passes the
 * environment and package.json's `repository`.
 *
 * Where the repository is named, strongest first:
 * 1. `CASEBOOK_REPOSITORY` (`owner/name` or a GitHub address), to point a build elsewhere;
 * 2. `GITHUB_SERVER_URL` and `GITHUB_REPOSITORY`, which GitHub Actions sets for the repository it
 *    builds (a fork's own runs name the fork; a pull request's run names the repository it goes to);
 * 3. `repository` in package.json, for builds anywhere else.
 * With none of them, the links are left out, so no page links to a repository that is not there.
 */

/** The links a story page shows. */
export interface StoryRepositoryLinks {
  /** A new correction issue, its story fields already filled in. */
  correction: string;
  /** The folder holding the story's data.yaml, zh.mdx and en.mdx. */
  files: string;
}

/**
 * `https://github.com/<owner>/<name>` from package.json's `repository` in any form npm accepts
 * ("owner/name", "github:owner/name", a git+https or git@ URL, or `{ url }`); undefined when it
 * is unset or not on GitHub, whose issue forms the correction link relies on.
 */
export function repositoryUrl(field: unknown): string | undefined {
  const text =
    typeof field === 'string'
      ? field
      : field && typeof field === 'object' && 'url' in field && typeof field.url === 'string'
        ? field.url
        : undefined;
  if (!text) return undefined;
  const match =
    /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text.trim()) ??
    /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(text.trim()) ??
    /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text.trim());
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

/** The repository's address from the environment or package.json (see above), or undefined. */
export function siteRepository(
  env: Readonly<Record<string, string | undefined>>,
  packageRepository: unknown,
): string | undefined {
  const configured = env.CASEBOOK_REPOSITORY?.trim();
  if (configured) {
    const url = repositoryUrl(configured);
    if (!url)
      throw new Error(
        `CASEBOOK_REPOSITORY "${configured}" is not a GitHub repository: write owner/name or https://github.com/owner/name, or unset it`,
      );
    return url;
  }
  const server = env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, '');
  const name = env.GITHUB_REPOSITORY?.trim();
  if (server && name && /^https:\/\/[\w.-]+(?::\d+)?$/.test(server) && /^[\w.-]+\/[\w.-]+$/.test(name))
    return `${server}/${name}`;
  return repositoryUrl(packageRepository);
}

/** A query string with every value percent-encoded (spaces as %20, which every form reader takes). */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * The links for one story page, or undefined when no repository is known. The query names the
 * correction form's fields by their ids (`slug`, `page`), which GitHub fills in.
 */
export function storyRepositoryLinks(
  repository: string | undefined,
  slug: string,
  pageUrl: string,
): StoryRepositoryLinks | undefined {
  if (!repository) return undefined;
  const issue = query({ template: 'correction.yml', title: `Correction · 更正: ${slug}`, slug, page: pageUrl });
  return {
    correction: `${repository}/issues/new?${issue}`,
    files: `${repository}/tree/HEAD/content/initiatives/${slug}`,
  };
}

/** How a repository address reads as link text: `github.com/owner/name`. */
export function repositoryLabel(repository: string): string {
  return repository.replace(/^https?:\/\//, '');
}
