import { forbidden, requireAccess } from '@channelgraph/common';
import { activeRelationshipsOfCustomer } from '../store/relationships.repository';
import { RelationshipDeps, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

/** Enrollment owns customers; relationship adds their partners, for the customer's own users and operators. */
export function customerResolvers(deps: RelationshipDeps): Resolvers {
  const { manager } = deps.dataSource;
  return {
    Customer: {
      __resolveReference: (ref) => ({ id: ref.id }),
      relationships: (customer, _, ctx) => {
        const principal = requireAccess(ctx.principal, 'Customer.relationships');
        if (!visibleTo(principal, customer.id)) throw forbidden('Only the customer’s own users can see all its partners.');
        return activeRelationshipsOfCustomer(manager, customer.id);
      },
    },
  };
}
