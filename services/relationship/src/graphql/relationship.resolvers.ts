import { Principal, requireAccess, requireUser } from '@channelgraph/common';
import { acceptRelationshipRequest } from '../application/accept-request';
import { assignUserToPartner } from '../application/assign-user-to-partner';
import { deleteRelationship } from '../application/delete-relationship';
import { assignAdminAccess, removeAdminAccessAssignment } from '../application/admin-access-assignments';
import { removeAdminPrivileges, removeAdminRoles } from '../application/remove-admin-privileges';
import { setAutoExtend, setAutoExtendForMany } from '../application/set-auto-extend';
import { terminateRelationship } from '../application/terminate-relationship';
import { unassignUserFromPartner } from '../application/unassign-user-from-partner';
import { adminAccessStatus, hasLiveAdminAccess, liveAdminRoles, rolesInForce } from '../domain/admin-access';
import { canTransact } from '../domain/authorize';
import type { RelationshipRow } from '../store/entities';
import { RelationshipContext, RelationshipDeps, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

/** Relationships: established by the customer's acceptance, changed by the customer (R3, R4, R6, R7, the R2 PARTNER role's assigned user) or ended by the partner. */
export function relationshipResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Query: {
      relationship: (_, { id }, ctx) => visibleRelationship(ctx, requireAccess(ctx.principal, 'Query.relationship'), id),
    },
    Mutation: {
      acceptRelationshipRequest: (_, { input }, ctx) =>
        acceptRelationshipRequest(deps, requireAccess(ctx.principal, 'Mutation.acceptRelationshipRequest'), input),
      removeAdminPrivileges: (_, { input }, ctx) =>
        removeAdminPrivileges(deps, requireAccess(ctx.principal, 'Mutation.removeAdminPrivileges'), input.relationshipId),
      deleteRelationship: (_, { input }, ctx) => deleteRelationship(deps, requireAccess(ctx.principal, 'Mutation.deleteRelationship'), input.relationshipId),
      terminateRelationship: (_, { input }, ctx) =>
        terminateRelationship(deps, requireAccess(ctx.principal, 'Mutation.terminateRelationship'), input.relationshipId),
      assignUserToPartner: (_, { input }, ctx) => assignUserToPartner(deps, requireAccess(ctx.principal, 'Mutation.assignUserToPartner'), input),
      unassignUserFromPartner: (_, { input }, ctx) =>
        unassignUserFromPartner(deps, requireAccess(ctx.principal, 'Mutation.unassignUserFromPartner'), input.relationshipId),
      removeAdminRoles: (_, { input }, ctx) => removeAdminRoles(deps, requireAccess(ctx.principal, 'Mutation.removeAdminRoles'), input),
      setAutoExtend: (_, { input }, ctx) => setAutoExtend(deps, requireAccess(ctx.principal, 'Mutation.setAutoExtend'), input),
      setAutoExtendForMany: (_, { input }, ctx) => setAutoExtendForMany(deps, requireAccess(ctx.principal, 'Mutation.setAutoExtendForMany'), input),
      assignAdminAccess: (_, { input }, ctx) => assignAdminAccess(deps, requireAccess(ctx.principal, 'Mutation.assignAdminAccess'), input),
      removeAdminAccessAssignment: (_, { input }, ctx) =>
        removeAdminAccessAssignment(deps, requireAccess(ctx.principal, 'Mutation.removeAdminAccessAssignment'), input.assignmentId),
    },
    AdminAccessAssignment: {
      relationship: async (assignment, _, ctx) => (await ctx.loaders.relationship.load(assignment.relationshipId))!,
      users: (assignment) => assignment.userIds.map((id) => ({ id })),
    },
    Relationship: {
      __resolveReference: (ref, ctx) => visibleRelationship(ctx, requireUser(ctx.principal), ref.id),
      partner: (row) => ({ id: row.partnerId }),
      customer: (row) => ({ id: row.customerTenantId }),
      // B1: what is in force now; access past its expiry reads as ended before the sweep records it.
      roles: (row) => rolesInForce(row),
      adminPrivileges: (row) => hasLiveAdminAccess(row),
      adminRoles: (row) => [...liveAdminRoles(row)] as typeof row.adminRoles,
      adminAccessExpiresAt: (row) => row.adminAccessExpiresAt,
      adminAccessStatus: (row) => adminAccessStatus(row, deps.adminClock),
      autoExtend: (row) => row.autoExtend && hasLiveAdminAccess(row),
      canTransact: async (row, _, ctx) => canTransact(row.roles, row.status, await ctx.loaders.agreementStanding.load(row.customerTenantId)),
      partnerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.partnerId))?.legalName ?? '',
      customerName: (row) => row.customerName || null,
      customerDomain: (row) => row.customerDomain || null,
      assignedUser: (row) => (row.assignedUserId ? { id: row.assignedUserId } : null),
      // B3: the partner's own arrangement of its users; the customer sees the roles it granted, not who holds them.
      adminAccessAssignments: (row, _, ctx) =>
        requireUser(ctx.principal).tenantId === row.partnerTenantId ? ctx.loaders.adminAccessAssignments.load(row.id) : [],
    },
  };
}

/** A relationship for a user of either side (or an operator); null, as if it did not exist, for anyone else. */
async function visibleRelationship(ctx: RelationshipContext, principal: Principal, id: string): Promise<RelationshipRow | null> {
  const row = await ctx.loaders.relationship.load(id);
  return row && visibleTo(principal, row.partnerTenantId, row.customerTenantId) ? row : null;
}
