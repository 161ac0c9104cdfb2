import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'chrome', 'browser', 'navigator', 'location', 'localStorage', 'fetch', 'XMLHttpRequest', 'HTMLElement', 'Node', 'DOMParser'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'node_modules/**', '.tmp/**', '.test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put page or stored text into HTML; use text nodes.' },
        { property: 'outerHTML', message: 'Never put page or stored text into HTML; use text nodes.' },
        { property: 'insertAdjacentHTML', message: 'Never put page or stored text into HTML.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The analysis core and its data are pure: no browser APIs, no UI framework, no page DOM.
    files: ['src/core/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', 'preact', 'preact/*', '@preact/*'], message: 'The core must not depend on browser APIs or UI.' },
            { group: ['**/platform/**', '**/content-scripts/**', '**/popup/**', '**/options/**'], message: 'The core must not import shells.' },
            { group: ['node:*', 'fs', 'path', 'linkedom'], message: 'The core runs in the browser too: no Node modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'The core is pure: no DOM or browser globals.' }))],
    },
  },
);
