import { readFileSync } from 'node:fs';
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

  it.each(Object.entries(schemas))('names every setting of %s', (_, schema) => {
    const missing = Object.keys(schema.shape).filter((setting) => !new RegExp(`^(# )?${setting}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});
