import { ConfigError, loadConfig, platformConfigSchema } from '../src';

describe('platform settings', () => {
  it('keeps published outbox rows 24 hours unless told otherwise', () => {
    expect(loadConfig(platformConfigSchema, {}).OUTBOX_RETENTION_HOURS).toBe(24);
    expect(loadConfig(platformConfigSchema, { OUTBOX_RETENTION_HOURS: '0' }).OUTBOX_RETENTION_HOURS).toBe(0);
  });

  it.each(['-1', '1.5', 'a day', String(24 * 91)])('refuses OUTBOX_RETENTION_HOURS=%s, naming the setting', (value) => {
    expect(() => loadConfig(platformConfigSchema, { OUTBOX_RETENTION_HOURS: value })).toThrow(ConfigError);
    expect(() => loadConfig(platformConfigSchema, { OUTBOX_RETENTION_HOURS: value })).toThrow(/OUTBOX_RETENTION_HOURS/);
  });
});
