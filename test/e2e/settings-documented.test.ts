import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gatewayConfigSchema } from '../../gateway/src/config';
import { agreementConfigSchema } from '../../services/agreement/src/config';
import { enrollmentConfigSchema } from '../../services/enrollment/src/config';
import { notificationConfigSchema } from '../../services/notification/src/config';
import { relationshipConfigSchema } from '../../services/relationship/src/config';

/** `.env.example` is where an operator learns every setting: each one a service reads is named there, set or commented out. */
describe('.env.example', () => {
  const example = readFileSync(path.join(__dirname, '../../.env.example'), 'utf8');
  const schemas = {
    gateway: gatewayConfigSchema,
    enrollment: enrollmentConfigSchema,
    relationship: relationshipConfigSchema,
    agreement: agreementConfigSchema,
    notification: notificationConfigSchema,
  };

  const named = (setting: string) => new RegExp(`^(# )?${setting}=`, 'm').test(example);

  it.each(Object.entries(schemas))('names every setting of %s', (_, schema) => {
    expect(Object.keys(schema.shape).filter((setting) => !named(setting))).toEqual([]);
  });

  it('names every variable the scripts and services read from the environment themselves', () => {
    const root = path.join(__dirname, '../..');
    const sources = [
      'infra',
      'gateway/src',
      'services/common/src',
      'services/enrollment/src',
      'services/relationship/src',
      'services/agreement/src',
      'services/notification/src',
    ]
      .flatMap((dir) => (readdirSync(path.join(root, dir), { recursive: true }) as string[]).map((file) => path.join(root, dir, file)))
      .concat(path.join(root, 'web/vite.config.ts'))
      .filter((file) => /\.(js|ts)$/.test(file) && !file.endsWith('.generated.ts'));
    const read = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1])));
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((variable) => !named(variable)).sort()).toEqual([]);
  });
});
