'use strict';
// The Kafka client of the infra scripts: the services' own seam, services/common/src/events/broker-client.ts,
// so no script needs the client library itself. In a checkout its source (through the TypeScript hook the
// child services use, unless jest already compiles .ts files), so a script works before a build; in the
// docker image, which has no sources and no compiler, the build's compiled file.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const source = path.join(root, 'services/common/src/events/broker-client.ts');

if (fs.existsSync(source)) {
  if (!require.extensions['.ts']) require(path.join(root, 'test/support/typescript-hook.js'));
  module.exports = require(source);
} else {
  module.exports = require(path.join(root, 'services/common/dist/events/broker-client.js'));
}
