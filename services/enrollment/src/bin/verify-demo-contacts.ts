import {
  ConfigError,
  createDataSource,
  databaseDefaultSecrets,
  EventCatalog,
  eventSourceOf,
  KeyEncryption,
  openDatabase,
  Outbox,
  refuseDefaultSecrets,
  UnitOfWork,
} from '@channelgraph/common';
import { verifyReservedContacts } from '../application/verify-reserved-contacts';
import { EnrollmentConfig, enrollmentDefaultSecrets, loadEnrollmentConfig } from '../config';
import { entities } from '../store/entities';
import { enrollmentMigrations } from '../store/migrations';

/**
 * `node services/enrollment/dist/bin/verify-demo-contacts.js <partnerId>…`: verifies the primary
 * contacts of those applications when their addresses can never receive mail (the demo's
 * `*.example` ones), so `npm start` seeds its partners with any SMTP server. The events go
 * through enrollment's outbox, which the running service relays.
 */
export async function verifyDemoContacts(config: EnrollmentConfig, partnerIds: string[]): Promise<string[]> {
  refuseDefaultSecrets(config, [...databaseDefaultSecrets(config.MYSQL_URL), ...enrollmentDefaultSecrets(config)]);
  const dataSource = await openDatabase(
    createDataSource({
      mysqlUrl: config.MYSQL_URL,
      database: config.ENROLLMENT_DATABASE,
      entities,
      migrations: enrollmentMigrations(KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY)),
      poolSize: 2,
    }),
  );
  try {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(EventCatalog.load(), eventSourceOf('enrollment'), config.KAFKA_TOPIC_PREFIX));
    const partners = await verifyReservedContacts({ unitOfWork }, partnerIds);
    return partners.map((partner) => `${partner.legalName}: ${partner.primaryEmail} is verified; the application is ${partner.status}.`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  Promise.resolve()
    .then(() => verifyDemoContacts(loadEnrollmentConfig(), process.argv.slice(2)))
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: Error) => {
      console.error(`Could not verify the demo contacts: ${error.message}`);
      if (!(error instanceof ConfigError)) console.error(error.stack);
      process.exit(1);
    });
}
