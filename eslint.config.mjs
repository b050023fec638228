// Lint rules for every package, and the layer rules of a service (below; docs/architecture.md, "Layers").
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.cache/**', 'coverage/**', 'bench-results/**', '**/*.generated.ts', 'web/src/gql/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The console: browser globals, and React's rules of hooks.
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Layers (STYLE "One shape for every service"): graphql/ and events/ call application/, which calls
  // domain/ and store/; domain/ imports nothing outside itself but common's pure entry.
  {
    files: ['services/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@channelgraph/common',
              message: "Domain code imports common's pure entry, @channelgraph/common/domain, not the barrel (which reaches the database and the broker).",
            },
          ],
          patterns: [
            {
              group: ['typeorm', 'mysql2', 'mysql2/*', 'kafkajs', 'graphql', '@apollo/*', 'express', 'nodemailer'],
              message: 'Domain code is pure: no database, broker, GraphQL or transport imports (STYLE 13).',
            },
            {
              group: ['**/store/**', '**/graphql/**', '**/events/**', '**/application/**', '**/mail/**', '**/auth/**'],
              message: 'Domain code must not depend on outer layers (STYLE 13).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['services/*/src/application/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@channelgraph/common',
              importNames: ['badInput', 'unauthenticated', 'forbidden', 'notFound', 'conflict', 'requireUser', 'requireAccess'],
              message: 'GraphQL errors and caller checks belong in graphql/; a use case throws DomainError (or invalid).',
            },
          ],
          patterns: [
            {
              group: ['**/graphql/**', 'graphql', '@apollo/*'],
              message: 'Use cases know nothing of GraphQL: they throw DomainError, which graphql/ turns into its errors.',
            },
            { group: ['**/events/handlers/**', '**/events/subscriptions'], message: 'Use cases do not call event handlers; handlers call use cases.' },
          ],
        },
      ],
    },
  },
  {
    // A migration that re-seals rows names the sealer's type; types only, never its code.
    files: ['services/*/src/store/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/graphql/**', '**/application/**', '**/events/**', '**/mail/**', 'graphql', '@apollo/*', 'kafkajs', 'nodemailer'],
              allowTypeImports: true,
              message: 'The store holds entities, repositories and migrations: it depends on no other layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['services/*/src/graphql/**/*.ts', 'services/*/src/events/**/*.ts', 'services/*/src/mail/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/bin/**', '**/main'], message: 'Adapters do not reach the composition root.' }] }],
    },
  },
  {
    // The store is the application's: resolvers, loaders and event handlers read and write through use cases
    // (application/), never a repository. A row's type may be named.
    files: ['services/*/src/{graphql,events}/**/*.ts'],
    // common holds the mechanics (outbox, relay, consumer) every service's store is built on: it has no layers.
    ignores: ['services/common/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**'],
              allowTypeImports: true,
              message: 'graphql/ and events/ reach the store through application/ (a use case, or the request loaders): store is used by application only.',
            },
          ],
        },
      ],
    },
  },
);
