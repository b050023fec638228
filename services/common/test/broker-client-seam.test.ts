import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Kafka client library is known to one file, events/broker-client.ts (docs/architecture.md, "Kafka
 * client behind one seam"): runtime code — every service's and the gateway's src/, and the infra
 * scripts — reaches Kafka through it, so moving to another client changes that file alone. Tests may
 * still use kafkajs as tooling of their own.
 */
const root = path.join(__dirname, '../../..');
const SEAM = 'services/common/src/events/broker-client.ts';

/** `import … from 'kafkajs'`, `import 'kafkajs'`, `import type …`, `require('kafkajs')`, `import('kafkajs')`, and their subpaths. */
const KAFKAJS = /(?:\bfrom\s*|\bimport\s*|\brequire\(\s*|\bimport\(\s*)['"`]kafkajs(?:\/[^'"`]*)?['"`]/;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((file) => pattern.test(file) && !file.split(path.sep).includes('node_modules'))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')));
}

const runtimeSources = () => [
  ...readdirSync(path.join(root, 'services')).flatMap((service) => filesUnder(`services/${service}/src`, /\.ts$/)),
  ...filesUnder('gateway/src', /\.ts$/),
  ...filesUnder('infra', /\.(c|m)?(j|t)s$/),
];

const importsKafkajs = (file: string) => KAFKAJS.test(readFileSync(path.join(root, file), 'utf8'));

describe('the Kafka client behind one seam', () => {
  it('no runtime file but broker-client.ts imports kafkajs', () => {
    const files = runtimeSources();
    expect(files).toEqual(expect.arrayContaining([SEAM, 'services/common/src/events/relay.ts', 'services/common/src/platform.ts', 'infra/kafka.js']));
    expect(files.filter((file) => file !== SEAM && importsKafkajs(file))).toEqual([]);
  });

  it('recognises every form of import it refuses, and the seam itself', () => {
    expect(importsKafkajs(SEAM)).toBe(true);
    for (const line of [
      "import { Kafka } from 'kafkajs';",
      "import type { Admin } from 'kafkajs';",
      "import * as kafkajs from 'kafkajs';",
      "import 'kafkajs';",
      "const { Kafka } = require('kafkajs');",
      "const { Kafka } = require( 'kafkajs/src/index' );",
      "const kafkajs = await import('kafkajs');",
    ])
      expect(KAFKAJS.test(line)).toBe(true);
    for (const line of ['// kafkajs rolls its sequence numbers back', "log.debug({ kafkajs: entry.namespace }, 'x');", "require('./lib/broker-client');"])
      expect(KAFKAJS.test(line)).toBe(false);
  });
});
