import { ConfigError, createDataSource, databaseDefaultSecrets, ensureDatabase, KeyEncryption, openDatabase, refuseDefaultSecrets } from '@channelgraph/common';
import { rotateSigningKey } from '../application/rotate-signing-key';
import { EnrollmentConfig, enrollmentDefaultSecrets, loadEnrollmentConfig } from '../config';
import { entities } from '../store/entities';
import { enrollmentMigrations } from '../store/migrations';
import { SigningKeyRepository } from '../store/signing-keys.repository';

/**
 * `npm run rotate-keys`: a new token-signing key in enrollment's database, with the same settings
 * the service runs with. Running instances pick it up within seconds; nothing needs restarting.
 */
export async function rotateKeys(config: EnrollmentConfig): Promise<string[]> {
  refuseDefaultSecrets(config, [...databaseDefaultSecrets(config.MYSQL_URL), ...enrollmentDefaultSecrets(config)]);
  const encryption = KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY);
  await ensureDatabase(config.MYSQL_URL, config.ENROLLMENT_DATABASE);
  const dataSource = await openDatabase(
    createDataSource({ mysqlUrl: config.MYSQL_URL, database: config.ENROLLMENT_DATABASE, entities, migrations: enrollmentMigrations(encryption), poolSize: 2 }),
  );
  try {
    const rotation = await rotateSigningKey(
      { keys: new SigningKeyRepository(dataSource), encryption },
      { publishAheadSeconds: config.SIGNING_KEY_PUBLISH_AHEAD_SECONDS, tokenTtlSeconds: config.TOKEN_TTL_SECONDS },
    );
    return [
      `New signing key ${rotation.kid} (generation ${rotation.generation}) is in the JWKS now and signs every token from ${rotation.signsFrom.toISOString()}.`,
      rotation.replaced
        ? `Key ${rotation.replaced.kid} signs until then and keeps verifying the tokens it signed until ${rotation.replaced.verifiableUntil.toISOString()}, when it leaves the JWKS.`
        : 'There was no key before it.',
      rotation.deleted.length > 0
        ? `Deleted ${rotation.deleted.length} key(s) whose tokens have all expired: ${rotation.deleted.join(', ')}.`
        : 'No expired keys to delete.',
    ];
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  Promise.resolve()
    .then(() => rotateKeys(loadEnrollmentConfig()))
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: Error) => {
      console.error(`Could not rotate the signing keys: ${error.message}`);
      if (!(error instanceof ConfigError)) console.error(error.stack);
      process.exit(1);
    });
}
