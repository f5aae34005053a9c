// ESLint: Next.js's rules (with React, hooks and accessibility rules) and typescript-eslint's
// through eslint-config-next, formatting left to Prettier, plus the tree's own boundaries.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

/** Code the server runs: it must not reach code only scripts and tests run. */
const runtimeFiles = [
  'app/**',
  'components/**',
  'collections/**',
  'globals/**',
  'access/**',
  'fields/**',
  'hooks/**',
  'plugins/**',
  'lib/**',
  'proxy.ts',
  'instrumentation.ts',
  'payload.config.ts',
]

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypeScript,
  prettier,
  {
    rules: {
      // A leading underscore marks a value that is there for its position (a hook's argument, a
      // destructured field left out on purpose).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: runtimeFiles,
    // The benchmark's reference page is built only into the benchmark's own build.
    ignores: ['**/*.bench.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/tooling/*', '**/tooling/*'],
              message: 'Runtime code must not import tooling/ (scripts and tests only).',
            },
            { group: ['@/tests/*', '**/tests/*'], message: 'Runtime code must not import tests/.' },
          ],
        },
      ],
      // Configuration is read and validated in one place (lib/env.ts).
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/env.ts.' },
      ],
    },
  },
  {
    files: ['lib/env.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['scripts/**', 'tooling/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/tests/*', '**/tests/*'], message: 'Scripts and tooling must not import tests/.' }] },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.data/**',
    'media/**',
    'backups/**',
    'coverage/**',
    'migrations/**',
    'payload-types.ts',
    'next-env.d.ts',
    'app/(payload)/**',
  ]),
])
