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
  /** Invitations (requestRelationship, inviteIndirectReseller, inviteCustomerWithProvider) one partner tenant may create per hour. */
  INVITATIONS_PER_TENANT_PER_HOUR: z.coerce.number().int().min(1).default(200),
});

export type RelationshipConfig = z.infer<typeof relationshipConfigSchema>;

export const loadRelationshipConfig = (env: NodeJS.ProcessEnv = process.env): RelationshipConfig => loadConfig(relationshipConfigSchema, env);
