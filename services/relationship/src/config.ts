import { loadConfig, platformConfigSchema } from '@channelgraph/common';
import { z } from 'zod';

export const relationshipConfigSchema = platformConfigSchema.extend({
  RELATIONSHIP_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  RELATIONSHIP_DATABASE: z.string().default('channelgraph_relationship'),
  /** How long an invitation link stays valid. */
  REQUEST_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** R18: how long a vendor referral waits for the partner's answer before it expires. */
  REFERRAL_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How often pending invitations and referrals past their expiry are marked EXPIRED (reads never show them PENDING anyway). */
  EXPIRY_SWEEP_MS: z.coerce.number().int().min(100).default(60000),
  /**
   * B1: the length of one day of admin access, in milliseconds. Durations (P1D…P2Y), the 30-day EXPIRING window,
   * warnings and the 180-day auto-extension count in these days. Leave it at a real day in production; tests and
   * demos shorten it to watch expiry happen.
   */
  ADMIN_ACCESS_DAY_MS: z.coerce.number().int().min(10).max(86400000).default(86400000),
  /** B1: days before expiry at which both sides are warned by email, comma-separated. */
  ADMIN_ACCESS_WARNING_DAYS: z
    .string()
    .default('30,7,1')
    .transform((value) =>
      value
        .split(',')
        .map((days) => days.trim())
        .filter(Boolean)
        .map(Number),
    )
    .pipe(z.array(z.number().int('each warning is a whole number of days').min(1).max(730)).max(10)),
  /** Invitations (requestRelationship, inviteIndirectReseller, inviteCustomerWithProvider) one partner tenant may create per hour. */
  INVITATIONS_PER_TENANT_PER_HOUR: z.coerce.number().int().min(1).default(200),
});

export type RelationshipConfig = z.infer<typeof relationshipConfigSchema>;

export const loadRelationshipConfig = (env: NodeJS.ProcessEnv = process.env): RelationshipConfig => loadConfig(relationshipConfigSchema, env);
