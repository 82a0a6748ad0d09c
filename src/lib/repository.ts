/**
 * Links from a story page to the project's repository: "suggest a correction" (an issue from
 * .github/ISSUE_TEMPLATE/correction.yml, with the story filled in) and the story's source files.
 * The repository is named once, by `repository` in package.json; without it the links are left out.
 */

/** The two links a story page shows. */
export interface StoryRepositoryLinks {
  /** A new correction issue, its story field already filled in. */
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

/** The links for one story page, or undefined when no repository is set. */
export function storyRepositoryLinks(
  repository: string | undefined,
  slug: string,
  pageUrl: string,
): StoryRepositoryLinks | undefined {
  if (!repository) return undefined;
  const issue = new URLSearchParams({ template: 'correction.yml', title: `Correction: ${slug}`, story: pageUrl });
  return {
    correction: `${repository}/issues/new?${issue.toString()}`,
    files: `${repository}/tree/HEAD/content/initiatives/${slug}`,
  };
}
