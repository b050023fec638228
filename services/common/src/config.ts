import { z } from 'zod';

export const KAFKA_SASL_MECHANISMS = ['scram-sha-256', 'scram-sha-512'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

/** A setting that may be left out; an empty value (`NAME=` in .env) counts as left out. */
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

/**
 * Settings every service honours (DESIGN §5). Each service extends this with
 * its own fields; `loadConfig` is the only place that reads process.env.
 */
export const platformConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** A MySQL/MariaDB server, without a database: each service picks its own. */
  MYSQL_URL: z.string().url().default('mysql://root@127.0.0.1:3306'),
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1)),
  /** Prepended to every topic name, so that separate stacks can share one broker. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/)
    .default(''),
  /**
   * How the Kafka clients (producers, consumers, admin) authenticate: `none` for a broker without
   * authentication (the local one `npm start` runs), or SASL/SCRAM with KAFKA_USERNAME and KAFKA_PASSWORD.
   */
  KAFKA_SASL_MECHANISM: z.enum(['none', ...KAFKA_SASL_MECHANISMS]).default('none'),
  KAFKA_USERNAME: optionalText,
  KAFKA_PASSWORD: optionalText,
  /**
   * One Kafka user per service is what the broker's ACLs are written for (each may write only its own
   * topics); these name it when several services share one environment (npm start, one .env).
   */
  ENROLLMENT_KAFKA_USERNAME: optionalText,
  ENROLLMENT_KAFKA_PASSWORD: optionalText,
  RELATIONSHIP_KAFKA_USERNAME: optionalText,
  RELATIONSHIP_KAFKA_PASSWORD: optionalText,
  AGREEMENT_KAFKA_USERNAME: optionalText,
  AGREEMENT_KAFKA_PASSWORD: optionalText,
  NOTIFICATION_KAFKA_USERNAME: optionalText,
  NOTIFICATION_KAFKA_PASSWORD: optionalText,
  /** TLS to the brokers, trusting Node's CAs (NODE_EXTRA_CA_CERTS adds a private one). */
  KAFKA_SSL: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((value) => value === 'true'),
  /**
   * Copies of each partition of the topics the services create (their contract topics and DLQs). 1 suits
   * one broker (npm start); a production cluster wants 3. A topic that already exists keeps its own.
   */
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(7).default(1),
  /**
   * `min.insync.replicas` of the topics the services create: with the producers' acks=all, a write counts
   * once this many copies hold it (2 with a replication factor of 3). Left out: the broker's default.
   */
  KAFKA_MIN_INSYNC_REPLICAS: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().min(1).max(7).optional()),
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
  /** Base of every link we email (invitations, verification). */
  PUBLIC_URL: z.string().url().default('http://localhost:4000'),
  GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  /** Address the subgraphs bind to; 0.0.0.0 in containers. The gateway always listens on all interfaces. */
  HOST: z.string().default('127.0.0.1'),
  ENROLLMENT_URL: z.string().url().default('http://127.0.0.1:4001'),
  RELATIONSHIP_URL: z.string().url().default('http://127.0.0.1:4002'),
  AGREEMENT_URL: z.string().url().default('http://127.0.0.1:4003'),
  NOTIFICATION_URL: z.string().url().default('http://127.0.0.1:4004'),
  /** Longest path of nested selections a query may have (gateway and every subgraph). */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  /** graphql-armor's cost estimate (objects × depth factor); rejects queries that would fan out too far. */
  MAX_QUERY_COST: z.coerce.number().int().min(100).default(5000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).default(15),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(2000),
  /**
   * Proxies whose X-Forwarded-For names the client (Express 'trust proxy' syntax: addresses, CIDRs,
   * loopback, uniquelocal…). Empty (the default): nobody's, so a caller cannot pick the address its
   * abuse limits count against. Behind the gateway, list the gateway's address in each subgraph.
   */
  TRUSTED_PROXIES: z.string().default(''),
  /** Where subgraphs and the gateway fetch the keys that verify sign-in tokens. */
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().default('channelgraph'),
  JWT_AUDIENCE: z.string().default('channelgraph'),
  /**
   * Oldest token (by its `iat`) any verifier accepts, whatever its `exp` says: the longest a service
   * token may live (30 days). Enrollment issues nothing longer, and keeps a retired signing key in the
   * JWKS no longer than the tokens it signed can live.
   */
  JWT_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(86400)
    .max(90 * 86400)
    .default(30 * 86400),
  /** Relay fallback poll; the relay also publishes right after each commit. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** Most outbox rows the relay reads and sends to Kafka in one batch (one producer request, one UPDATE marking them published). */
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** Times Kafka may refuse one event for a reason that will not pass (too large, not authorised) before it is set aside and the events behind it go on. */
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  /**
   * Hours a published outbox row is kept (it holds the whole event) before the relay deletes it;
   * 0 deletes it at the relay's next pruning pass (about a minute). Unpublished rows are never deleted.
   */
  OUTBOX_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 90)
    .default(24),
  /** Attempts a consumer makes on one event before it goes to the DLQ. */
  CONSUMER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  CONSUMER_RETRY_BASE_MS: z.coerce.number().int().min(1).default(200),
  /** The longest wait between attempts at an event after a transient failure (the database away, a deadlock), retried without limit. */
  CONSUMER_RETRY_MAX_MS: z.coerce.number().int().min(1).default(10000),
  /**
   * Most consecutive events of one partition a consumer handles in one database transaction (each with its
   * inbox row); 1 gives every event a transaction of its own. A failure in the transaction sends its events
   * through one at a time, so retries and the DLQ concern only the event that failed.
   */
  CONSUMER_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
});

