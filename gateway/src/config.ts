import { loadConfig, platformConfigSchema } from '@channelgraph/common';
import path from 'node:path';
import { z } from 'zod';

export const gatewayConfigSchema = platformConfigSchema.extend({
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(100 * 1024),
  /** The built web console the gateway serves at / (npm start builds it). */
  WEB_DIST_DIR: z.string().default(path.resolve(__dirname, '../../web/dist')),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig => loadConfig(gatewayConfigSchema, env);
