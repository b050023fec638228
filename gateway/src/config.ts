import { loadConfig, platformConfigSchema } from '@channelgraph/common';
import path from 'node:path';
import { z } from 'zod';

export const gatewayConfigSchema = platformConfigSchema.extend({
  /** Longest path of nested selections a query may have. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  /** graphql-armor's cost estimate (objects × depth factor); rejects queries that would fan out too far. */
  MAX_QUERY_COST: z.coerce.number().int().min(100).default(5000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).default(15),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(2000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(100 * 1024),
  /** Proxies in front of the gateway whose X-Forwarded-For is believed (Express 'trust proxy' syntax). */
  TRUST_PROXY: z.string().default('loopback, linklocal, uniquelocal'),
  /** The built web console the gateway serves at / (npm start builds it). */
  WEB_DIST_DIR: z.string().default(path.resolve(__dirname, '../../web/dist')),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig => loadConfig(gatewayConfigSchema, env);
