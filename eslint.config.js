import js from '@eslint/js'
import tseslint from 'typescript-eslint'

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
)
