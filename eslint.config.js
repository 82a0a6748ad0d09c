// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, as an import names them. */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'module', 'crypto', 'zlib'];
/**
 * An import of a top-level folder, from anywhere in the project.
 * @param {string} name
 */
const folder = (name) => [
  `**/${name}/**`,
  ...['../', '../../', '../../../', '../../../../'].map((up) => `${up}${name}/*`),
];
const TESTS = folder('tests');
const BENCH = folder('bench');
const HARNESS = folder('harness');

const NO_TESTS = { group: TESTS, message: 'The site and its tools never import tests.' };
/** What src/ may not import besides tests: the support of tests and benchmarks, and the benchmark. */
const SITE = [
  NO_TESTS,
  { group: HARNESS, message: 'The site never imports harness/: it is what tests and benchmarks share.' },
  { group: BENCH, message: 'The site never imports the benchmark.' },
];

/**
 * The layering the layout promises (README, "Layout"), enforced: a breach fails `npm run check`.
 * Each entry: the files it governs, the imports they may not make, and why. A later entry replaces
 * an earlier one's rule for the files both match, so each repeats the rules it inherits.
 */
const LAYERS = [
  {
    files: ['src/**', 'astro.config.mjs'],
    patterns: SITE,
  },
  {
    files: ['scripts/**'],
    patterns: [NO_TESTS],
  },
  {
    files: ['src/lib/**'],
    patterns: [
      {
        group: NODE_BUILTINS,
        message: 'src/lib/ is pure (the browser code imports it): keep Node code in a Node-only folder.',
      },
      {
        group: ['astro:*', 'astro', 'astro/*'],
        message: 'src/lib/ takes what it needs as arguments: no Astro imports.',
      },
      ...SITE,
    ],
  },
  {
    files: ['src/schemas/**'],
    patterns: [
      {
        group: ['**/lib/*', '../lib'],
        message: 'Schemas import nothing from src/lib/: the helpers depend on schemas, not the reverse.',
      },
      ...SITE,
    ],
  },
  {
    files: ['tests/**'],
    patterns: [{ group: BENCH, message: 'Tests never import bench/: what both need belongs in harness/.' }],
  },
  {
    files: ['bench/**'],
    patterns: [{ group: TESTS, message: 'The benchmark never imports tests/: what both need belongs in harness/.' }],
  },
  {
    files: ['harness/**'],
    patterns: [
      {
        group: [...TESTS, ...BENCH],
        message: 'harness/ never imports tests/ or bench/: they import it, not the reverse.',
      },
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
