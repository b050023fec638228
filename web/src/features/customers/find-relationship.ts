import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client, CombinedError, OperationResult } from 'urql';

/** One page of the partner's customers, as any query of this feature reads it. */
interface CustomersPage<N> {
  partner?: {
    customers: { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: Array<{ node: N }> };
  } | null;
}

interface FindVariables {
  partnerId: string;
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

export type Found<N> = { state: 'found'; relationship: N } | { state: 'missing' } | { state: 'error'; error: CombinedError };

/**
 * The graph has no query for one relationship, so the partner's own customer list is read: first narrowed by the
 * name the list page passed along, then page by page, until the relationship is found. `cancelled` stops it early;
 * a query that reads nested lists asks for smaller pages, within the graph's cost limit.
 */
export async function findRelationship<N extends { id: string }>(
  client: Client,
  document: TypedDocumentNode<CustomersPage<N>, FindVariables>,
  partnerId: string,
  relationshipId: string,
  hint: string | undefined,
  cancelled: () => boolean,
  pageSize = 100,
): Promise<Found<N> | null> {
  for (const search of hint ? [hint, null] : [null]) {
    let after: string | null = null;
    for (;;) {
      const result: OperationResult<CustomersPage<N>> = await client
        .query(document, { partnerId, first: pageSize, after, search }, { requestPolicy: 'network-only' })
        .toPromise();
      if (cancelled()) return null;
      if (result.error) return { state: 'error', error: result.error };
      const connection = result.data?.partner?.customers;
      const found = connection?.edges.find((edge) => edge.node.id === relationshipId);
      if (found) return { state: 'found', relationship: found.node };
      if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
      after = connection.pageInfo.endCursor;
    }
  }
  return { state: 'missing' };
}
