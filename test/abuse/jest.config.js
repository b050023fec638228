'use strict';
// The abuse suite: a seeded corpus of hostile requests against the whole stack (test/abuse/README.md).
module.exports = { ...require('../../jest.preset.js')(__dirname, 'abuse'), testMatch: ['<rootDir>/**/*.test.ts'] };
