/** The layering rules in eslint.config.js catch a breach (so `npm run check` fails on one). */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  it.each([
    [
      'src/lib/breach.ts',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      /src\/lib\/ is pure/,
    ],
    ['src/lib/breach.ts', "import { join } from 'path';\nexport const j = join;\n", /src\/lib\/ is pure/],
    [
      'src/lib/breach.ts',
      "import { getCollection } from 'astro:content';\nexport const g = getCollection;\n",
      /no Astro imports/,
    ],
    [
      'src/schemas/breach.ts',
      "import { LOCALES } from '../lib/locale';\nexport const l = LOCALES;\n",
      /Schemas import nothing/,
    ],
    ['src/lib/breach.ts', "import { x } from '../../tests/support/dist';\nexport const y = x;\n", /never import tests/],
    ['scripts/breach.ts', "import { x } from '../tests/support/dist';\nexport const y = x;\n", /never import tests/],
  ])('%s: %j is refused', async (file, code, message) => {
    expect(await restricted(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it('lets pure code import pure code, and Node-only code import Node', async () => {
    expect(
      await restricted('src/lib/fine.ts', "import { LOCALES } from './locale';\nexport const l = LOCALES;\n"),
    ).toEqual([]);
    expect(
      await restricted(
        'src/content-check/fine.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ),
    ).toEqual([]);
  });
});
