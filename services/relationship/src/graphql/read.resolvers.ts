import { DateTimeScalar, forbidden, notFound, pageRequest, Principal, requireUser } from '@channelgraph/common';
import { authorize } from '../application/authorize';
import { canTransact } from '../domain/authorize';
import { checkLinkOpensRequest, effectiveStatus, needsCustomerAgreement } from '../domain/requests';
import { activeLinkBetween, activeLinksOfProvider, activeLinksOfReseller } from '../store/links.repository';
import { activeRelationshipsOfCustomer, activeRelationshipsOfPartner, customersSharedAsResellers } from '../store/relationships.repository';
import { requestOfLinkToken, requestsOfPartner } from '../store/requests.repository';
import { RelationshipContext, RelationshipDeps, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

export function readResolvers(deps: RelationshipDeps): Resolvers {
  const { dataSource } = deps;
  const { manager } = dataSource;

  /** A partner's own lists are for its own tenant and operators. */
  const ownPartner = async (ctx: RelationshipContext, partnerId: string): Promise<Principal> => {
    const principal = requireUser(ctx.principal);
    const partner = await ctx.loaders.partner.load(partnerId);
    if (!partner || !visibleTo(principal, partner.tenantId)) throw forbidden('Only the partner’s own users can see its customers, links and invitations.');
    return principal;
  };

  return {
    DateTime: DateTimeScalar,
    Query: {
      relationshipRequestByToken: async (_, { token }, ctx) => {
        requireUser(ctx.principal);
        return checkLinkOpensRequest(await requestOfLinkToken(manager, token));
      },
      authorize: (_, args, ctx) => authorize(dataSource, requireUser(ctx.principal, { allowServiceToken: true }), args),
    },
    Partner: {
      __resolveReference: (ref) => ({ id: ref.id }),
      customers: async (partner, args, ctx) => {
        await ownPartner(ctx, partner.id);
        return activeRelationshipsOfPartner(manager, partner.id, pageRequest(args.first, args.after), args.search);
      },
      indirectProviders: async (partner, _, ctx) => {
        await ownPartner(ctx, partner.id);
        return activeLinksOfReseller(manager, partner.id);
      },
      indirectResellers: async (partner, _, ctx) => {
        await ownPartner(ctx, partner.id);
        return activeLinksOfProvider(manager, partner.id);
      },
      customersSharedWith: async (partner, { providerId }, ctx) => {
        await ownPartner(ctx, partner.id);
        if (!(await activeLinkBetween(manager, providerId, partner.id))) throw notFound('This provider is not one of your active indirect providers.');
        // R14/R16: only customers where both are resellers of record; the provider's other customers stay hidden.
        return (await customersSharedAsResellers(manager, partner.id, providerId)).map((id) => ({ id }));
      },
      relationshipRequests: async (partner, args, ctx) => {
        await ownPartner(ctx, partner.id);
        return requestsOfPartner(manager, partner.id, args.status, pageRequest(args.first, args.after));
      },
    },
    Customer: {
      __resolveReference: (ref) => ({ id: ref.id }),
      relationships: (customer, _, ctx) => {
        const principal = requireUser(ctx.principal);
        if (!visibleTo(principal, customer.id)) throw forbidden('Only the customer’s own users can see all its partners.');
        return activeRelationshipsOfCustomer(manager, customer.id);
      },
    },
    RelationshipRequest: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.request.load(ref.id);
        return row && visibleTo(principal, row.partnerTenantId, row.indirectProviderTenantId) ? row : null;
      },
      partner: (row) => ({ id: row.partnerId }),
      indirectProvider: (row) => (row.indirectProviderId ? { id: row.indirectProviderId } : null),
      status: (row) => effectiveStatus(row.status, row.expiresAt),
      agreementRequired: (row) => needsCustomerAgreement(row.roles),
      inviteeEmail: (row, _, ctx) => (ctx.principal && visibleTo(ctx.principal, row.partnerTenantId) ? row.inviteeEmail : null),
      invitationUrl: (row) => row.invitationUrl ?? null,
      emailDraft: (row) => row.emailDraft ?? null,
    },
    Relationship: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.relationship.load(ref.id);
        return row && visibleTo(principal, row.partnerTenantId, row.customerTenantId) ? row : null;
      },
      partner: (row) => ({ id: row.partnerId }),
      customer: (row) => ({ id: row.customerTenantId }),
      adminPrivileges: (row) => row.roles.includes('DELEGATED_ADMIN'),
      canTransact: async (row, _, ctx) => canTransact(row.roles, row.status, await ctx.loaders.acceptedCurrent.load(row.customerTenantId)),
      partnerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.partnerId))?.legalName ?? '',
      customerName: (row) => row.customerName || null,
      customerDomain: (row) => row.customerDomain || null,
    },
    IndirectLink: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.link.load(ref.id);
        return row && visibleTo(principal, row.providerTenantId, row.resellerTenantId) ? row : null;
      },
      provider: (row) => ({ id: row.providerId }),
      reseller: (row) => ({ id: row.resellerId }),
      providerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.providerId))?.legalName ?? '',
      resellerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.resellerId))?.legalName ?? '',
    },
  };
}

