import {
  CreateAccessRevocations1764400000000,
  EVENT_TABLE_MIGRATIONS,
  KeyEncryption,
  RelationshipProjection1763900000003,
  CreateAbuseCounters1764900000000,
  RelationshipProjectionSequence1765300000001,
} from '@channelgraph/common';
import { Initial1763900000001 } from './1763900000001-initial';
import { Enrollment1763900000002 } from './1763900000002-enrollment';
import { Directory1763900000003 } from './1763900000003-directory';
import { AccessVersion1764400000001 } from './1764400000001-access-version';
import { PartnerMpnIndex1764700000001 } from './1764700000001-partner-mpn-index';
import { sealedSigningKeysMigration } from './1764800000001-sealed-signing-keys';
import { ServiceTokens1765100000001 } from './1765100000001-service-tokens';
import { EnrollmentCompletion1765400000001 } from './1765400000001-enrollment-completion';
import { PartnerUserAssignment1766000000002 } from './1766000000002-partner-user-assignment';
import { LeadStatus1766100000003 } from './1766100000003-lead-status';

/** In order; each runs once per database (recorded in schema_migrations). */
export const migrations = [
  ...EVENT_TABLE_MIGRATIONS,
  Initial1763900000001,
  Enrollment1763900000002,
  Directory1763900000003,
  CreateAccessRevocations1764400000000,
  AccessVersion1764400000001,
  PartnerMpnIndex1764700000001,
  RelationshipProjection1763900000003,
  CreateAbuseCounters1764900000000,
  ServiceTokens1765100000001,
  RelationshipProjectionSequence1765300000001,
  EnrollmentCompletion1765400000001,
  PartnerUserAssignment1766000000002,
  LeadStatus1766100000003,
];

/** Every migration, with those that need KEY_ENCRYPTION_KEY built for it; what enrollment runs on start. */
export function enrollmentMigrations(encryption: KeyEncryption) {
  return [...migrations, sealedSigningKeysMigration(encryption)];
}
