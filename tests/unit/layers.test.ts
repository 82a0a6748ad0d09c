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
    ['src/lib/breach.ts', "import { x } from '../../tests/unit/dist';\nexport const y = x;\n", /never import tests/],
    ['scripts/breach.ts', "import { x } from '../tests/unit/dist';\nexport const y = x;\n", /never import tests/],
    [
      'src/content-check/passes/breach.ts',
      "import { x } from '../../../harness/dist';\nexport const y = x;\n",
      /never imports harness/,
    ],
    [
      'src/data/breach.ts',
      "import { x } from '../../bench/budgets';\nexport const y = x;\n",
      /never imports the benchmark/,
    ],
    ['bench/breach.ts', "import { x } from '../tests/unit/layers.test';\nexport const y = x;\n", /never imports tests/],
    [
      'tests/unit/breach.test.ts',
      "import { x } from '../../bench/budgets';\nexport const y = x;\n",
      /never import bench/,
    ],
    ['harness/breach.ts', "import { x } from '../bench/measure';\nexport const y = x;\n", /harness\/ never imports/],
    [
      'harness/breach.ts',
      "import { x } from '../tests/unit/layers.test';\nexport const y = x;\n",
      /harness\/ never imports/,
    ],
  ])('%s: %j is refused', async (file, code, message) => {
    expect(await restricted(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it('lets pure code import pure code, Node-only code import Node, and tests and benchmarks import harness/', async () => {
    expect(
      await restricted('src/lib/fine.ts', "import { LOCALES } from './locale';\nexport const l = LOCALES;\n"),
    ).toEqual([]);
    expect(
      await restricted(
        'src/content-check/fine.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ),
    ).toEqual([]);
    // What tests and benchmarks share, both import.
    for (const file of ['tests/unit/fine.test.ts', 'bench/fine.ts'])
      expect(await restricted(file, "import { x } from '../../harness/generate';\nexport const y = x;\n")).toEqual([]);
  });
});
