'use strict';
// `npm test` runs every package's tests through this file (infra/test.js starts what they need first).
module.exports = {
  projects: [
    '<rootDir>/services/common',
    '<rootDir>/services/enrollment',
    '<rootDir>/services/relationship',
    '<rootDir>/services/agreement',
    '<rootDir>/services/notification',
    '<rootDir>/gateway',
    '<rootDir>/test',
    '<rootDir>/test/abuse',
    '<rootDir>/test/browser',
  ],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 60000,
};
