import js from '@eslint/js'
import tseslint from 'typescript-eslint'


/**
 * The pipeline's layers, lowest first: format ← importers, exporters ← src/content, src/access,
 * src/config, src/http ← src/import, src/review ← src/export ← src/release ← collections, cli, lifecycle,
 * components, payload.config. A module may import its own layer and those below it, never one
 * above or beside it (test/architecture/boundaries.test.ts shows the rule failing).
 */
const folder = (name) => String.raw`^(\.\./)+${name}(/|$)`
const forbid = (names, why) => ({
  regex: names.map(folder).join('|'),
  message: why,
})
const appLayers = ['collections', 'cli', 'lifecycle', 'components', 'app', 'payload\\.config']
export const pipelineBoundaries = [
  { files: ['format/**'], forbid: ['importers', 'exporters', 'src', 'collections'], why: 'format/ is the shared file-format contract: it depends on nothing in the app.' },
  { files: ['importers/**'], forbid: ['src', 'collections', 'exporters'], why: 'importers/ only parses: it may use format/, never the app or the writers.' },
  { files: ['exporters/**'], forbid: ['src', 'collections', 'importers'], why: 'exporters/ are pure format writers: they may use format/, never the app or the readers.' },
  { files: ['src/content/**', 'src/access/**', 'src/config/**', 'src/http/**'], forbid: ['import', 'review', 'release', 'export', ...appLayers], why: 'Shared app modules sit below every stage.' },
  { files: ['src/import/**'], forbid: ['review', 'release', 'export', 'exporters', ...appLayers], why: 'The write stage comes before review, release and export.' },
  { files: ['src/review/**'], forbid: ['import', 'release', 'export', ...appLayers], why: 'Review does not reach into import, release or export.' },
  { files: ['src/export/**'], forbid: ['import', 'release', ...appLayers], why: 'The live export reads reviewed content; it does not reach into import or release.' },
  { files: ['src/release/**'], forbid: ['import', ...appLayers], why: 'A release freezes an export; it does not reach into import.' },
].map(({ files, forbid: names, why }) => ({
  files: files.flatMap((glob) => [glob.replace('/**', '/**/*.ts'), glob.replace('/**', '/**/*.tsx')]),
  rules: { 'no-restricted-imports': ['error', { patterns: [forbid(names, why)] }] },
}))

export default tseslint.config(
  // Generated files (types, import map, migrations) are checked by `npm run check:generated`, not linted.
  { ignores: ['node_modules/', '.next/', 'data/', 'src/payload-types.ts', 'src/app/(payload)/admin/importMap.js', 'src/migrations/', 'next-env.d.ts', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...pipelineBoundaries,
)
