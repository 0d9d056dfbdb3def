/** Custom Elements Manifest: read from the elements' JSDoc (`@summary`, `@attr`, `@fires`, `@csspart`, `@cssproperty`). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
};
