/** The GitHub Actions workflows parse, and hold the steps the guides and the README promise. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedStories, previewSummary } from '../../src/build/preview-summary';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; env?: Record<string, unknown> }>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const ci = workflow('ci.yml');
const steps = ci.jobs.test!.steps;
const step = (match: (step: Step) => boolean) => {
  const found = steps.findIndex(match);
  expect(found, 'step').toBeGreaterThanOrEqual(0);
  return { index: found, step: steps[found]! };
};
/** `npx vitest` and `tsx …` in package.json's scripts are `npx vitest` and `npx tsx …` in a workflow. */
const normalise = (command: string) => command.trim().replace(/^(?:npx )?(vitest|tsx)\b/, 'npx $1');

describe('the CI workflow', () => {
  it('runs on pull requests and on pushes to main', () => {
    expect(Object.keys(ci.on)).toEqual(['pull_request', 'push']);
  });

  it('uses the Node that package.json engines names, in both workflows', () => {
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines;
    expect(engines.node).toBeTruthy();
    for (const name of ['ci.yml', 'deploy.yml']) {
      const setup = Object.values(workflow(name).jobs)
        .flatMap((job) => job.steps)
        .find((candidate) => candidate.uses?.startsWith('actions/setup-node@'));
      expect(setup?.with, name).toEqual({ 'node-version-file': 'package.json' });
    }
  });

  it('runs every part of `npm test`, in its order, then `npm run check`', () => {
    const test = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
      .test!;
    const parts = test.split('&&').map(normalise);
    const commands = steps.flatMap((candidate) => (candidate.run ?? '').split('&&').map(normalise));
    const positions = parts.map((part) => commands.indexOf(part));
    expect(
      positions.map((position, index) => [parts[index], position >= 0]),
      'every part of npm test is a step',
    ).toEqual(parts.map((part) => [part, true]));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(commands.at(-1)).toBe('npm run check');
  });

  it('keeps the built site of a pull request as an artifact, after the build and before the tests', () => {
    const build = step((candidate) => candidate.run === 'npm run build');
    const artifact = step((candidate) => candidate.uses?.startsWith('actions/upload-artifact@') ?? false);
    const browser = step((candidate) => candidate.run === 'npx vitest run');
    expect(artifact.index).toBeGreaterThan(build.index);
    expect(artifact.index).toBeLessThan(browser.index);
    expect(artifact.step).toMatchObject({ id: 'artifact', if: "github.event_name == 'pull_request'" });
    expect(artifact.step.with).toMatchObject({ path: 'dist/' });
  });

  it('links the artifact and the preview from the run summary', () => {
    const summary = step((candidate) => candidate.run?.includes('$GITHUB_STEP_SUMMARY') ?? false).step;
    expect(summary.run).toContain('scripts/preview-summary.ts');
    expect(existsSync('scripts/preview-summary.ts')).toBe(true);
    expect(summary.env?.ARTIFACT_URL).toBe('${{ steps.artifact.outputs.artifact-url }}');
    expect(String(summary.env?.PREVIEW_URL)).toContain('steps.preview.outputs.');
    expect(summary.if).toContain("steps.artifact.outcome == 'success'");
  });

  it('deploys a preview only when the secret is set, and gives no other step a secret', () => {
    const host = step((candidate) => candidate.id === 'host').step;
    const preview = step((candidate) => candidate.id === 'preview').step;
    expect(host.run).toMatch(/-n "\$TOKEN"/);
    expect(preview.if).toBe("steps.host.outputs.cloudflare == 'yes'");
    expect(preview['continue-on-error']).toBe(true);
    const withSecrets = steps.filter((candidate) => JSON.stringify(candidate).includes('secrets.'));
    expect(withSecrets.map((candidate) => candidate.id)).toEqual(['host', 'preview']);
    expect(JSON.stringify(ci.jobs.test!.env ?? {})).not.toContain('secrets.');
  });
});

describe('the preview summary', () => {
  const facts = {
    artifact: { name: 'site-pr-7', url: 'https://github.com/example/casebook/actions/runs/1/artifacts/2' },
    retentionDays: 14,
    changedFiles: [
      'content/initiatives/tea-gardens/zh.mdx',
      'content/initiatives/tea-gardens/data.yaml',
      'content/initiatives/old-draft/en.mdx',
      'content/sources/gywb-2025-03-01.yaml',
      'README.md',
    ],
    built: (slug: string) => slug !== 'old-draft',
  };

  it('lists the stories a change touches, once each', () => {
    expect(changedStories(facts.changedFiles)).toEqual(['old-draft', 'tea-gardens']);
  });

  it('links the download, the preview pages of each changed story in both languages, and says what a draft is', () => {
    const text = previewSummary({ ...facts, previewUrl: 'https://pr-7.casebook.pages.dev/' });
    expect(text).toContain(`[site-pr-7](${facts.artifact.url})`);
    expect(text).toContain('https://pr-7.casebook.pages.dev/');
    expect(text).toContain(
      '| tea-gardens | [/stories/tea-gardens/](https://pr-7.casebook.pages.dev/stories/tea-gardens/) | [/en/stories/tea-gardens/](https://pr-7.casebook.pages.dev/en/stories/tea-gardens/) |',
    );
    expect(text).toMatch(/\| old-draft \| 草稿或已删除，不在构建里 \| a draft or removed: not in the build \|/);
  });

  it('says, in both languages, why there is no preview deployment (a fork), and how to open the download', () => {
    const text = previewSummary(facts);
    expect(text).toMatch(/来自 fork 的 pull request 拿不到仓库的密钥/);
    expect(text).toMatch(/A pull request from a fork gets none of the repository's secrets/);
    expect(text).toContain('| tea-gardens | `/stories/tea-gardens/` | `/en/stories/tea-gardens/` |');
    expect(text).toContain('python3 -m http.server 8000');
  });
});
