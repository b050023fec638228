import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeForCustomer } from '../domain/admin-change';
import { checkLinkOpensRequest, checkOpenForInvitee, senderTenantsOf } from '../domain/requests';
import { RequestEvents } from '../events/published';
import { RelationshipRequestRow } from '../store/entities';
import { requestPartnerNames } from '../store/partners.repository';
import { recordAnswer, requestOfLinkToken } from '../store/requests.repository';
import { changeRequestClosed } from './change-request-closed';

/** R5: the invitee declines; nothing is established (B2: for a change of admin access, nothing changes). */
export function declineRelationshipRequest(deps: { unitOfWork: UnitOfWork }, principal: Principal, token: string): Promise<RelationshipRequestRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const request = checkLinkOpensRequest(await requestOfLinkToken(manager, token, true));
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenantsOf(request) }, principal.tenantId);
    if (request.kind === 'ADMIN_ACCESS_CHANGE') checkChangeForCustomer(request, principal.tenantId);
    const declined = { ...request, status: 'DECLINED' as const, respondedByTenantId: principal.tenantId, updatedAt: new Date() };
    await recordAnswer(manager, request.id, declined.status, principal.tenantId, declined.updatedAt);
    if (request.kind === 'ADMIN_ACCESS_CHANGE') raise(await changeRequestClosed(manager, declined));
    else raise(RequestEvents.declined(declined, await requestPartnerNames(manager, declined)));
    return declined;
  });
}
