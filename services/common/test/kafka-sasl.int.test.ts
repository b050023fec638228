import { Kafka as KafkaClient, logLevel } from 'kafkajs';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import {
  BrokerClient,
  createDataSource,
  createKafka,
  createLogger,
  EVENT_TABLE_MIGRATIONS,
  DomainEvent,
  ensureTopics,
  EventCatalog,
  EventConsumer,
  eventSourceOf,
  kafkaCredentialsOf,
  loadConfig,
  openDatabase,
  Outbox,
  OutboxRelay,
  platformConfigSchema,
  recreateTestDatabase,
  serializeCloudEvent,
  STRUCTURED_CONTENT_TYPE,
  toCloudEvent,
  UnitOfWork,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureKafka, stopKafka } = require('../../../infra/kafka');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const database = `channelgraph_kafkasasl_${runId()}_test`;
const log = createLogger('kafka-sasl-test', 'silent');
const catalog = EventCatalog.load();
const MECHANISM = 'scram-sha-256';
const SERVICES = ['enrollment', 'relationship', 'notification'] as const;
type Service = (typeof SERVICES)[number];

/** A port whose next one is free too: the broker listens on both (clients, controller). */
async function freePortPair(): Promise<number> {
  const listen = (port: number) =>
    new Promise<net.Server | null>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  const close = (server: net.Server | null) => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  for (;;) {
    const first = await listen(0);
    const port = (first!.address() as net.AddressInfo).port;
    const second = port < 65535 ? await listen(port + 1) : null;
    await close(first);
    await close(second);
    if (second) return port;
  }
}

function tenantSignedUp(displayName: string): DomainEvent {
  const tenantId = randomUUID();
  return {
    type: 'channelgraph.enrollment.TenantSignedUp.v1',
    subject: tenantId,
    tenantId,
    data: {
      tenantId,
      domain: 'sasl.example.com',
      displayName,
      country: 'IT',
      admin: { userId: randomUUID(), fullName: 'Probe', email: 'probe@example.com' },
      signedUpAt: new Date().toISOString(),
    },
  };
}

/** What relationship's user would forge if Kafka let it: an activation that only enrollment may announce. */
function forgedPartnerActivated(): DomainEvent {
  const partnerId = randomUUID();
  const tenantId = randomUUID();
  return {
    type: 'channelgraph.enrollment.PartnerActivated.v1',
    subject: partnerId,
    tenantId,
    data: {
      partnerId,
      tenantId,
      program: 'INDIRECT_RESELLER',
      legalName: 'Forged Partner Ltd',
      mpnId: '7654321',
      primaryContact: { firstName: 'Mallory', lastName: 'Forger', email: 'mallory@example.com' },
      adminAgentUserId: null,
      activatedAt: new Date().toISOString(),
    },
  };
}

