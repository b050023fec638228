import { DefaultSecret, keyEncryptionKeyDefaultSecrets, keyEncryptionKeySetting, loadConfig, platformConfigSchema } from '@channelgraph/common';
import { z } from 'zod';

/** Printed in the README: an operator created with it must choose another at first sign-in, and production refuses it. */
export const DEFAULT_OPERATOR_PASSWORD = 'Operator-Passw0rd!';

export const enrollmentConfigSchema = platformConfigSchema.extend({
  ENROLLMENT_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  ENROLLMENT_DATABASE: z.string().default('channelgraph_enrollment'),
  /** The platform operator created on first start (DESIGN §5). */
  OPERATOR_EMAIL: z.string().email().default('operator@channelgraph.local'),
  OPERATOR_PASSWORD: z.string().min(12).max(128).default(DEFAULT_OPERATOR_PASSWORD),
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
  /** Encrypts the token-signing keys kept in enrollment's database (AES-256-GCM). */
  KEY_ENCRYPTION_KEY: keyEncryptionKeySetting,
  /**
   * How long a key made by `npm run rotate-keys` is in the JWKS before it signs: a verifier that
   * cached the JWKS fetches it again for an unknown key id at most every 5 s, so by then all have it.
   */
  SIGNING_KEY_PUBLISH_AHEAD_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** Domains refused for a partner's primary contact (R10); `name.*` matches any ending. */
  WEBMAIL_DOMAINS: z
    .string()
    .default(
      'gmail.com,googlemail.com,yahoo.*,ymail.com,icloud.com,me.com,mac.com,aol.com,outlook.com,hotmail.*,live.*,msn.com,gmx.*,proton.me,protonmail.com,mail.com,yandex.*,zoho.com',
    )
    .transform((value) =>
      value
        .split(',')
        .map((domain) => domain.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** How long a primary-contact verification link stays valid. */
  VERIFICATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /** Failed sign-ins allowed per account, and attempts per client address, in SIGN_IN_WINDOW_SECONDS. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Sign-ups (new tenants) per client address per hour. */
  SIGN_UPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Leads (contactPartners) a customer tenant may send per hour (R1); counted in the database, so restarts do not reset it. */
  LEADS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** Verification emails an application may ask for per hour (resendVerificationEmail, a changed primary contact). */
  VERIFICATION_EMAILS_PER_PARTNER_PER_HOUR: z.coerce.number().int().min(1).default(5),
});

export type EnrollmentConfig = z.infer<typeof enrollmentConfigSchema>;

/** The settings the use cases read, taken from the config at start. */
export interface EnrollmentSettings {
  webmailDomains: readonly string[];
  verificationTtlHours: number;
  /** Leads a customer tenant may send per hour (R1). */
  leadsPerHour: number;
}

export const loadEnrollmentConfig = (env: NodeJS.ProcessEnv = process.env): EnrollmentConfig => loadConfig(enrollmentConfigSchema, env);

/** What production must not run on (common production-guards); the database password is checked for every service. */
export function enrollmentDefaultSecrets(config: EnrollmentConfig): DefaultSecret[] {
  const secrets: DefaultSecret[] = [];
  if (config.OPERATOR_PASSWORD === DEFAULT_OPERATOR_PASSWORD) {
    secrets.push({
      setting: 'OPERATOR_PASSWORD',
      problem: 'is the default printed in the README; set a password of your own (at least 12 characters) for the platform operator created on first start.',
    });
  }
  return [...secrets, ...keyEncryptionKeyDefaultSecrets(config.KEY_ENCRYPTION_KEY, 'the signing keys')];
}
