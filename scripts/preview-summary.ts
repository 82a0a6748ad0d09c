/**
 * Prints the preview part of a pull request's run summary (see src/build/preview-summary.ts); the CI
 * workflow appends it to $GITHUB_STEP_SUMMARY. Reads ARTIFACT_NAME, ARTIFACT_URL, RETENTION_DAYS,
 * PREVIEW_URL (when a preview was deployed) and CHANGED_FILES (one path a line), and dist/.
 */
import { existsSync } from 'node:fs';
import { env } from 'node:process';
import { previewSummary } from '../src/build/preview-summary.ts';

process.stdout.write(
  previewSummary({
    artifact: { name: env.ARTIFACT_NAME ?? 'site', url: env.ARTIFACT_URL ?? '' },
    retentionDays: Number(env.RETENTION_DAYS ?? 14),
    previewUrl: env.PREVIEW_URL || undefined,
    changedFiles: (env.CHANGED_FILES ?? '').split('\n').filter(Boolean),
    built: (slug) => existsSync(`dist/stories/${slug}/index.html`),
  }),
);
