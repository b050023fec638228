import { DataSource, EntityManager, EntitySchema, MigrationInterface, QueryRunner } from 'typeorm';
import type { EventHandler, Subscriptions } from '../events/consumer';
import type { UserPasswordChangedV1, UserRolesChangedV1, UserRolesChangedV2 } from '../events/event-types.generated';
import type { Principal } from '../context';
import { unauthenticated } from '../errors';
import { Role } from './guards';
import { TABLE_OPTIONS } from '../store/event-tables';
import type { TokenVerifier } from './tokens';

/**
 * Sign-in tokens live up to a day, so taking a role away, a password change
 * or removing a user must not wait for them to expire. Each token carries its
 * user's access version (claim `av`); enrollment raises the version on each
 * of those and announces it, and every subgraph keeps, per user, the lowest
 * version it still accepts. A removed user accepts none.
 */
export interface AccessRevocationRow {
  userId: string;
  validFromVersion: number;
  recordedAt: Date;
}

export const REMOVED_USER_VERSION = 2_147_483_647;

export const accessRevocationEntity = new EntitySchema<AccessRevocationRow>({
  name: 'AccessRevocation',
  tableName: 'access_revocation',
  columns: {
    userId: { name: 'user_id', type: 'char', length: 36, primary: true },
    validFromVersion: { name: 'valid_from_version', type: 'int' },
    recordedAt: { name: 'recorded_at', type: 'datetime', precision: 3 },
  },
});

/** Every service's migrations include this one: the versions of access it still accepts, per user. */
export class CreateAccessRevocations1764400000000 implements MigrationInterface {
  name = 'CreateAccessRevocations1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access_revocation (
        user_id CHAR(36) NOT NULL,
        valid_from_version INT NOT NULL,
        recorded_at DATETIME(3) NOT NULL,
        PRIMARY KEY (user_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_revocation');
  }
}

/** Tokens of `userId` below `validFromVersion` are refused from now on; never lowers what is already recorded. */
export async function recordAccessRevocation(manager: EntityManager, userId: string, validFromVersion: number): Promise<void> {
  await manager.query(
    `INSERT INTO access_revocation (user_id, valid_from_version, recorded_at) VALUES (?, ?, UTC_TIMESTAMP(3))
     ON DUPLICATE KEY UPDATE valid_from_version = GREATEST(valid_from_version, VALUES(valid_from_version)), recorded_at = VALUES(recorded_at)`,
    [userId, validFromVersion],
  );
}

/** What a consuming service records from enrollment's user events (added to its own handlers by Platform.consume). */
const recordNewVersion: EventHandler<UserRolesChangedV1 | UserRolesChangedV2 | UserPasswordChangedV1> = async (event, { manager }) => {
  const data = event.data;
  if (data.accessVersion) await recordAccessRevocation(manager, data.userId, data.accessVersion);
};

export const accessRevocationSubscriptions: Subscriptions = {
  'channelgraph.enrollment.UserRolesChanged.v1': recordNewVersion,
  'channelgraph.enrollment.UserRolesChanged.v2': recordNewVersion,
  'channelgraph.enrollment.UserPasswordChanged.v1': recordNewVersion,
  'channelgraph.enrollment.UserRemoved.v1': async (event, { manager }) => {
    await recordAccessRevocation(manager, event.data.userId, REMOVED_USER_VERSION);
  },
  // A service token's id is its subject: revoked, it is refused like a removed user.
  'channelgraph.enrollment.ServiceTokenRevoked.v1': async (event, { manager }) => {
    await recordAccessRevocation(manager, event.data.serviceTokenId, REMOVED_USER_VERSION);
  },
};

function refusal(principal: Principal, validFromVersion: number): string {
  if (principal.roles.includes(Role.SERVICE)) return 'This service token has been revoked; ask a platform operator for a new one.';
  if (validFromVersion === REMOVED_USER_VERSION) return 'Your user account has been removed from this organisation.';
  return 'Your roles or your password have changed since you signed in; sign in again.';
}

/**
 * Checks every request's token against this service's own record (one
 * primary-key read), so a change applies to the next request, on every
 * instance, as soon as the service has the event.
 */
export function refusingRevokedAccess(verifier: TokenVerifier, dataSource: DataSource): TokenVerifier {
  const revocations = dataSource.getRepository(accessRevocationEntity);
  return {
    async verify(token) {
      const principal = await verifier.verify(token);
      const revocation = await revocations.findOne({ where: { userId: principal.userId }, select: { userId: true, validFromVersion: true } });
      if (revocation && (principal.accessVersion ?? 0) < revocation.validFromVersion) {
        throw unauthenticated(refusal(principal, revocation.validFromVersion));
      }
      return principal;
    },
  };
}
