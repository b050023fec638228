import { LOCAL_KEY_PREFIX } from './auth/key-encryption';
import { ConfigError, PlatformConfig } from './config';

/** A setting that still holds a secret anyone can read in this repository, and what to do about it. */
export interface DefaultSecret {
  setting: string;
  /** One sentence: what is wrong, then what to set instead. */
  problem: string;
}

/** The database root password docker-compose.yml used to bake in; a copy of it anywhere is public. */
export const COMPOSE_DEFAULT_DATABASE_PASSWORD = 'channelgraph';

/** Every service that opens a database: an empty password, or the one the compose file once carried. */
export function databaseDefaultSecrets(mysqlUrl: string): DefaultSecret[] {
  const password = decodeURIComponent(new URL(mysqlUrl).password);
  const fix =
    'give the database user a password of its own (letters and digits, e.g. `openssl rand -hex 24`) and put it in MYSQL_URL (docker compose: MYSQL_ROOT_PASSWORD in .env)';
  if (password === '') return [{ setting: 'MYSQL_URL', problem: `has no database password; ${fix}.` }];
  if (password === COMPOSE_DEFAULT_DATABASE_PASSWORD)
    return [{ setting: 'MYSQL_URL', problem: `uses the database password docker-compose.yml once shipped with; ${fix}.` }];
  return [];
}

/** A KEY_ENCRYPTION_KEY that npm start generated for local runs; `opens` says what does not open without it. */
export function keyEncryptionKeyDefaultSecrets(value: string, opens: string): DefaultSecret[] {
  if (!value.trim().startsWith(LOCAL_KEY_PREFIX)) return [];
  return [
    {
      setting: 'KEY_ENCRYPTION_KEY',
      problem: `is the key npm start generated for local runs (.cache/local-secrets.json); generate one of your own (\`openssl rand -base64 32\`) and keep it safe: ${opens} do not open without it.`,
    },
  ];
}

/**
 * With NODE_ENV=production a service refuses to start while any of `secrets` (its own, plus the
 * database's when it has one) is still a default, naming every one at once so one edit fixes all.
 */
export function refuseDefaultSecrets(config: Pick<PlatformConfig, 'NODE_ENV'>, secrets: DefaultSecret[]): void {
  if (config.NODE_ENV !== 'production' || secrets.length === 0) return;
  const lines = secrets.map((secret) => `  ${secret.setting} ${secret.problem}`).join('\n');
  throw new ConfigError(
    `NODE_ENV=production, and these settings still hold a default secret:\n${lines}\nSet them in the service's environment (docker compose: .env); README, Security, lists what production needs.`,
  );
}
