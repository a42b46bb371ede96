import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FEATURES = ['targets', 'agreements', 'timeline', 'sources', 'overview', 'search']
const BROWSER = ['./src/app', './src/features', './src/components', './src/lib', './src/data']

/** Flat ESLint config: typescript-eslint, hooks, TanStack Query, and the architecture as import rules. */
export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public/data', 'node_modules', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, '@tanstack/query': tanstackQuery },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...tanstackQuery.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // build-time and browser code never meet; both may use ./src/schema
            { target: BROWSER, from: './src/pipeline' },
            { target: './src/pipeline', from: BROWSER.filter((dir) => dir !== './src/lib') },
            // save one module: the data build writes the full CSV downloads with the views' own CSV code and strings
            { target: './src/pipeline', from: './src/lib', except: ['./dataset-csv-files.ts'] },
            // features are islands; ./src/app composes them
            ...FEATURES.map((f) => ({ target: `./src/features/${f}`, from: './src/features', except: [`./${f}`] })),
            // one direction only: shared → features → app
            { target: ['./src/components', './src/lib', './src/data'], from: ['./src/features', './src/app'] },
            { target: './src/features', from: './src/app' },
            // the schema is the leaf: it imports only zod
            { target: './src/schema', from: './src', except: ['./schema'] },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'node:* belongs in src/pipeline, tests, bench and scripts only' }] },
      ],
    },
  },
  {
    files: ['src/pipeline/**', 'tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
