import { requireAccess, requireUser } from '@channelgraph/common';
import { cancelRelationshipRequest } from '../application/cancel-request';
import { declineRelationshipRequest } from '../application/decline-request';
import { inviteCustomerWithProvider } from '../application/invite-customer-with-provider';
import { inviteIndirectReseller } from '../application/invite-indirect-reseller';
import { CreatedRequest } from '../application/issue-invitation';
import { requestOfLink } from '../application/list-requests';
import { requestAdminAccessChange } from '../application/request-admin-access-change';
import { requestRelationship } from '../application/request-relationship';
import { effectiveStatus, needsCustomerAgreement } from '../domain/requests';
import { providerRolesOf } from '../domain/roles';
import { RelationshipDeps, RelationshipRequestView, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

/** Invitations: sent by a partner's agents, opened and answered through their link (R2, R5, R13, R17, R19). */
export function relationshipRequestResolvers(deps: RelationshipDeps): Resolvers {
  const created = ({ request, invitationUrl, emailDraft }: CreatedRequest): RelationshipRequestView => ({ ...request, invitationUrl, emailDraft });
  return {
    Query: {
      relationshipRequestByToken: async (_, { token }, ctx) => {
        requireAccess(ctx.principal, 'Query.relationshipRequestByToken');
        return requestOfLink(deps, token);
      },
    },
    Mutation: {
      requestRelationship: async (_, { input }, ctx) =>
        created(await requestRelationship(deps, requireAccess(ctx.principal, 'Mutation.requestRelationship'), input)),
      inviteIndirectReseller: async (_, { input }, ctx) =>
        created(await inviteIndirectReseller(deps, requireAccess(ctx.principal, 'Mutation.inviteIndirectReseller'), input)),
      inviteCustomerWithProvider: async (_, { input }, ctx) =>
        created(await inviteCustomerWithProvider(deps, requireAccess(ctx.principal, 'Mutation.inviteCustomerWithProvider'), input)),
      requestAdminAccessChange: async (_, { input }, ctx) =>
        created(await requestAdminAccessChange(deps, requireAccess(ctx.principal, 'Mutation.requestAdminAccessChange'), input)),
      declineRelationshipRequest: (_, { input }, ctx) =>
        declineRelationshipRequest(deps, requireAccess(ctx.principal, 'Mutation.declineRelationshipRequest'), input.token),
      cancelRelationshipRequest: (_, { input }, ctx) =>
        cancelRelationshipRequest(deps, requireAccess(ctx.principal, 'Mutation.cancelRelationshipRequest'), input.id),
    },
    RelationshipRequest: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.request.load(ref.id);
        return row && visibleTo(principal, row.partnerTenantId, row.indirectProviderTenantId) ? row : null;
      },
      partner: (row) => ({ id: row.partnerId }),
      indirectProvider: (row) => (row.indirectProviderId ? { id: row.indirectProviderId } : null),
      indirectProviderRoles: (row) => providerRolesOf(row),
      status: (row) => effectiveStatus(row.status, row.expiresAt),
      agreementRequired: (row) => needsCustomerAgreement(row.roles),
      inviteeEmail: (row, _, ctx) => (ctx.principal && visibleTo(ctx.principal, row.partnerTenantId) ? row.inviteeEmail : null),
      invitationUrl: (row) => row.invitationUrl ?? null,
      emailDraft: (row) => row.emailDraft ?? null,
      // B2: the relationship a change of admin access is about, for its partner and its customer.
      relationship: async (row, _, ctx) => {
        if (!row.relationshipId || !ctx.principal) return null;
        const relationship = await ctx.loaders.relationship.load(row.relationshipId);
        return relationship && visibleTo(ctx.principal, relationship.partnerTenantId, relationship.customerTenantId) ? relationship : null;
      },
    },
  };
}
