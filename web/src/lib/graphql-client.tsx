import { Client, cacheExchange, fetchExchange, mapExchange, Provider } from 'urql';
import { ReactNode, useMemo } from 'react';
import { useSession } from './session';

/**
 * The console's one GraphQL client: same origin as the app, the bearer token of the session,
 * and the header Apollo's CSRF prevention asks of browsers (DESIGN §6).
 * A token the graph no longer accepts (expired, revoked) signs the person out with a reason.
 */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { token, signOut } = useSession();
  const client = useMemo(
    () =>
      new Client({
        url: '/graphql',
        // Each page asks the graph afresh; the cache only dedupes identical queries in flight.
        requestPolicy: 'cache-and-network',
        preferGetMethod: false,
        fetchOptions: () => ({
          headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        }),
        exchanges: [
          mapExchange({
            onError(error) {
              const unauthenticated = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || error.response?.status === 401;
              if (token && unauthenticated) signOut('expired');
            },
          }),
          cacheExchange,
          fetchExchange,
        ],
      }),
    [token, signOut],
  );
  return <Provider value={client}>{children}</Provider>;
}
