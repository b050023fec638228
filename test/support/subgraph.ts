import { ApolloServer } from '@apollo/server';
import {
  createDataSource,
  createLogger,
  loadConfig,
  openDatabase,
  platformConfigSchema,
  Principal,
  RequestContextBase,
  subgraphApolloOptions,
} from '@channelgraph/common';
import { EntitySchema, MixedList } from 'typeorm';
import { testEnv } from './stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testDatabase } = require('./settings');

/** A subgraph's schema and resolvers served in-process (no HTTP), as the gateway would query it. */
export async function inProcessSubgraph<C extends RequestContextBase>(name: string, resolvers: object) {
  const server = new ApolloServer<C>(subgraphApolloOptions(name, resolvers, createLogger(name, 'silent'), loadConfig(platformConfigSchema, testEnv())));
  await server.start();
  return {
    async execute(query: string, variables: Record<string, unknown>, contextValue: C) {
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult;
    },
    stop: () => server.stop(),
  };
}

/** The service's test database, migrated. */
export function openTestDatabase(service: string, entities: EntitySchema[], migrations: MixedList<Function>) {
  const env = testEnv();
  return openDatabase(createDataSource({ mysqlUrl: String(env.MYSQL_URL), database: testDatabase(service), entities, migrations }));
}

export function principal(overrides: Partial<Principal> = {}): Principal {
  return { userId: 'user', tenantId: 'tenant', roles: ['GLOBAL_ADMIN'], mustChangePassword: false, ...overrides };
}

export const baseContext = (who?: Principal): RequestContextBase => ({ principal: who, correlationId: 'test', clientIp: '127.0.0.1' });

export const ENTITIES_QUERY = (selection: string) => `
  query($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`;
