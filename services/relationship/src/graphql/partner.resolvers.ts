import { notFound, pageRequest } from '@channelgraph/common';
import { activeLinkBetween, activeLinksOfProvider, activeLinksOfReseller } from '../store/links.repository';
import { activeRelationshipsOfPartner, customersSharedAsResellers } from '../store/relationships.repository';
import { requestsOfPartner } from '../store/requests.repository';
import { mayReadPartnerLists, RelationshipDeps } from './context';
import type { Resolvers } from './schema.generated';

/** Enrollment owns partners; relationship adds their customers, indirect links and invitations, for the partner's own users. */
export function partnerResolvers(deps: RelationshipDeps): Resolvers {
  const { manager } = deps.dataSource;
  return {
    Partner: {
      __resolveReference: (ref) => ({ id: ref.id }),
      customers: async (partner, args, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.customers');
        return activeRelationshipsOfPartner(manager, partner.id, pageRequest(args.first, args.after), args.search);
      },
      indirectProviders: async (partner, _, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.indirectProviders');
        return activeLinksOfReseller(manager, partner.id);
      },
      indirectResellers: async (partner, _, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.indirectResellers');
        return activeLinksOfProvider(manager, partner.id);
      },
      customersSharedWith: async (partner, { providerId }, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.customersSharedWith');
        if (!(await activeLinkBetween(manager, providerId, partner.id))) throw notFound('This provider is not one of your active indirect providers.');
        // R14/R16: only customers where both are resellers of record; the provider's other customers stay hidden.
        return (await customersSharedAsResellers(manager, partner.id, providerId)).map((id) => ({ id }));
      },
      relationshipRequests: async (partner, args, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.relationshipRequests');
        return requestsOfPartner(manager, partner.id, args.status, pageRequest(args.first, args.after));
      },
    },
  };
}