describe('Kafka with SASL/SCRAM and ACLs (a broker of its own, started by infra/kafka.js)', () => {
  const passwords = Object.fromEntries(SERVICES.map((service) => [service, randomBytes(18).toString('base64url')])) as Record<Service, string>;
  const topicPrefix = `${settings.KAFKA_TOPIC_PREFIX}sasl-${randomUUID().slice(0, 8)}.`;
  const topic = (logical: string) => `${topicPrefix}${logical}`;
  let dir: string;
  let brokers: string;
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  const handled: string[] = [];
  const adminPassword = randomBytes(18).toString('base64url');

  /**
   * A service's client as Platform builds it, its user named by the platform settings: the service's
   * own `<SERVICE>_KAFKA_*` pair (one .env for every service), or the shared pair for a stranger.
   */
  function kafkaAs(service: string, password?: string): BrokerClient {
    const known = (SERVICES as readonly string[]).includes(service);
    const setting = known ? `${service.toUpperCase()}_KAFKA_` : 'KAFKA_';
    const config = loadConfig(platformConfigSchema, {
      KAFKA_BROKERS: brokers,
      KAFKA_SASL_MECHANISM: MECHANISM,
      [`${setting}USERNAME`]: service,
      [`${setting}PASSWORD`]: password ?? passwords[service as Service],
    });
    return createKafka({ brokers: config.KAFKA_BROKERS, clientId: `sasl-test-${service}`, topicPrefix, sasl: kafkaCredentialsOf(config, service) }, log);
  }

  async function send(kafka: BrokerClient, topicName: string, event: DomainEvent, source: string) {
    const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } });
    await producer.connect();
    try {
      const cloudEvent = toCloudEvent(source, event);
      await producer.send(topicName, [{ key: event.subject, value: serializeCloudEvent(cloudEvent), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } }]);
    } finally {
      await producer.disconnect();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'channelgraph-kafka-sasl-'));
    const port = await freePortPair();
    const users = SERVICES.map((service) => ({ service, username: service, password: passwords[service] }));
    ({ brokers } = await ensureKafka({
      port,
      dir,
      sasl: { mechanism: MECHANISM, admin: { username: 'admin', password: adminPassword }, users, topicPrefix },
    }));

    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));

    // Enrollment's side, as Platform.open does it: its topics (it may create those), then its relay.
    const enrollment = kafkaAs('enrollment');
    await ensureTopics(
      enrollment,
      ['tenant', 'partner', 'lead'].map((aggregate) => topic(`channelgraph.enrollment.${aggregate}`)),
    );
    await ensureTopics(kafkaAs('relationship'), [topic('channelgraph.relationship.request')]);
    relay = new OutboxRelay({ dataSource, kafka: enrollment, log, pollMs: 100 });
    relay.start();

    // Notification's consumer, in its own group, reading topics of both producers.
    consumer = new EventConsumer({
      kafka: kafkaAs('notification'),
      groupId: `${topicPrefix}channelgraph.notification`,
      topicPrefix,
      catalog,
      unitOfWork: new UnitOfWork(dataSource, new Outbox(catalog, eventSourceOf('notification'), topicPrefix)),
      subscriptions: {
        'channelgraph.enrollment.TenantSignedUp.v1': async (event) => void handled.push((event.data as { displayName: string }).displayName),
        'channelgraph.enrollment.PartnerActivated.v1': async (event) => void handled.push(`activated ${(event.data as { legalName: string }).legalName}`),
        'channelgraph.relationship.RelationshipRequested.v1': async () => undefined,
      },
      log,
      maxAttempts: 2,
      retryBaseMs: 10,
    });
    await consumer.start();
    await consumer.whenJoined();
  }, 90_000);

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await dataSource?.destroy();
    if (dir) {
      await stopKafka({ dir });
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("carries an event from enrollment's outbox relay to notification's consumer, each signed in as its own user", async () => {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(catalog, eventSourceOf('enrollment'), topicPrefix), () => relay.kick());
    await unitOfWork.run(async (tx) => tx.raise(tenantSignedUp('signed in with SCRAM')));
    await waitFor(() => handled.includes('signed in with SCRAM'));
    // The handler runs inside the consumer's unit of work; the count follows its commit.
    await waitFor(() => consumer.stats.handled >= 1);
    expect(relay.stats.published).toBeGreaterThanOrEqual(1);
  });

  it('lets `npm run events` read the topics as a user the broker knows, and says what to set without one', async () => {
    const events = (env: Record<string, string>) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [path.join(__dirname, '../../../infra/events.js')],
          { env: { PATH: process.env.PATH ?? '', KAFKA_BROKERS: brokers, KAFKA_SASL_MECHANISM: MECHANISM, ...env } },
          (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        );
      });
    const listed = await events({ KAFKA_USERNAME: 'admin', KAFKA_PASSWORD: adminPassword });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(topic('channelgraph.enrollment.tenant'));
    const without = await events({});
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/set KAFKA_USERNAME and KAFKA_PASSWORD/);
  });

  it('refuses a service user whose password is wrong, and a user it does not know', async () => {
    await expect(kafkaAs('enrollment', 'not-the-password').producer().connect()).rejects.toThrow(/SASL SCRAM SHA256 authentication failed/);
    await expect(kafkaAs('mallory', 'whatever-password').admin().connect()).rejects.toThrow(/SASL SCRAM SHA256 authentication failed/);
  });

  it("denies a service user writing to another service's topic", async () => {
    const forged = forgedPartnerActivated();
    await expect(send(kafkaAs('relationship'), topic('channelgraph.enrollment.partner'), forged, eventSourceOf('enrollment'))).rejects.toThrow(
      /Not authorized to access topics/,
    );
    await expect(
      send(kafkaAs('notification'), topic('channelgraph.enrollment.tenant'), tenantSignedUp('by notification'), eventSourceOf('enrollment')),
    ).rejects.toThrow(/Not authorized to access topics/);
  });

  it('dead-letters, unhandled, what a service forges on a topic it may write', async () => {
    const untrustedBefore = consumer.stats.untrusted;
    await send(kafkaAs('relationship'), topic('channelgraph.relationship.request'), forgedPartnerActivated(), eventSourceOf('enrollment'));
    await waitFor(() => consumer.stats.untrusted === untrustedBefore + 1);
    expect(handled.filter((entry) => entry.startsWith('activated'))).toEqual([]);
  });

  it("denies a service user reading a topic it does not consume, or joining another service's group", async () => {
    const admin = kafkaAs('relationship').admin();
    await admin.connect();
    try {
      // Verification links are notification's alone (x-consumers): relationship's user may not even see that the topic exists.
      await expect(admin.topicOffsets(topic('channelgraph.enrollment.links'))).rejects.toThrow(/authoriz/i);
    } finally {
      await admin.disconnect();
    }
    // The intruder is a kafkajs client of the test's own, for its debug log: kafkajs reports a refused FindCoordinator only as "Failed to find group coordinator"; the broker's answer is in its debug log.
    const answers: string[] = [];
    const intruder = new KafkaClient({
      clientId: 'sasl-test-intruder',
      brokers: [brokers],
      sasl: { mechanism: MECHANISM, username: 'relationship', password: passwords.relationship },
      retry: { retries: 2, initialRetryTime: 100 },
      logLevel: logLevel.DEBUG,
      logCreator: () => (entry) => void answers.push(JSON.stringify(entry.log)),
    }).admin();
    await intruder.connect();
    try {
      await expect(
        intruder.fetchOffsets({ groupId: `${topicPrefix}channelgraph.notification`, topics: [topic('channelgraph.enrollment.tenant')] }),
      ).rejects.toThrow(/Failed to find group coordinator/);
      expect(answers.join('\n')).toMatch(/GROUP_AUTHORIZATION_FAILED/);
    } finally {
      await intruder.disconnect();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
