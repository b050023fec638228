import { DomainError, Principal, UnitOfWork } from '@channelgraph/common';
import { checkAutoExtendAllowed, checkHasAdminAccess } from '../domain/admin-access';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';
import { adminAccessChanged } from './admin-access-assignments';

/** The most relationships one bulk change takes: a page of the Expiring admin access list (GDAP's portal takes 25). */
export const MAX_BULK_AUTO_EXTEND = 100;

/**
 * B1: the partner switches auto-extension of its admin access to one customer on or off (never with global
 * admin). Each change is an event, and the customer's admins are emailed (GDAP tells them nothing).
 */
export function setAutoExtend(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { relationshipId: string; autoExtend: boolean },
): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = await relationshipOfTenantForUpdate(manager, input.relationshipId, 'partner', principal.tenantId);
    if (!relationship) throw new DomainError('NOT_FOUND', 'No relationship with this id is yours to change.');
    checkHasAdminAccess(relationship);
    checkAutoExtendAllowed('autoExtend', relationship.adminRoles, input.autoExtend);
    if (relationship.autoExtend === input.autoExtend) return relationship;
    const changed: RelationshipRow = { ...relationship, autoExtend: input.autoExtend, updatedAt: new Date() };
    await saveRelationship(manager, changed);
    await adminAccessChanged({ manager, raise }, 'AUTO_EXTEND_SET', changed, await partnerName(manager, relationship.partnerId), relationship, {
      byUserId: principal.userId,
    });
    return changed;
  });
}

/** B1: the same for many relationships, each in its own transaction, so one refusal (say, global admin) leaves the others changed. */
export async function setAutoExtendForMany(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { relationshipIds: string[]; autoExtend: boolean },
): Promise<{ relationships: RelationshipRow[]; refused: Array<{ relationshipId: string; code: string; message: string }> }> {
  const ids = [...new Set(input.relationshipIds)];
  if (ids.length === 0 || ids.length > MAX_BULK_AUTO_EXTEND) {
    throw new DomainError('BAD_USER_INPUT', `Choose 1 to ${MAX_BULK_AUTO_EXTEND} relationships at a time; this was ${ids.length}.`, 'relationshipIds');
  }
  const relationships: RelationshipRow[] = [];
  const refused: Array<{ relationshipId: string; code: string; message: string }> = [];
  for (const relationshipId of ids) {
    try {
      relationships.push(await setAutoExtend(deps, principal, { relationshipId, autoExtend: input.autoExtend }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.push({ relationshipId, code: error.code, message: error.message });
    }
  }
  return { relationships, refused };
}