export type PlatformConfig = z.infer<typeof platformConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment against a schema, failing with every problem listed and how to fix it. */
export function loadConfig<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  const problems = result.success
    ? [...kafkaCredentialProblems(result.data), ...topicReplicationProblems(result.data)]
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration; fix these environment variables (see .env.example):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return result.data;
}

/** A topic cannot need more in-sync copies than it has. */
function topicReplicationProblems(config: unknown): string[] {
  const { KAFKA_REPLICATION_FACTOR: copies, KAFKA_MIN_INSYNC_REPLICAS: inSync } = config as Partial<PlatformConfig>;
  if (copies === undefined || inSync === undefined || inSync <= copies) return [];
  return [`KAFKA_MIN_INSYNC_REPLICAS: ${inSync} is more than KAFKA_REPLICATION_FACTOR (${copies}); no write could ever succeed (use at most ${copies})`];
}

/** The services that talk to Kafka, each of which may have a Kafka user of its own. */
export const KAFKA_CLIENT_SERVICES = ['enrollment', 'relationship', 'agreement', 'notification'] as const;
export type KafkaClientService = (typeof KAFKA_CLIENT_SERVICES)[number];

type KafkaCredentialSettings = Pick<PlatformConfig, 'KAFKA_SASL_MECHANISM' | 'KAFKA_USERNAME' | 'KAFKA_PASSWORD'> &
  Partial<Record<`${Uppercase<KafkaClientService>}_KAFKA_${'USERNAME' | 'PASSWORD'}`, string>>;

/**
 * With SASL on, a user needs its password and a password its user, at each level (shared or one
 * service's); some user must be named. Which service this process is is checked by kafkaCredentialsOf.
 */
function kafkaCredentialProblems(config: unknown): string[] {
  const settings = config as Partial<KafkaCredentialSettings>;
  if (!settings.KAFKA_SASL_MECHANISM || settings.KAFKA_SASL_MECHANISM === 'none') return [];
  const because = `required with KAFKA_SASL_MECHANISM=${settings.KAFKA_SASL_MECHANISM}`;
  const problems: string[] = [];
  const levels = ['', ...KAFKA_CLIENT_SERVICES.map((service) => `${service.toUpperCase()}_`)];
  for (const level of levels) {
    const username = settings[`${level}KAFKA_USERNAME` as keyof KafkaCredentialSettings];
    const password = settings[`${level}KAFKA_PASSWORD` as keyof KafkaCredentialSettings];
    if (username && !password) problems.push(`${level}KAFKA_PASSWORD: not set, but ${level}KAFKA_USERNAME is (${because})`);
    if (password && !username) problems.push(`${level}KAFKA_USERNAME: not set, but ${level}KAFKA_PASSWORD is (${because})`);
  }
  const anyUser = levels.some((level) => settings[`${level}KAFKA_USERNAME` as keyof KafkaCredentialSettings]);
  if (!anyUser && !settings.KAFKA_PASSWORD) {
    problems.push(`KAFKA_USERNAME: not set (${because})`, `KAFKA_PASSWORD: not set (${because})`);
  }
  return problems;
}

export interface KafkaCredentials {
  mechanism: KafkaSaslMechanism;
  username: string;
  password: string;
}

/**
 * The SASL user `service` connects to Kafka as: its own `<SERVICE>_KAFKA_*` pair if set, else the
 * shared KAFKA_USERNAME/KAFKA_PASSWORD; undefined when SASL is off.
 */
export function kafkaCredentialsOf(config: KafkaCredentialSettings, service: string): KafkaCredentials | undefined {
  const mechanism = config.KAFKA_SASL_MECHANISM;
  if (mechanism === 'none') return undefined;
  const own = `${service.toUpperCase()}_KAFKA_`;
  const ownUsername = config[`${own}USERNAME` as keyof KafkaCredentialSettings];
  const ownPassword = config[`${own}PASSWORD` as keyof KafkaCredentialSettings];
  const username = ownUsername ?? config.KAFKA_USERNAME;
  const password = ownUsername ? ownPassword : config.KAFKA_PASSWORD;
  if (!username || !password) {
    const missing = !username ? 'USERNAME' : 'PASSWORD';
    throw new ConfigError(
      `${service} has no Kafka ${missing.toLowerCase()}: set KAFKA_${missing} (or ${own}${missing} for ${service} alone); required with KAFKA_SASL_MECHANISM=${mechanism}`,
    );
  }
  return { mechanism, username, password };
}

/** What every verifier pins besides the algorithm (auth/tokens). */
export function tokenVerifierOptionsOf(config: PlatformConfig): { issuer: string; audience: string; maxAgeSeconds: number } {
  return { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, maxAgeSeconds: config.JWT_MAX_AGE_SECONDS };
}

/** Express's 'trust proxy' value for TRUSTED_PROXIES: false when empty. */
export function trustProxyOf(config: PlatformConfig): string | false {
  const proxies = config.TRUSTED_PROXIES.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return proxies.length > 0 ? proxies.join(', ') : false;
}

/** The JWKS endpoint: explicit, or enrollment's well-known path. */
export function jwksUrlOf(config: PlatformConfig): string {
  return config.JWKS_URL ?? new URL('/.well-known/jwks.json', config.ENROLLMENT_URL).toString();
}
