/**
 * The part of a pull request's run summary that says where to see the built site: the download
 * kept by CI, a preview deployment when the repository has one, and the story pages the pull
 * request changed, in Chinese and English. Pure: scripts/preview-summary.ts gathers the facts.
 */

/** What the summary reports. */
export interface PreviewFacts {
  /** The built site kept as an artifact: its name and the address of its download. */
  artifact: { name: string; url: string };
  /** How many days CI keeps it. */
  retentionDays: number;
  /** The preview deployment's address, when there is one. */
  previewUrl?: string | undefined;
  /** Paths the pull request changed, relative to the repository root. */
  changedFiles: string[];
  /** Whether a story is in the build (published), by slug. */
  built: (slug: string) => boolean;
}

/** Slugs of the stories whose folder the change touches, in order. */
export function changedStories(files: string[]): string[] {
  const slugs = files.flatMap((file) => /^content\/initiatives\/([^/]+)\//.exec(file)?.[1] ?? []);
  return [...new Set(slugs)].sort();
}

/** A link to a page of the preview, or the page's path when there is no preview. */
function page(previewUrl: string | undefined, path: string): string {
  return previewUrl ? `[${path}](${previewUrl.replace(/\/+$/, '')}${path})` : `\`${path}\``;
}

/** The summary, as GitHub-flavoured Markdown. */
export function previewSummary(facts: PreviewFacts): string {
  const { artifact, retentionDays, previewUrl } = facts;
  const lines = [
    '## 预览 · Preview',
    '',
    `**下载构建好的网站 · Download the built site:** [${artifact.name}](${artifact.url}) (zip，保留 ${retentionDays} 天 · kept ${retentionDays} days)`,
    '',
    previewUrl
      ? `**在线预览 · Preview deployment:** ${previewUrl}`
      : [
          '**在线预览 · Preview deployment:** 无 · none.',
          '来自 fork 的 pull request 拿不到仓库的密钥，只有上面的下载；仓库设置了 Cloudflare Pages 时，本仓库分支上的 pull request 才有在线预览。',
          "A pull request from a fork gets none of the repository's secrets, so it has the download above only; pull requests from branches of this repository get a preview deployment when the repository has Cloudflare Pages set up.",
        ].join('\n'),
  ];
  const stories = changedStories(facts.changedFiles);
  if (stories.length) {
    lines.push('', '### 改动的案例 · Stories changed', '', '| 案例 · story | 中文 | English |', '| --- | --- | --- |');
    for (const slug of stories)
      lines.push(
        facts.built(slug)
          ? `| ${slug} | ${page(previewUrl, `/stories/${slug}/`)} | ${page(previewUrl, `/en/stories/${slug}/`)} |`
          : `| ${slug} | 草稿或已删除，不在构建里 | a draft or removed: not in the build |`,
      );
  }
  lines.push(
    '',
    '### 打开下载的网站 · Opening the download',
    '',
    '1. 登录 GitHub 后点上面的下载链接，解压下载的 zip。 · Signed in to GitHub, follow the download link and unzip the file.',
    "2. 在浏览器里打开 `stories/<slug>/index.html`（英文版是 `en/stories/<slug>/index.html`）：正文和数字都能读，但没有网站的样式（图表和地图只显示成单色的形状），页面之间的链接和搜索也用不了。 · Open `stories/<slug>/index.html` (English: `en/stories/<slug>/index.html`) in a browser: the text and figures can be read, but without the site's styles (charts and the map show as plain shapes), and links between pages and search do not work.",
    '3. 要看到和网站上一样的页面：在解压出的文件夹里运行 `python3 -m http.server 8000`，再打开 <http://localhost:8000/>；有项目的本地副本的话，`npm start` 也可以。 · To see the pages as the site shows them, run `python3 -m http.server 8000` in the unzipped folder and open <http://localhost:8000/>; in a checkout of the project, `npm start` does the same.',
  );
  return `${lines.join('\n')}\n`;
}
