import { requireRole, Role } from '@channelgraph/common';
import { acceptRelationshipRequest } from '../application/accept-request';
import { authorizeIndirectProvider } from '../application/authorize-indirect-provider';
import { cancelRelationshipRequest } from '../application/cancel-request';
import { declineRelationshipRequest } from '../application/decline-request';
import { deleteRelationship } from '../application/delete-relationship';
import { importExistingRelationships } from '../application/import-existing-relationships';
import { inviteCustomerWithProvider } from '../application/invite-customer-with-provider';
import { inviteIndirectReseller } from '../application/invite-indirect-reseller';
import { CreatedRequest } from '../application/issue-invitation';
import { removeAdminPrivileges } from '../application/remove-admin-privileges';
import { removeProviderAdminAccess } from '../application/remove-provider-admin-access';
import { requestRelationship } from '../application/request-relationship';
import { revokeIndirectLink } from '../application/revoke-indirect-link';
import { terminateRelationship } from '../application/terminate-relationship';
import type { RelationshipDeps, RelationshipRequestView } from './context';
import type { Resolvers } from './schema.generated';

const INVITERS = [Role.ADMIN_AGENT, Role.SALES_AGENT] as const;
const { GLOBAL_ADMIN, ADMIN_AGENT, PLATFORM_OPERATOR } = Role;

/** Who may do what is decided here (roles) and in the use cases (tenant, partner status, ownership). */
export function mutationResolvers(deps: RelationshipDeps): Resolvers {
  const created = ({ request, invitationUrl, emailDraft }: CreatedRequest): RelationshipRequestView => ({ ...request, invitationUrl, emailDraft });
  return {
    Mutation: {
      requestRelationship: async (_, { input }, ctx) =>
        created(await requestRelationship(deps, requireRole(ctx.principal, INVITERS), input)),
      inviteIndirectReseller: async (_, { input }, ctx) =>
        created(await inviteIndirectReseller(deps, requireRole(ctx.principal, INVITERS), input)),
      inviteCustomerWithProvider: async (_, { input }, ctx) =>
        created(await inviteCustomerWithProvider(deps, requireRole(ctx.principal, INVITERS), input)),
      acceptRelationshipRequest: (_, { input }, ctx) =>
        acceptRelationshipRequest(deps, requireRole(ctx.principal, [GLOBAL_ADMIN]), input),
      authorizeIndirectProvider: (_, { input }, ctx) =>
        authorizeIndirectProvider(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input),
      declineRelationshipRequest: (_, { input }, ctx) =>
        declineRelationshipRequest(deps, requireRole(ctx.principal, [GLOBAL_ADMIN, ADMIN_AGENT]), input.token),
      cancelRelationshipRequest: (_, { input }, ctx) =>
        cancelRelationshipRequest(deps, requireRole(ctx.principal, INVITERS), input.id),
      removeAdminPrivileges: (_, { input }, ctx) =>
        removeAdminPrivileges(deps, requireRole(ctx.principal, [GLOBAL_ADMIN]), input.relationshipId),
      deleteRelationship: (_, { input }, ctx) =>
        deleteRelationship(deps, requireRole(ctx.principal, [GLOBAL_ADMIN]), input.relationshipId),
      terminateRelationship: (_, { input }, ctx) =>
        terminateRelationship(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input.relationshipId),
      removeProviderAdminAccess: (_, { input }, ctx) =>
        removeProviderAdminAccess(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input.linkId),
      revokeIndirectLink: (_, { input }, ctx) =>
        revokeIndirectLink(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input.linkId),
      importExistingRelationships: (_, { input }, ctx) => {
        requireRole(ctx.principal, [PLATFORM_OPERATOR]);
        return importExistingRelationships(deps, input.relationships);
      },
    },
  };
}
