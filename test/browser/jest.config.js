'use strict';
// Browser tests: Debian's Chromium driven by playwright-core against the whole stack and the built console.
module.exports = { ...require('../../jest.preset.js')(__dirname, 'browser'), testMatch: ['<rootDir>/**/*.test.ts'] };
