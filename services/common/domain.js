'use strict';
// `@channelgraph/common/domain`: the pure part of common (src/domain.ts).
module.exports = require('./dist/domain');
