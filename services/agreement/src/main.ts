import { jwksUrlOf, Platform, remoteTokenVerifier, runMain, tokenVerifierOptionsOf } from '@channelgraph/common';
import { announceUnannouncedTemplates } from './application/announce-templates';
import { AgreementConfig, loadAgreementConfig } from './config';
import { subscriptions } from './events/subscriptions';
import { createLoaders } from './application/loaders';
import type { AgreementContext } from './graphql/context';
import { createResolvers } from './graphql/resolvers';
import { entities } from './store/entities';
import { migrations } from './store/migrations';

/**
 * Composition root: config → database (migrated, seeded versions announced) → relay → event consumer → server.
 * Platform adds the rest, listed once in services/common/src/platform.ts (class Platform): topics, the
 * relay, the access-revocation handlers beside this service's subscriptions, the revoking token verifier.
 */
export async function startAgreement(config: AgreementConfig) {
  const platform = await Platform.open({ service: 'agreement', config, database: config.AGREEMENT_DATABASE, entities, migrations });
  const { dataSource, unitOfWork } = platform;
  const announced = await announceUnannouncedTemplates(unitOfWork);
  if (announced > 0) platform.log.info({ announced }, 'announced the seeded agreement versions');
  platform.consume(subscriptions());
  const server = await platform.serve<AgreementContext>(
    {
      resolvers: createResolvers({ dataSource, unitOfWork }),
      verifier: remoteTokenVerifier(jwksUrlOf(config), tokenVerifierOptionsOf(config)),
      extendContext: (base) => ({ ...base, loaders: createLoaders(dataSource) }),
    },
    config.AGREEMENT_PORT,
  );
  return { platform, server };
}

if (require.main === module) runMain('agreement', () => startAgreement(loadAgreementConfig()));
