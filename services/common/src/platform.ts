import net from 'node:net';
import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { accessRevocationSubscriptions, refusingRevokedAccess } from './auth/revocations';
import { kafkaCredentialsOf, PlatformConfig, trustProxyOf } from './config';
import type { BrokerClient } from './events/broker-client';
import { EventCatalog } from './events/catalog';
import { alongside, EventConsumer, Subscriptions } from './events/consumer';
import { registerConsumerLagMetrics } from './events/consumer-lag';
import { createKafka, ensureTopics, physicalTopic, topicSettingsOf } from './events/kafka';
import { Outbox, UnitOfWork } from './events/outbox';
import { eventSourceOf } from './events/provenance';
import { OutboxRelay } from './events/relay';
import { RequestContextBase, RunningServer, startSubgraphServer, SubgraphServerOptions } from './http/subgraph-server';
import { createLogger, Logger } from './logger';
import { createMetrics, Metrics, registerEventMetrics } from './metrics';
import { databaseDefaultSecrets, DefaultSecret, refuseDefaultSecrets } from './production-guards';
import { createDataSource, openDatabase } from './store/datasource';
import { ensureDatabase } from './store/databases';

export interface PlatformOptions {
  service: string;
  config: PlatformConfig;
  database: string;
  entities: EntitySchema[];
  migrations: MixedList<Function>;
  /** The service's own settings that must not keep their defaults in production (production-guards). */
  defaultSecrets?: DefaultSecret[];
}

/**
 * The shared mechanics one service runs on: its database (migrated), the
 * outbox and its relay, an optional idempotent consumer, and the HTTP server.
 * Kafka being away never stops a service from starting or taking writes.
 *
 * What each step adds besides what a service's main.ts passes it (every main.ts points here):
 * - `open`: refuses default secrets in production and a missing Kafka user; creates and migrates the
 *   database (the service's migrations plus the event tables: outbox, inbox, aggregate sequences);
 *   creates the topics the service produces (KAFKA_REPLICATION_FACTOR, KAFKA_MIN_INSYNC_REPLICAS)
 *   in the background until Kafka answers; starts the outbox relay (leader lock, pruning).
 * - `consume`: creates the consumed topics and their DLQs, and adds to the service's subscriptions
 *   the access-revocation handlers (UserRemoved, UserRolesChanged, UserPasswordChanged, ServiceTokenRevoked
 *   → the `access_revocation` table), run in the same inbox transaction as the service's own handler.
 * - `serve`: wraps the service's token verifier so revoked access is refused (`refusingRevokedAccess`);
 *   adds the query limits, error masking, trusted proxies, /metrics (relay backlog, consumer counts),
 *   /healthz and /readyz (database required, Kafka degradable).
 * - `stop`: server, start-up steps in flight, consumer, the service's stop hooks, relay, database, in that order.
 */
export class Platform {
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly catalog: EventCatalog;
  readonly kafka: BrokerClient;
  readonly relay: OutboxRelay;
  readonly unitOfWork: UnitOfWork;
  consumer?: EventConsumer;
  server?: RunningServer;
  private readonly background: Array<Promise<void>> = [];
  private readonly stopHooks: Array<() => Promise<void>> = [];
  private stopped = false;

  private constructor(
    readonly options: PlatformOptions,
    readonly dataSource: DataSource,
  ) {
    const { config, service } = options;
    this.log = createLogger(service, config.LOG_LEVEL);
    this.metrics = createMetrics(service);
    this.catalog = EventCatalog.load();
    this.kafka = createKafka(
      {
        brokers: config.KAFKA_BROKERS,
        clientId: service,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        sasl: kafkaCredentialsOf(config, service),
        ssl: config.KAFKA_SSL,
      },
      this.log,
    );
    this.relay = new OutboxRelay({
      dataSource,
      kafka: this.kafka,
      log: this.log,
      pollMs: config.OUTBOX_POLL_MS,
      batchSize: config.OUTBOX_BATCH_SIZE,
      maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      retentionMs: config.OUTBOX_RETENTION_HOURS * 3600 * 1000,
    });
    const outbox = new Outbox(this.catalog, eventSourceOf(service), config.KAFKA_TOPIC_PREFIX);
    this.unitOfWork = new UnitOfWork(dataSource, outbox, () => this.relay.kick());
  }

