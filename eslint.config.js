// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, as an import names them. */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'module', 'crypto', 'zlib'];
const TESTS = ['**/tests/**', '../tests/*', '../../tests/*'];

const NO_TESTS = { group: TESTS, message: 'The site and its tools never import tests.' };

/**
 * The layering the layout promises (README, "Layout"), enforced: a breach fails `npm run check`.
 * Each entry: the files it governs, the imports they may not make, and why. A later entry replaces
 * an earlier one's rule for the files both match, so each repeats the rules it inherits.
 */
const LAYERS = [
  {
    files: ['src/**', 'scripts/**', 'astro.config.mjs'],
    patterns: [NO_TESTS],
  },
  {
    files: ['src/lib/**'],
    patterns: [
      {
        group: NODE_BUILTINS,
        message: 'src/lib/ is pure (the browser scripts import it): keep Node code in a Node-only folder.',
      },
      {
        group: ['astro:*', 'astro', 'astro/*'],
        message: 'src/lib/ takes what it needs as arguments: no Astro imports.',
      },
      NO_TESTS,
    ],
  },
  {
    files: ['src/schemas/**'],
    patterns: [
      {
        group: ['**/lib/*', '../lib'],
        message: 'Schemas import nothing from src/lib/: the helpers depend on schemas, not the reverse.',
      },
      NO_TESTS,
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist', '.dist-*', '.astro/', 'node_modules/', 'bench/out/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS.map(({ files, patterns }) => ({
    files,
    rules: {
      'no-restricted-imports': /** @type {['error', { patterns: typeof patterns }]} */ (['error', { patterns }]),
    },
  })),
);
