// The one-way arrows of docs/architecture.md, checked by `pnpm lint` on every import in the
// workspace: sources, tests, benches, build scripts and configs, type-only imports included.
// Each package may import from itself and from the packages listed for it, nothing else inside
// the workspace, besides the shared vitest config (tooling/vitest); a few may use more in test and
// bench files only (fixtures, the API process).

/** Workspace package folder → the folders it may import from. */
const MAY_IMPORT = {
  'packages/schema': [],
  'packages/text': ['packages/schema'],
  'packages/store': ['packages/text', 'packages/schema'],
  'packages/answers': ['packages/store', 'packages/text', 'packages/schema'],
  'packages/client': ['packages/schema'],
  'packages/widgets': ['packages/client', 'packages/schema', 'packages/text'],
  'apps/api': ['packages/answers', 'packages/store', 'packages/text', 'packages/schema'],
  'apps/bot': ['packages/answers', 'packages/store', 'packages/text', 'packages/schema'],
  'apps/site': ['packages/widgets', 'packages/client', 'packages/schema'],
  'tooling/api-process': [],
  'tooling/vitest': [],
};

/** Only in test and bench files: seeding a SQLite file, running the built API beside a browser. */
const TESTS_MAY_ALSO_IMPORT = {
  'packages/widgets': ['tooling/api-process', 'packages/store'],
  'apps/site': ['tooling/api-process', 'packages/store'],
};

const TEST_FILE = '(^|/)(test|bench)/|\\.test\\.ts$';
const WORKSPACE = '^(apps|packages|tooling)/';
/** @param {string[]} folders */
const under = (folders) => folders.map((folder) => `^${folder}/`);

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const layerRules = Object.entries(MAY_IMPORT).flatMap(([from, allowed]) => {
  const testOnly = TESTS_MAY_ALSO_IMPORT[/** @type {keyof typeof TESTS_MAY_ALSO_IMPORT} */ (from)] ?? [];
  /** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
  const rules = [{
    name: `${from} imports only ${allowed.join(', ') || 'nothing in the workspace'}`,
    severity: 'error',
    from: { path: `^${from}/` },
    to: { path: WORKSPACE, pathNot: under([from, ...allowed, ...testOnly, 'tooling/vitest']) },
  }];
  if (testOnly.length > 0) {
    rules.push({
      name: `${from} uses ${testOnly.join(', ')} in tests and benches only`,
      severity: 'error',
      from: { path: `^${from}/`, pathNot: TEST_FILE },
      to: { path: under(testOnly).join('|') },
    });
  }
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'nothing imports from apps',
      comment: 'apps/* deploy; libraries, tooling and the other apps reach them only as processes or built files.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'outside apps nothing imports from apps',
      severity: 'error',
      from: { pathNot: '^apps/' },
      to: { path: '^apps/' },
    },
    {
      name: 'schema depends on nothing but zod',
      severity: 'error',
      from: { path: '^packages/schema/', pathNot: TEST_FILE },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'], pathNot: '/node_modules/zod/' },
    },
    ...layerRules,
    {
      name: 'no unresolvable imports',
      severity: 'error',
      from: {},
      // `cloudflare:email` and its kin are workerd's built-in modules: they exist only at run time there.
      to: { couldNotResolve: true, pathNot: '^cloudflare:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.turbo|\\.wrangler)/' },
    // Type-only imports count: a type from an app is still an arrow pointing the wrong way.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
