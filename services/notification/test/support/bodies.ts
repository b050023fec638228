import { KeyEncryption } from '@channelgraph/common';
import { randomBytes } from 'node:crypto';
import { EmailBodies } from '../../src/mail/bodies';

/** Email bodies sealed with a key of the test's own, for tests that open notification's database without the service. */
export const testEmailBodies = () => new EmailBodies(KeyEncryption.fromSetting(randomBytes(32).toString('base64')));
