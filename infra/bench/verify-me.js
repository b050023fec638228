'use strict';
// autocannon's verifyBody, loaded by path in its worker thread: a response counts as a mismatch
// unless it carries data.me and no GraphQL errors (those come back as HTTP 200, so non2xx misses them).
const HAS_ME = /"me"\s*:\s*\{\s*"id"/;

module.exports = (body) => typeof body === 'string' && HAS_ME.test(body) && !body.includes('"errors"');
