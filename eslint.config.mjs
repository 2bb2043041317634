// ESLint 9 flat config: typescript-eslint's recommended rules with type information, and the rules of React hooks.
// npm run lint (part of npm test) fails on any warning.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'test-results/**', '.tmp/**', 'next-env.d.ts', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic rules of hooks. The React Compiler rules of eslint-plugin-react-hooks 7 (refs read during render,
      // setState in effects, impure calls during render) flag 11 places today; they are not enabled yet.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // graphs are built from lib/graph/graphology.ts, whose classes hold any string as a node key
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'graphology', message: "Import graph classes from '@/lib/graph/graphology' (any string as a node key).", allowTypeImports: true }] },
      ],
    },
  },
  { files: ['lib/graph/graphology.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
