import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import express, { Express, NextFunction, Request, Response } from 'express';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { GraphQLFormattedError, parse } from 'graphql';
import { authenticate, TokenVerifier } from '../auth/tokens';
import { correlationIdFrom, Principal, runWithTrace } from '../context';
import { maskUnexpectedError } from '../errors';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { bodyErrors } from './body-errors';
import { guardEntityRepresentations } from './entity-representations';
import { guardInputLengths } from './input-lengths';
import { QueryLimits, queryLimits } from './query-limits';

/** schema/<name>.graphql at the repository root: the source of truth of each subgraph's contract. */
export function readSubgraphSdl(name: string): string {
  return readFileSync(path.resolve(__dirname, '../../../../schema', `${name}.graphql`), 'utf8');
}

export interface RequestContextBase extends BaseContext {
  principal?: Principal;
  correlationId: string;
  /** The caller's address, for rate limits. */
  clientIp: string;
}

export type ReadinessCheck = () => Promise<void>;

export interface SubgraphServerOptions<C extends RequestContextBase> {
  name: string;
  /** The subgraph's resolvers, typed by its own generated `Resolvers` (npm run codegen). */
  resolvers: object;
  verifier: TokenVerifier;
  /** Adds per-request state (DataLoaders!) to the authenticated base context. */
  extendContext: (base: RequestContextBase) => C;
  log: Logger;
  metrics: Metrics;
  readiness: Record<string, ReadinessCheck>;
  /** Checks that report but do not fail readiness (e.g. Kafka: the outbox keeps writes safe while it is away). */
  degradable?: string[];
  /** The gateway's query limits, enforced here too (DESIGN §8). */
  limits: QueryLimits;
  /** Express's 'trust proxy': whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustProxy: string | false;
  /** Extra routes, e.g. enrollment's JWKS endpoint. */
  routes?: (app: Express) => void;
}

export interface RunningServer {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<any>;
  url: string;
  close(): Promise<void>;
}

export function buildSchemaFor(name: string, resolvers: object) {
  return guardInputLengths(
    guardEntityRepresentations(buildSubgraphSchema([{ typeDefs: parse(readSubgraphSdl(name)), resolvers: resolvers as GraphQLResolverMap<unknown> }])),
  );
}

/** Schema, limits, error masking and plugins of a subgraph's Apollo Server, shared by the HTTP server and in-process tests. */
export function subgraphApolloOptions(name: string, resolvers: object, log: Logger, limits: QueryLimits) {
  const { validationRules, plugins } = queryLimits(limits);
  return {
    schema: buildSchemaFor(name, resolvers),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Apollo turns introspection off when NODE_ENV=production; the schema is public (schema/ in the
    // repository) and internal teams' tools read it, so it stays on, within the query limits.
    introspection: true,
    validationRules,
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      maskUnexpectedError(formatted, error, (original) => log.error({ err: original }, 'unexpected error in resolver')),
    // No Apollo Studio here, so no per-request federated traces to compute.
    plugins: [...plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  };
}

/** Express app serving /graphql, /healthz, /readyz and /metrics for one subgraph. */
export async function startSubgraphServer<C extends RequestContextBase>(
  options: SubgraphServerOptions<C>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  // Longer than any client's idle reuse (the gateway's keeps connections open): a server that closes
  // an idle connection first races the client's next request on it, which then fails with ECONNRESET.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apolloOptions = subgraphApolloOptions(options.name, options.resolvers, options.log, options.limits);
  const apollo = new ApolloServer<C>({ ...apolloOptions, plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...apolloOptions.plugins] });
  await apollo.start();

  app.disable('x-powered-by');
  // Only the proxies listed in TRUSTED_PROXIES (the gateway, say) may say who the client is.
  app.set('trust proxy', options.trustProxy);
  app.use(traceAndMeasure(options.metrics));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/readyz', readinessHandler(options));
  app.get('/metrics', async (_req, res) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  options.routes?.(app);
  const context: ContextFunction<[ExpressContextFunctionArgument], C> = async ({ req }) => {
    const principal = await authenticate(req.headers.authorization, options.verifier);
    return options.extendContext({ principal, correlationId: correlationIdOf(req), clientIp: req.ip ?? 'unknown' });
  };
  app.use('/graphql', express.json({ limit: '256kb' }), expressMiddleware(apollo, { context }));
  app.use(bodyErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    app,
    httpServer,
    apollo,
    url: `http://${host}:${boundPort}/graphql`,
    close: () => apollo.stop(),
  };
}

/** The id traceAndMeasure gave this request. */
export function correlationIdOf(req: Request): string {
  return (req as Request & { correlationId: string }).correlationId;
}

/** Gives each request a correlation id (the caller's, if well-formed), runs it in that trace, and times it. */
export function traceAndMeasure(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
    (req as Request & { correlationId: string }).correlationId = correlationId;
    res.setHeader('x-correlation-id', correlationId);
    const stop = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => stop({ route: routeLabel(req, res), status: String(res.statusCode) }));
    runWithTrace({ correlationId }, next);
  };
}

/**
 * The route a request matched, never its raw path, so the HTTP histogram has a bounded set of
 * series however many different paths are asked for: `/graphql`, a route's own pattern
 * (`/healthz`), what a handler named in `res.locals.route` (the gateway's `console`), else
 * `unmatched` (404) or `other`.
 */
export function routeLabel(req: Request, res: Response): string {
  if (req.originalUrl === '/graphql' || req.originalUrl.startsWith('/graphql?') || req.originalUrl.startsWith('/graphql/')) return '/graphql';
  if (typeof res.locals.route === 'string') return res.locals.route;
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${req.baseUrl}${pattern}`;
  return res.statusCode === 404 ? 'unmatched' : 'other';
}

/** `/readyz`: 200 `ready` (or `degraded` when only a degradable check fails), else 503 `unavailable`, with each check's state. */
export function readinessHandler(options: { name: string; readiness: Record<string, ReadinessCheck>; degradable?: string[] }) {
  return async (_req: Request, res: Response) => {
    const checks: Record<string, string> = {};
    let ready = true;
    let degraded = false;
    await Promise.all(
      Object.entries(options.readiness).map(async ([name, check]) => {
        try {
          await check();
          checks[name] = 'up';
        } catch {
          checks[name] = 'down';
          if (options.degradable?.includes(name)) degraded = true;
          else ready = false;
        }
      }),
    );
    res.status(ready ? 200 : 503).json({ status: ready ? (degraded ? 'degraded' : 'ready') : 'unavailable', service: options.name, checks });
  };
}

/** An entity another subgraph owns, as this one receives it: its key only. */
export interface EntityRef {
  id: string;
}

/** Combines per-area resolver maps (Query, Mutation and types may appear in several) into one. */
export function mergeResolvers<R extends object>(...maps: R[]): R {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      // Scalars are class instances, not field maps: keep them as they are.
      if (fields && typeof fields === 'object' && fields.constructor !== Object) merged[type] = fields as never;
      else merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged as R;
}
