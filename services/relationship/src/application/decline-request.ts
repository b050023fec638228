import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkLinkOpensRequest, checkOpenForInvitee, senderTenantsOf } from '../domain/requests';
import { RequestEvents } from '../events/published';
import { RelationshipRequestRow } from '../store/entities';
import { requestPartnerNames } from '../store/partners.repository';
import { recordAnswer, requestOfLinkToken } from '../store/requests.repository';

/** R5: the invitee declines; nothing is established. */
export function declineRelationshipRequest(deps: { unitOfWork: UnitOfWork }, principal: Principal, token: string): Promise<RelationshipRequestRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const request = checkLinkOpensRequest(await requestOfLinkToken(manager, token, true));
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenantsOf(request) }, principal.tenantId);
    const declined = { ...request, status: 'DECLINED' as const, respondedByTenantId: principal.tenantId, updatedAt: new Date() };
    await recordAnswer(manager, request.id, declined.status, principal.tenantId, declined.updatedAt);
    raise(RequestEvents.declined(declined, await requestPartnerNames(manager, declined)));
    return declined;
  });
}
