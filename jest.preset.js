'use strict';
// Shared by every package's jest config: TypeScript through ts-jest (types are checked by `tsc -b`
// in npm test, so tests only transpile here), and workspace packages resolved to their sources.
const path = require('node:path');
const { ignoredInLane } = require('./test/support/lanes');

const root = __dirname;

module.exports = (packageDir, displayName) => ({
  displayName,
  rootDir: packageDir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...ignoredInLane()],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(root, 'tsconfig.test.json'), diagnostics: false }],
  },
  moduleNameMapper: {
    '^@channelgraph/common$': path.join(root, 'services/common/src'),
    '^@channelgraph/common/domain$': path.join(root, 'services/common/src/domain'),
    '^@channelgraph/(enrollment|relationship|agreement|notification)/(.*)$': path.join(root, 'services/$1/src/$2'),
    '^@channelgraph/gateway/(.*)$': path.join(root, 'gateway/src/$1'),
  },
});
