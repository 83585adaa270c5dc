/**
 * The layering table of ARCHITECTURE.md, as rules: a wrong import fails the lint step.
 */
const ours = '^(main|db|templates|renderer|electron|server|test|bench|scripts|resources)/';

module.exports = {
  forbidden: [
    {
      name: 'contract-is-leaf',
      comment: 'main/contract may import zod only (and itself).',
      severity: 'error',
      from: { path: '^main/contract/' },
      to: { pathNot: ['^main/contract/', 'node_modules/zod/'] },
    },
    {
      name: 'renderer-talks-to-contract-only',
      comment: 'The renderer reaches the backend through the contract, nothing else of ours.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ours, pathNot: ['^renderer/', '^main/contract/'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-stays-below-hosts',
      comment: 'Services never import the UI, the Electron shell, the server, tests or benches.',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^(renderer|electron|server|test|bench|scripts)/' },
    },
    {
      name: 'db-imports-contract-types-only',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: ours, pathNot: ['^db/', '^main/contract/'] },
    },
    {
      name: 'templates-import-contract-only',
      severity: 'error',
      from: { path: '^templates/' },
      // Besides the definition types, the pure value readers and Chinese formatters a pre-fill needs.
      to: { path: ours, pathNot: ['^templates/', '^main/contract/', '^main/documents/(definition|form-data|text|errors)\\.ts$'] },
    },
    {
      name: 'form-definition-types-are-leaf',
      comment:
        'Templates see main/documents only through definition.ts and the pure helpers beside it (value readers, formatters), which must themselves stay free of I/O, fonts and pdfmake.',
      severity: 'error',
      from: { path: '^main/documents/(definition|form-data|text|errors)\\.ts$' },
      to: { path: ours, pathNot: ['^main/contract/', '^main/documents/(definition|form-data|text|errors)\\.ts$'] },
    },
    {
      name: 'electron-imports-main-only',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: ours, pathNot: ['^electron/', '^main/'] },
    },
    {
      name: 'server-imports-contract-only',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: ours, pathNot: ['^server/', '^main/contract/'] },
    },
    {
      name: 'electron-module-only-in-shell',
      comment: 'Only electron/ may load the electron module; everything else must run in plain Node.',
      severity: 'error',
      from: { pathNot: '^electron/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|dist|\\.tools)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },

  },
};