  /** Creates the database if missing, applies migrations and starts the relay. */
  static async open(options: PlatformOptions): Promise<Platform> {
    // Before anything connects: in production, a default secret stops the service with every one named.
    refuseDefaultSecrets(options.config, [...databaseDefaultSecrets(options.config.MYSQL_URL), ...(options.defaultSecrets ?? [])]);
    // A service without its Kafka user stops here, before it touches the database.
    kafkaCredentialsOf(options.config, options.service);
    await ensureDatabase(options.config.MYSQL_URL, options.database);
    const dataSource = await openDatabase(
      createDataSource({ mysqlUrl: options.config.MYSQL_URL, database: options.database, entities: options.entities, migrations: options.migrations }),
    );
    const platform = new Platform(options, dataSource);
    const produced = platform.catalog.topicsProducedBy(options.service).map((t) => physicalTopic(options.config.KAFKA_TOPIC_PREFIX, t));
    platform.untilDone('create topics', () => ensureTopics(platform.kafka, produced, topicSettingsOf(options.config)));
    platform.relay.start();
    return platform;
  }

  /**
   * Consumes the events in `subscriptions`, connecting in the background until
   * Kafka answers. Every consuming service also records which users' tokens to refuse.
   */
  consume(subscriptions: Subscriptions): EventConsumer {
    const { config, service } = this.options;
    this.consumer = new EventConsumer({
      kafka: this.kafka,
      groupId: `${config.KAFKA_TOPIC_PREFIX}channelgraph.${service}`,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      catalog: this.catalog,
      unitOfWork: this.unitOfWork,
      subscriptions: alongside(subscriptions, accessRevocationSubscriptions),
      log: this.log,
      maxAttempts: config.CONSUMER_MAX_ATTEMPTS,
      retryBaseMs: config.CONSUMER_RETRY_BASE_MS,
      retryMaxMs: config.CONSUMER_RETRY_MAX_MS,
      batchSize: config.CONSUMER_BATCH_SIZE,
      topicSettings: topicSettingsOf(config),
    });
    const consumer = this.consumer;
    this.untilDone('start event consumer', () => consumer.start());
    return consumer;
  }

  async serve<C extends RequestContextBase>(
    options: Omit<SubgraphServerOptions<C>, 'name' | 'log' | 'metrics' | 'readiness' | 'degradable' | 'limits' | 'trustProxy'>,
    port: number,
  ): Promise<RunningServer> {
    registerEventMetrics(this.metrics, {
      backlog: () => this.relay.backlog(),
      consumerStats: this.consumer ? () => ({ ...this.consumer!.stats }) : undefined,
    });
    if (this.consumer && this.consumer.topics.length > 0) {
      const lag = registerConsumerLagMetrics(this.metrics, this.kafka, { groupId: this.consumer.groupId, topics: this.consumer.topics });
      this.onStop(() => lag.stop());
    }
    this.server = await startSubgraphServer(
      {
        ...options,
        verifier: refusingRevokedAccess(options.verifier, this.dataSource),
        name: this.options.service,
        limits: this.options.config,
        trustProxy: trustProxyOf(this.options.config),
        log: this.log,
        metrics: this.metrics,
        readiness: {
          database: async () => void (await this.dataSource.query('SELECT 1')),
          kafka: () => brokerAnswers(this.options.config.KAFKA_BROKERS[0]),
        },
        degradable: ['kafka'],
      },
      port,
      this.options.config.HOST,
    );
    this.log.info({ url: this.server.url }, `${this.options.service} subgraph ready`);
    return this.server;
  }

  /** Runs when the service stops, after the server and consumer (e.g. a mail worker finishing its sends). */
  onStop(hook: () => Promise<void>): void {
    this.stopHooks.push(hook);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.server?.close();
    // A start-up step still in flight (a consumer connecting) finishes first, so that what it started is stopped below.
    await Promise.allSettled(this.background);
    await this.consumer?.stop();
    for (const hook of this.stopHooks) await hook();
    await this.relay.stop();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** Retries a start-up step that needs Kafka until it succeeds or the service stops. */
  private untilDone(what: string, step: () => Promise<void>): void {
    const attempt = async (): Promise<void> => {
      for (let failures = 0; !this.stopped; failures += 1) {
        try {
          await step();
          return;
        } catch (error) {
          if (failures === 0) this.log.warn({ err: error }, `could not ${what} yet (Kafka unreachable?); retrying in the background`);
          await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 500 * 2 ** failures)).unref());
        }
      }
    };
    this.background.push(attempt());
  }
}

/** A TCP connect to the broker: cheap enough for every readiness probe. */
function brokerAnswers(broker: string): Promise<void> {
  const [host, port] = broker.split(':');
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port: Number(port), timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error('timeout'));
    });
    socket.once('error', reject);
  });
}
