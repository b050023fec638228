import { jwksUrlOf, Links, MysqlAbuseCounters, Platform, remoteTokenVerifier, runMain, Throttle, tokenVerifierOptionsOf } from '@channelgraph/common';
import { announceMigratedAdminAccess, endOrExtendAdminAccess, warnOfAdminAccessExpiry } from './application/admin-access-sweep';
import { expireRequests } from './application/expire-requests';
import { expireReferrals } from './application/referrals';
import { loadRelationshipConfig, RelationshipConfig } from './config';
import { subscriptions } from './events/subscriptions';
import { createLoaders } from './application/loaders';
import { createResolvers, RelationshipContext } from './graphql/resolvers';
import { entities } from './store/entities';
import { migrations } from './store/migrations';

/**
 * Composition root: config → database → projections consumer → expiry sweeps (invitations, referrals, admin access) → server.
 * Platform adds the rest, listed once in services/common/src/platform.ts (class Platform): topics, the
 * relay, the access-revocation handlers beside this service's subscriptions, the revoking token verifier.
 */
export async function startRelationship(config: RelationshipConfig) {
  const platform = await Platform.open({ service: 'relationship', config, database: config.RELATIONSHIP_DATABASE, entities, migrations });
  const { dataSource, unitOfWork } = platform;
  platform.consume(subscriptions);
  const adminClock = { dayMs: config.ADMIN_ACCESS_DAY_MS, warningDays: config.ADMIN_ACCESS_WARNING_DAYS };
  const sweep = setInterval(() => {
    expireRequests(unitOfWork).catch((error) => platform.log.warn({ err: error }, 'could not mark expired invitations'));
    expireReferrals(unitOfWork).catch((error) => platform.log.warn({ err: error }, 'could not mark expired referrals'));
    // B1: in this order, so access that reaches its expiry during a pause ends (or extends) before any late warning.
    endOrExtendAdminAccess(unitOfWork, adminClock)
      .then(() => warnOfAdminAccessExpiry(unitOfWork, adminClock))
      .then(() => announceMigratedAdminAccess(unitOfWork, adminClock))
      .catch((error) => platform.log.warn({ err: error }, 'could not sweep delegated admin access'));
  }, config.EXPIRY_SWEEP_MS);
  sweep.unref();
  platform.onStop(async () => clearInterval(sweep));
  // Counted in MySQL, so every relationship instance holds the same limit.
  const invitationThrottle = new Throttle(
    new MysqlAbuseCounters(dataSource),
    'invitations',
    { max: config.INVITATIONS_PER_TENANT_PER_HOUR, windowSeconds: 3600 },
    'invitations from your organisation',
  );
  const deps = {
    dataSource,
    unitOfWork,
    links: new Links(config.PUBLIC_URL),
    requestTtlDays: config.REQUEST_TTL_DAYS,
    referralTtlDays: config.REFERRAL_TTL_DAYS,
    invitationThrottle,
    adminClock,
  };
  const server = await platform.serve<RelationshipContext>(
    {
      resolvers: createResolvers(deps),
      verifier: remoteTokenVerifier(jwksUrlOf(config), tokenVerifierOptionsOf(config)),
      extendContext: (base) => ({ ...base, loaders: createLoaders(dataSource) }),
    },
    config.RELATIONSHIP_PORT,
  );
  return { platform, server };
}

if (require.main === module) runMain('relationship', () => startRelationship(loadRelationshipConfig()));
