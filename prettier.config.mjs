// @ts-check
/** The code's format: `npx prettier --write .` applies it; `npm test` checks it. */
export default {
  printWidth: 150,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
