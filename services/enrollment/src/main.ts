import { KeyEncryption, MysqlAbuseCounters, Platform, runMain, Throttle, tokenVerifierOptionsOf } from '@channelgraph/common';
import { ensureOperator } from './application/ensure-operator';
import { TokenIssuer } from './auth/token-issuer';
import { DEFAULT_OPERATOR_PASSWORD, EnrollmentConfig, enrollmentDefaultSecrets, loadEnrollmentConfig } from './config';
import { createLoaders } from './application/loaders';
import type { EnrollmentContext } from './graphql/context';
import { createResolvers } from './graphql/resolvers';
import { SignInLimiter } from './domain/sign-in-limits';
import { subscriptions } from './events/subscriptions';
import { entities } from './store/entities';
import { enrollmentMigrations } from './store/migrations';
import { SigningKeyRepository } from './store/signing-keys.repository';

/**
 * Composition root: config → database → event consumer → token keys → operator account → relay → server.
 * Platform adds the rest, listed once in services/common/src/platform.ts (class Platform): topics, the
 * relay, the access-revocation handlers beside this service's subscriptions, the revoking token verifier.
 */
export async function startEnrollment(config: EnrollmentConfig) {
  const keyEncryption = KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY);
  const platform = await Platform.open({
    service: 'enrollment',
    config,
    database: config.ENROLLMENT_DATABASE,
    entities,
    migrations: enrollmentMigrations(keyEncryption),
    defaultSecrets: enrollmentDefaultSecrets(config),
  });
  try {
    return await startOnPlatform(platform, config, keyEncryption);
  } catch (error) {
    await platform.stop();
    throw error;
  }
}

async function startOnPlatform(platform: Platform, config: EnrollmentConfig, keyEncryption: KeyEncryption) {
  const { dataSource, unitOfWork } = platform;
  platform.consume(subscriptions());
  const tokens = await TokenIssuer.load(new SigningKeyRepository(dataSource), keyEncryption, {
    ...tokenVerifierOptionsOf(config),
    ttlSeconds: config.TOKEN_TTL_SECONDS,
  });
  const temporaryPassword = config.OPERATOR_PASSWORD === DEFAULT_OPERATOR_PASSWORD;
  if ((await ensureOperator(dataSource, config.OPERATOR_EMAIL, config.OPERATOR_PASSWORD, { temporaryPassword })) === 'created') {
    platform.log.info({ email: config.OPERATOR_EMAIL }, 'created the platform operator account');
  }
  // Counted in MySQL, so every enrollment instance holds the same limits.
  const counters = new MysqlAbuseCounters(dataSource);
  const limiter = new SignInLimiter(counters, {
    maxFailures: config.SIGN_IN_MAX_FAILURES,
    maxPerAddress: config.SIGN_IN_MAX_PER_ADDRESS,
    windowMs: config.SIGN_IN_WINDOW_SECONDS * 1000,
  });
  const signUpThrottle = new Throttle(counters, 'sign-up', { max: config.SIGN_UPS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 }, 'sign-ups from your network');
  const verificationEmailThrottle = new Throttle(
    counters,
    'verification-email',
    { max: config.VERIFICATION_EMAILS_PER_PARTNER_PER_HOUR, windowSeconds: 3600 },
    'verification emails for this application',
  );
  const settings = { webmailDomains: config.WEBMAIL_DOMAINS, verificationTtlHours: config.VERIFICATION_TTL_HOURS, leadsPerHour: config.LEADS_PER_HOUR };
  const server = await platform.serve<EnrollmentContext>(
    {
      resolvers: createResolvers({ dataSource, unitOfWork, tokens, limiter, signUpThrottle, verificationEmailThrottle, settings }),
      verifier: tokens.verifier(),
      extendContext: (base) => ({ ...base, loaders: createLoaders(dataSource) }),
      routes: (app) => app.get('/.well-known/jwks.json', async (_req, res) => void res.json(await tokens.jwks())),
    },
    config.ENROLLMENT_PORT,
  );
  return { platform, server, tokens };
}

if (require.main === module) runMain('enrollment', () => startEnrollment(loadEnrollmentConfig()));
