import { DomainError, notFound, Principal, UnitOfWork } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import { checkCustomerMayDelete, withoutAdminPrivileges } from '../domain/roles';
import { LinkEvents, RelationshipEvents } from '../events/published';
import { Facts } from '../store/facts';
import { indirectLinkEntity, IndirectLinkRow, relationshipEntity, RelationshipRow } from '../store/entities';

type Side = 'customer' | 'partner';

/** An ACTIVE relationship of the caller's tenant, on the given side, locked; anyone else's does not exist for the caller. */
async function ownRelationship(manager: EntityManager, principal: Principal, id: string, side: Side): Promise<RelationshipRow> {
  const where = side === 'customer' ? { id, customerTenantId: principal.tenantId } : { id, partnerTenantId: principal.tenantId };
  const relationship = await manager.getRepository(relationshipEntity).findOne({ where, lock: { mode: 'pessimistic_write' } });
  if (!relationship) throw notFound('No relationship with this id is yours to change.');
  if (relationship.status !== 'ACTIVE') throw new DomainError('CONFLICT', 'This relationship has already ended.');
  return relationship;
}

const partnerNameOf = async (manager: EntityManager, partnerId: string) => (await Facts.partner(manager, partnerId))?.legalName ?? 'The partner';

/** R6: the customer removes delegated admin; the relationship stays with its other roles. */
export function removeAdminPrivileges(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = await ownRelationship(manager, principal, relationshipId, 'customer');
    const roles = withoutAdminPrivileges(relationship.roles);
    // A relationship whose only role was delegated admin has nothing left: it ends.
    const updated: RelationshipRow = { ...relationship, roles, status: roles.length === 0 ? 'TERMINATED' : 'ACTIVE', updatedAt: new Date() };
    await manager.getRepository(relationshipEntity).save(updated);
    raise(RelationshipEvents.adminPrivilegesRemoved(updated, await partnerNameOf(manager, updated.partnerId), principal.userId));
    return updated;
  });
}

/** R7: the customer deletes a relationship only where every role is delegated admin or advisor. */
export function deleteRelationship(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = await ownRelationship(manager, principal, relationshipId, 'customer');
    checkCustomerMayDelete(relationship.roles);
    const ended: RelationshipRow = { ...relationship, status: 'TERMINATED', updatedAt: new Date() };
    await manager.getRepository(relationshipEntity).save(ended);
    raise(RelationshipEvents.deleted(ended, await partnerNameOf(manager, ended.partnerId), principal.userId));
    return ended;
  });
}

/** The partner ends one of its relationships. */
export function terminateRelationship(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = await ownRelationship(manager, principal, relationshipId, 'partner');
    const ended: RelationshipRow = { ...relationship, status: 'TERMINATED', updatedAt: new Date() };
    await manager.getRepository(relationshipEntity).save(ended);
    raise(RelationshipEvents.terminated(ended, await partnerNameOf(manager, ended.partnerId), principal.userId));
    return ended;
  });
}

async function ownLink(manager: EntityManager, principal: Principal, id: string, sides: Array<'provider' | 'reseller'>): Promise<IndirectLinkRow> {
  const link = await manager.getRepository(indirectLinkEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  const mine = link && sides.some((side) => (side === 'provider' ? link.providerTenantId : link.resellerTenantId) === principal.tenantId);
  if (!link || !mine) throw notFound('No indirect provider link with this id is yours to change.');
  if (link.status !== 'ACTIVE') throw new DomainError('CONFLICT', 'This indirect provider link has already ended.');
  return link;
}

async function linkNames(manager: EntityManager, link: IndirectLinkRow) {
  return { providerName: await partnerNameOf(manager, link.providerId), resellerName: await partnerNameOf(manager, link.resellerId) };
}

/** R13: the reseller takes back its provider's admin access to its tenant; the partnership stays. */
export function removeProviderAdminAccess(deps: { unitOfWork: UnitOfWork }, principal: Principal, linkId: string): Promise<IndirectLinkRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const link = await ownLink(manager, principal, linkId, ['reseller']);
    if (!link.providerAdminAccess) throw new DomainError('CONFLICT', 'This provider has no admin access to remove.');
    const updated = { ...link, providerAdminAccess: false, updatedAt: new Date() };
    await manager.getRepository(indirectLinkEntity).save(updated);
    raise(LinkEvents.adminAccessRemoved(updated, await linkNames(manager, updated)));
    return updated;
  });
}

/** Either side ends the indirect provider link. */
export function revokeIndirectLink(deps: { unitOfWork: UnitOfWork }, principal: Principal, linkId: string): Promise<IndirectLinkRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const link = await ownLink(manager, principal, linkId, ['provider', 'reseller']);
    const revoked = { ...link, status: 'TERMINATED', providerAdminAccess: false, updatedAt: new Date() };
    await manager.getRepository(indirectLinkEntity).save(revoked);
    const byPartnerId = principal.tenantId === link.providerTenantId ? link.providerId : link.resellerId;
    raise(LinkEvents.revoked(revoked, await linkNames(manager, revoked), byPartnerId));
    return revoked;
  });
}
