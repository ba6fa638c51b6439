// Jest runs the TypeScript sources as native ES modules (NestJS 12 ships ESM only):
// SWC strips types and emits decorator metadata, Node's VM modules load the result.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

// CommonJS packages that require() an ESM-only dependency work in Node (require(esm)),
// but Jest's own CommonJS loader cannot do that before Node 24.9: those dependencies are
// compiled to CommonJS for the tests. Today: @fastify/static -> content-disposition.
const ESM_ONLY_REQUIRED = ['content-disposition'];
const toCommonJs = ['@swc/jest', { module: { type: 'commonjs' } }];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${ESM_ONLY_REQUIRED.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED.join('|')})/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

export default {
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
