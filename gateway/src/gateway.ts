import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  authenticate,
  correlationIdOf,
  createLogger,
  createMetrics,
  readinessHandler,
  jwksUrlOf,
  maskUnexpectedError,
  queryLimits,
  Principal,
  remoteTokenVerifier,
  tokenVerifierOptionsOf,
  TokenVerifier,
  traceAndMeasure,
  trustProxyOf,
} from '@channelgraph/common';
import express from 'express';
import { GraphQLError } from 'graphql';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { GatewayConfig } from './config';
import { consoleRoutes } from './console';

export const SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');

interface GatewayContext {
  /** Forwarded as-is: subgraphs verify the token themselves (internal teams call them directly too). */
  authorization?: string;
  correlationId: string;
  /** Passed on as X-Forwarded-For, so per-client limits in subgraphs see the real client. */
  clientIp?: string;
  principal?: Principal;
}

/** Where each subgraph runs: the configured URLs, not the ones baked into the supergraph. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  const graphql = (base: string) => new URL('/graphql', base).toString();
  return {
    enrollment: graphql(config.ENROLLMENT_URL),
    relationship: graphql(config.RELATIONSHIP_URL),
    agreement: graphql(config.AGREEMENT_URL),
    notification: graphql(config.NOTIFICATION_URL),
  };
}

type SubgraphResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** Codes a subgraph gives a client's mistake with HTTP 400 (a variable it cannot coerce, say). */
const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX']);

/**
 * A subgraph that refuses the whole request (HTTP 401/403: e.g. a token it no
 * longer accepts; HTTP 400: input the gateway passed on but the subgraph cannot
 * read) is answered with that subgraph's own message and code, not
 * "401: Unauthorized" and its internal URL.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response);
    const refusal = (body as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown; field?: unknown } }> })?.errors?.[0];
    const given = typeof refusal?.extensions?.code === 'string' ? refusal.extensions.code : undefined;
    const code =
      response.status === 401
        ? 'UNAUTHENTICATED'
        : response.status === 403
          ? 'FORBIDDEN'
          : response.status === 400 && given && CLIENT_ERROR_CODES.has(given)
            ? given
            : undefined;
    if (code && typeof refusal?.message === 'string') {
      const field = typeof refusal.extensions?.field === 'string' ? { field: refusal.extensions.field } : {};
      return new GraphQLError(refusal.message, { extensions: { code, ...field } });
    }
    // No public code: masked for the caller, logged with this message.
    return new GraphQLError(`Subgraph ${this.url} answered HTTP ${response.status}.`);
  }
}

export function createApolloGateway(urls: Record<string, string>): ApolloGateway {
  // @apollo/gateway reports the host (OS, CPUs, memory, cloud) to Apollo every few minutes unless this variable,
  // its only switch, says not to. channelgraph sends nothing to anyone it was not configured to: off unless set.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  return new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: urls[name] ?? url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (context.correlationId) request.http?.headers.set('x-correlation-id', context.correlationId);
          if (context.clientIp) request.http?.headers.set('x-forwarded-for', context.clientIp);
        },
      }),
  });
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * The public entry point: one graph over the static supergraph, with the
 * bearer token verified up front, query depth/cost/alias/token limits, a body
 * size limit, CSRF prevention and no stack traces.
 */
export async function startGateway(config: GatewayConfig, options: { port?: number; verifier?: TokenVerifier } = {}): Promise<RunningGateway> {
  const log = createLogger('gateway', config.LOG_LEVEL);
  const metrics = createMetrics('gateway');
  const verifier = options.verifier ?? remoteTokenVerifier(jwksUrlOf(config), tokenVerifierOptionsOf(config));
  const limits = queryLimits(config);

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: createApolloGateway(subgraphUrls(config)),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Apollo turns introspection off when NODE_ENV=production, which left the console's GraphQL explorer
    // blind in the docker image. The graph's schema is public (schema/supergraph.graphql); the limits apply.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: limits.validationRules,
    formatError: (formatted, error) => maskUnexpectedError(formatted, error, (original) => log.error({ err: original }, 'unexpected gateway error')),
    plugins: [...limits.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', trustProxyOf(config));
  app.use(traceAndMeasure(metrics));
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'gateway' }));
  app.get('/readyz', readinessHandler({ name: 'gateway', readiness: subgraphReadiness(subgraphUrls(config)) }));
  app.get('/metrics', async (_req, res) => void res.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
  app.use(
    '/graphql',
    express.json({ limit: config.MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        authorization: req.headers.authorization,
        correlationId: correlationIdOf(req),
        clientIp: req.ip,
        principal: await authenticate(req.headers.authorization, verifier),
      }),
    }),
  );
  app.use(bodyErrors);
  app.use(consoleRoutes(config.WEB_DIST_DIR));

  const port = options.port ?? config.GATEWAY_PORT;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '0.0.0.0', () => resolve());
  });
  const address = httpServer.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  log.info({ console: `http://localhost:${boundPort}/`, url: `http://localhost:${boundPort}/graphql` }, 'gateway ready');
  return { url: `http://127.0.0.1:${boundPort}/graphql`, close: () => apollo.stop() };
}

/**
 * Ready when every subgraph answers its /healthz within 2 s: a query plan may touch any of them,
 * so without one the graph cannot serve (a load balancer takes this gateway out of rotation).
 */
function subgraphReadiness(urls: Record<string, string>): Record<string, () => Promise<void>> {
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [
      name,
      async () => {
        const response = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(2000) });
        if (!response.ok) throw new Error(`${name} answered HTTP ${response.status}`);
      },
    ]),
  );
}

/** A body over the limit or not JSON gets a GraphQL-shaped error, not an HTML page. */
function bodyErrors(error: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) {
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] });
  } else if (error.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
}
