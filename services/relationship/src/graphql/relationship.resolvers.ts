import { requireRole, requireUser, Role } from '@channelgraph/common';
import { acceptRelationshipRequest } from '../application/accept-request';
import { assignUserToPartner } from '../application/assign-user-to-partner';
import { deleteRelationship } from '../application/delete-relationship';
import { removeAdminPrivileges } from '../application/remove-admin-privileges';
import { terminateRelationship } from '../application/terminate-relationship';
import { unassignUserFromPartner } from '../application/unassign-user-from-partner';
import { canTransact } from '../domain/authorize';
import { RelationshipDeps, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

/** Relationships: established by the customer's acceptance, changed by the customer (R3, R4, R6, R7, the R2 PARTNER role's assigned user) or ended by the partner. */
export function relationshipResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Mutation: {
      acceptRelationshipRequest: (_, { input }, ctx) => acceptRelationshipRequest(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input),
      removeAdminPrivileges: (_, { input }, ctx) => removeAdminPrivileges(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input.relationshipId),
      deleteRelationship: (_, { input }, ctx) => deleteRelationship(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input.relationshipId),
      terminateRelationship: (_, { input }, ctx) => terminateRelationship(deps, requireRole(ctx.principal, [Role.ADMIN_AGENT]), input.relationshipId),
      assignUserToPartner: (_, { input }, ctx) => assignUserToPartner(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input),
      unassignUserFromPartner: (_, { input }, ctx) => unassignUserFromPartner(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input.relationshipId),
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
      canTransact: async (row, _, ctx) => canTransact(row.roles, row.status, await ctx.loaders.agreementStanding.load(row.customerTenantId)),
      partnerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.partnerId))?.legalName ?? '',
      customerName: (row) => row.customerName || null,
      customerDomain: (row) => row.customerDomain || null,
      assignedUser: (row) => (row.assignedUserId ? { id: row.assignedUserId } : null),
    },
  };
}
