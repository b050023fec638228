import { requireRole, Role } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { importExistingRelationships, ExistingRelationship } from '../application/imports';
import { cancelRelationshipRequest, inviteCustomerWithProvider, inviteIndirectReseller, requestRelationship } from '../application/invitations';
import { removeAdminPrivileges, deleteRelationship, removeProviderAdminAccess, revokeIndirectLink, terminateRelationship } from '../application/controls';
import { acceptRelationshipRequest, authorizeIndirectProvider, declineRelationshipRequest } from '../application/responses';
import { RelationshipContext, RelationshipDeps } from './context';

const INVITERS = [Role.ADMIN_AGENT, Role.SALES_AGENT] as const;
const { GLOBAL_ADMIN, ADMIN_AGENT, PLATFORM_OPERATOR } = Role;

/** Who may do what is decided here (roles) and in the use cases (tenant, partner status, ownership). */
export function mutationResolvers(deps: RelationshipDeps): GraphQLResolverMap<RelationshipContext> {
  const created = (result: { request: object; invitationUrl: string; emailDraft: object }) => ({ ...result.request, invitationUrl: result.invitationUrl, emailDraft: result.emailDraft });
  return {
    Mutation: {
      requestRelationship: async (_: unknown, { input }: { input: { roles: string[]; customerEmail: string } }, ctx: RelationshipContext) =>
        created(await requestRelationship(deps, requireRole(ctx.principal, INVITERS), input)),
      inviteIndirectReseller: async (_: unknown, { input }: { input: { resellerEmail: string } }, ctx: RelationshipContext) =>
        created(await inviteIndirectReseller(deps, requireRole(ctx.principal, INVITERS), input)),
      inviteCustomerWithProvider: async (_: unknown, { input }: { input: { providerId: string; customerEmail: string } }, ctx: RelationshipContext) =>
        created(await inviteCustomerWithProvider(deps, requireRole(ctx.principal, INVITERS), input)),
      acceptRelationshipRequest: (_: unknown, { input }: { input: { token: string; acceptAgreement?: { templateId: string; confirmRead: boolean } } }, ctx: RelationshipContext) =>
        acceptRelationshipRequest(deps, requireRole(ctx.principal, [GLOBAL_ADMIN]), input),
      authorizeIndirectProvider: (_: unknown, { input }: { input: { token: string; confirm: boolean } }, ctx: RelationshipContext) =>
        authorizeIndirectProvider(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input),
      declineRelationshipRequest: (_: unknown, { input }: { input: { token: string } }, ctx: RelationshipContext) =>
        declineRelationshipRequest(deps, requireRole(ctx.principal, [GLOBAL_ADMIN, ADMIN_AGENT]), input.token),
      cancelRelationshipRequest: (_: unknown, { input }: { input: { id: string } }, ctx: RelationshipContext) =>
        cancelRelationshipRequest(deps, requireRole(ctx.principal, INVITERS), input.id),
      removeAdminPrivileges: (_: unknown, { input }: { input: { relationshipId: string } }, ctx: RelationshipContext) =>
        removeAdminPrivileges(deps, requireRole(ctx.principal, [GLOBAL_ADMIN]), input.relationshipId),
      deleteRelationship: (_: unknown, { input }: { input: { relationshipId: string } }, ctx: RelationshipContext) =>
        deleteRelationship(deps, requireRole(ctx.principal, [GLOBAL_ADMIN]), input.relationshipId),
      terminateRelationship: (_: unknown, { input }: { input: { relationshipId: string } }, ctx: RelationshipContext) =>
        terminateRelationship(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input.relationshipId),
      removeProviderAdminAccess: (_: unknown, { input }: { input: { linkId: string } }, ctx: RelationshipContext) =>
        removeProviderAdminAccess(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input.linkId),
      revokeIndirectLink: (_: unknown, { input }: { input: { linkId: string } }, ctx: RelationshipContext) =>
        revokeIndirectLink(deps, requireRole(ctx.principal, [ADMIN_AGENT]), input.linkId),
      importExistingRelationships: (_: unknown, { input }: { input: { relationships: ExistingRelationship[] } }, ctx: RelationshipContext) => {
        requireRole(ctx.principal, [PLATFORM_OPERATOR]);
        return importExistingRelationships(deps, input.relationships);
      },
    },
  };
}
