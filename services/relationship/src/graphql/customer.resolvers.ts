import { forbidden, requireAccess } from '@channelgraph/common';
import { partnersOfCustomer } from '../application/list-customers';
import { RelationshipDeps, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

/** Enrollment owns customers; relationship adds their partners, for the customer's own users and operators. */
export function customerResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Customer: {
      __resolveReference: (ref) => ({ id: ref.id }),
      relationships: (customer, _, ctx) => {
        const principal = requireAccess(ctx.principal, 'Customer.relationships');
        if (!visibleTo(principal, customer.id)) throw forbidden('Only the customer’s own users can see all its partners.');
        return partnersOfCustomer(deps, customer.id);
      },
    },
  };
}
