import { startAgreement } from '@channelgraph/agreement/main';
import { startEnrollment } from '@channelgraph/enrollment/main';
import { startGateway } from '@channelgraph/gateway/gateway';
import { startNotification } from '@channelgraph/notification/main';
import { startRelationship } from '@channelgraph/relationship/main';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { loadRelationshipConfig } from '@channelgraph/relationship/config';
import { loadAgreementConfig } from '@channelgraph/agreement/config';
import { loadNotificationConfig } from '@channelgraph/notification/config';
import { loadGatewayConfig } from '@channelgraph/gateway/config';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, testDatabase, runId } = require('./settings');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localSecrets } = require('../../infra/lib/local-secrets');

export const OPERATOR = { email: 'operator@channelgraph.test', password: 'Operator-Test-Passw0rd' };

/** Environment for services under test: *_test databases, random ports, fast retries, quiet logs. */
export function testEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const settings = testSettings();
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MYSQL_URL: settings.MYSQL_URL,
    KAFKA_BROKERS: settings.KAFKA_BROKERS,
    KAFKA_TOPIC_PREFIX: settings.KAFKA_TOPIC_PREFIX,
    SMTP_URL: settings.SMTP_URL,
    PUBLIC_URL: 'http://portal.channelgraph.test',
    ENROLLMENT_DATABASE: testDatabase('enrollment'),
    RELATIONSHIP_DATABASE: testDatabase('relationship'),
    AGREEMENT_DATABASE: testDatabase('agreement'),
    NOTIFICATION_DATABASE: testDatabase('notification'),
    ENROLLMENT_PORT: '0',
    RELATIONSHIP_PORT: '0',
    AGREEMENT_PORT: '0',
    NOTIFICATION_PORT: '0',
    OPERATOR_EMAIL: OPERATOR.email,
    OPERATOR_PASSWORD: OPERATOR.password,
    // The checkout's generated key (.cache/local-secrets.json): every test file of a run shares the enrollment database.
    KEY_ENCRYPTION_KEY: localSecrets().KEY_ENCRYPTION_KEY,
    OUTBOX_POLL_MS: '250',
    CONSUMER_RETRY_BASE_MS: '20',
    CONSUMER_MAX_ATTEMPTS: '3',
    MAIL_RETRY_BASE_MS: '200',
    MAIL_RETRY_MAX_MS: '1000',
    MAIL_POLL_MS: '200',
    // Every test signs in and signs up from 127.0.0.1, and a few partners invite many; each limit has its own test.
    SIGN_IN_MAX_PER_ADDRESS: '100000',
    SIGN_UPS_PER_ADDRESS_PER_HOUR: '100000',
    INVITATIONS_PER_TENANT_PER_HOUR: '100000',
    INVITATION_EMAILS_PER_TENANT_PER_HOUR: '100000',
    INVITATION_EMAILS_PER_INVITATION_PER_HOUR: '100000',
    ...overrides,
  };
}

/**
 * For a test that feeds services made-up events: topics and databases of its
 * own, so its invented facts (a fake agreement version, say) never reach the
 * services other tests start. `name` is letters only.
 */
export function isolatedEnv(name: string, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const database = (service: string) => `channelgraph_${name}${service}_${runId()}_test`;
  return testEnv({
    KAFKA_TOPIC_PREFIX: `${testSettings().KAFKA_TOPIC_PREFIX}${name}.`,
    ENROLLMENT_DATABASE: database('enrollment'),
    RELATIONSHIP_DATABASE: database('relationship'),
    AGREEMENT_DATABASE: database('agreement'),
    NOTIFICATION_DATABASE: database('notification'),
    ...overrides,
  });
}

const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

export type Stack = Awaited<ReturnType<typeof startStack>>;

/** The four subgraphs and the gateway, in this process, wired to each other like `npm start` wires them. */
export async function startStack(overrides: NodeJS.ProcessEnv = {}, options: { gatewayPort?: number } = {}) {
  const env = testEnv(overrides);
  const enrollment = await startEnrollment(loadEnrollmentConfig(env));
  const withJwks = { ...env, ENROLLMENT_URL: baseOf(enrollment.server.url) };
  const [relationship, agreement, notification] = await Promise.all([
    startRelationship(loadRelationshipConfig(withJwks)),
    startAgreement(loadAgreementConfig(withJwks)),
    startNotification(loadNotificationConfig(withJwks)),
  ]);
  const gateway = await startGateway(
    loadGatewayConfig({
      ...withJwks,
      RELATIONSHIP_URL: baseOf(relationship.server.url),
      AGREEMENT_URL: baseOf(agreement.server.url),
      NOTIFICATION_URL: baseOf(notification.server.url),
    }),
    { port: options.gatewayPort ?? 0 },
  );
  await notification.platform.consumer?.whenJoined();
  return {
    enrollment,
    relationship,
    agreement,
    notification,
    gateway,
    urls: {
      gateway: gateway.url,
      enrollment: enrollment.server.url,
      relationship: relationship.server.url,
      agreement: agreement.server.url,
      notification: notification.server.url,
    },
    async stop() {
      await gateway.close();
      await Promise.all([relationship, agreement, notification].map((service) => service.platform.stop()));
      await enrollment.platform.stop();
    },
  };
}
