import { loadConfig, platformConfigSchema } from '@channelgraph/common';
import { z } from 'zod';

export const agreementConfigSchema = platformConfigSchema.extend({
  AGREEMENT_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  AGREEMENT_DATABASE: z.string().default('channelgraph_agreement'),
});

export type AgreementConfig = z.infer<typeof agreementConfigSchema>;

export const loadAgreementConfig = (env: NodeJS.ProcessEnv = process.env): AgreementConfig => loadConfig(agreementConfigSchema, env);
