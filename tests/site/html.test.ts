import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, distFiles, requireDist } from '../../harness/dist';

beforeAll(requireDist);

describe('HTML', () => {
  it('every built page is valid (html-validate, recommended rules)', async () => {
    // The project's rules: .htmlvalidate.json (also used by `npx html-validate dist`).
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const files = distFiles('.html');
    expect(files.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
