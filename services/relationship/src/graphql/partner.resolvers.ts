import { pageRequest } from '@channelgraph/common';
import { adminAccessExpiry, adminAccessList } from '../application/list-admin-access';
import { customersOfPartner, customersSharedWith } from '../application/list-customers';
import { providersOfReseller, resellersOfProvider } from '../application/list-indirect-links';
import { requestsSentBy } from '../application/list-requests';
import { mayReadPartnerLists, RelationshipDeps } from './context';
import type { Resolvers } from './schema.generated';

/** Enrollment owns partners; relationship adds their customers, indirect links and invitations, for the partner's own users. */
export function partnerResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Partner: {
      __resolveReference: (ref) => ({ id: ref.id }),
      customers: async (partner, args, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.customers');
        return customersOfPartner(deps, partner.id, pageRequest(args.first, args.after), args.search, args.source);
      },
      indirectProviders: async (partner, _, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.indirectProviders');
        return providersOfReseller(deps, partner.id);
      },
      indirectResellers: async (partner, _, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.indirectResellers');
        return resellersOfProvider(deps, partner.id);
      },
      customersSharedWith: async (partner, { providerId }, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.customersSharedWith');
        return (await customersSharedWith(deps, partner.id, providerId)).map((id) => ({ id }));
      },
      relationshipRequests: async (partner, args, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.relationshipRequests');
        return requestsSentBy(deps, partner.id, args.status, pageRequest(args.first, args.after));
      },
      adminAccess: async (partner, args, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.adminAccess');
        return adminAccessList(deps, partner.id, args, pageRequest(args.first, args.after));
      },
      adminAccessExpiry: async (partner, _, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.adminAccessExpiry');
        return adminAccessExpiry(deps, partner.id);
      },
    },
  };
}
