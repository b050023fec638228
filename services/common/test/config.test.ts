import { ConfigError, kafkaCredentialsOf, loadConfig, platformConfigSchema } from '../src';

describe('platform settings', () => {
  it('keeps published outbox rows 24 hours unless told otherwise', () => {
    expect(loadConfig(platformConfigSchema, {}).OUTBOX_RETENTION_HOURS).toBe(24);
    expect(loadConfig(platformConfigSchema, { OUTBOX_RETENTION_HOURS: '0' }).OUTBOX_RETENTION_HOURS).toBe(0);
  });

  it.each(['-1', '1.5', 'a day', String(24 * 91)])('refuses OUTBOX_RETENTION_HOURS=%s, naming the setting', (value) => {
    expect(() => loadConfig(platformConfigSchema, { OUTBOX_RETENTION_HOURS: value })).toThrow(ConfigError);
    expect(() => loadConfig(platformConfigSchema, { OUTBOX_RETENTION_HOURS: value })).toThrow(/OUTBOX_RETENTION_HOURS/);
  });

  it("creates topics with one copy and the broker's min.insync.replicas unless told otherwise", () => {
    const defaults = loadConfig(platformConfigSchema, {});
    expect(defaults.KAFKA_REPLICATION_FACTOR).toBe(1);
    expect(defaults.KAFKA_MIN_INSYNC_REPLICAS).toBeUndefined();
    expect(loadConfig(platformConfigSchema, { KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' })).toMatchObject({
      KAFKA_REPLICATION_FACTOR: 3,
      KAFKA_MIN_INSYNC_REPLICAS: 2,
    });
    expect(loadConfig(platformConfigSchema, { KAFKA_MIN_INSYNC_REPLICAS: '' }).KAFKA_MIN_INSYNC_REPLICAS).toBeUndefined();
  });

  it.each([
    [{ KAFKA_REPLICATION_FACTOR: '0' }, /KAFKA_REPLICATION_FACTOR/],
    [{ KAFKA_REPLICATION_FACTOR: 'three' }, /KAFKA_REPLICATION_FACTOR/],
    [{ KAFKA_MIN_INSYNC_REPLICAS: '0' }, /KAFKA_MIN_INSYNC_REPLICAS/],
    [
      { KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '4' },
      /KAFKA_MIN_INSYNC_REPLICAS: 4 is more than KAFKA_REPLICATION_FACTOR \(3\); no write could ever succeed \(use at most 3\)/,
    ],
    [{ KAFKA_MIN_INSYNC_REPLICAS: '2' }, /KAFKA_MIN_INSYNC_REPLICAS: 2 is more than KAFKA_REPLICATION_FACTOR \(1\)/],
  ])('refuses topic settings %j, saying which and why', (env, message) => {
    expect(() => loadConfig(platformConfigSchema, env)).toThrow(message);
  });
});

describe('Kafka authentication settings', () => {
  const scram = { KAFKA_SASL_MECHANISM: 'scram-sha-512' };

  it('connects without SASL unless a mechanism is set', () => {
    const config = loadConfig(platformConfigSchema, { KAFKA_USERNAME: 'ignored' });
    expect(config.KAFKA_SASL_MECHANISM).toBe('none');
    expect(kafkaCredentialsOf(config, 'enrollment')).toBeUndefined();
  });

  it('gives a service the shared user, or its own when one is named for it', () => {
    const config = loadConfig(platformConfigSchema, {
      ...scram,
      KAFKA_USERNAME: 'shared',
      KAFKA_PASSWORD: 'shared-secret',
      NOTIFICATION_KAFKA_USERNAME: 'notification',
      NOTIFICATION_KAFKA_PASSWORD: 'notification-secret',
    });
    expect(kafkaCredentialsOf(config, 'enrollment')).toEqual({ mechanism: 'scram-sha-512', username: 'shared', password: 'shared-secret' });
    expect(kafkaCredentialsOf(config, 'notification')).toEqual({ mechanism: 'scram-sha-512', username: 'notification', password: 'notification-secret' });
  });

  it.each([
    [{ KAFKA_USERNAME: 'enrollment' }, /KAFKA_PASSWORD: not set, but KAFKA_USERNAME is \(required with KAFKA_SASL_MECHANISM=scram-sha-512\)/],
    [{ KAFKA_PASSWORD: 'secret' }, /KAFKA_USERNAME: not set, but KAFKA_PASSWORD is/],
    [{}, /KAFKA_USERNAME: not set[\s\S]*KAFKA_PASSWORD: not set/],
    [{ KAFKA_USERNAME: '', KAFKA_PASSWORD: '' }, /KAFKA_USERNAME: not set/],
    [{ RELATIONSHIP_KAFKA_USERNAME: 'relationship' }, /RELATIONSHIP_KAFKA_PASSWORD: not set, but RELATIONSHIP_KAFKA_USERNAME is/],
  ])('refuses SASL with %j, saying what is missing', (credentials, message) => {
    expect(() => loadConfig(platformConfigSchema, { ...scram, ...credentials })).toThrow(message);
  });

  it('refuses to start a service that has no user of its own and no shared one', () => {
    const config = loadConfig(platformConfigSchema, { ...scram, AGREEMENT_KAFKA_USERNAME: 'agreement', AGREEMENT_KAFKA_PASSWORD: 'secret' });
    expect(kafkaCredentialsOf(config, 'agreement')?.username).toBe('agreement');
    expect(() => kafkaCredentialsOf(config, 'relationship')).toThrow(ConfigError);
    expect(() => kafkaCredentialsOf(config, 'relationship')).toThrow(
      'relationship has no Kafka username: set KAFKA_USERNAME (or RELATIONSHIP_KAFKA_USERNAME for relationship alone)',
    );
  });

  it('refuses a mechanism Kafka clients here do not speak', () => {
    expect(() => loadConfig(platformConfigSchema, { KAFKA_SASL_MECHANISM: 'plain' })).toThrow(/KAFKA_SASL_MECHANISM/);
  });

  it('turns TLS on only when asked', () => {
    expect(loadConfig(platformConfigSchema, {}).KAFKA_SSL).toBe(false);
    expect(loadConfig(platformConfigSchema, { KAFKA_SSL: 'true' }).KAFKA_SSL).toBe(true);
  });
});
