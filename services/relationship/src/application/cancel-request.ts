import { DomainError, Principal, UnitOfWork } from '@channelgraph/common';
import { checkCancellable } from '../domain/requests';
import { RequestEvents } from '../events/published';
import { RelationshipRequestRow } from '../store/entities';
import { requestPartnerNames } from '../store/partners.repository';
import { sentRequestForUpdate, updateRequestStatus } from '../store/requests.repository';
import { changeRequestClosed } from './change-request-closed';

/** The sender withdraws a pending invitation; others' invitations do not exist for it. */
export function cancelRelationshipRequest(deps: { unitOfWork: UnitOfWork }, principal: Principal, id: string): Promise<RelationshipRequestRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const request = await sentRequestForUpdate(manager, id, principal.tenantId);
    if (!request) throw new DomainError('NOT_FOUND', 'No invitation with this id was sent by your organisation.');
    checkCancellable(request.status, request.expiresAt);
    const cancelled = { ...request, status: 'CANCELLED' as const, updatedAt: new Date() };
    await updateRequestStatus(manager, id, cancelled.status, cancelled.updatedAt);
    raise(
      request.kind === 'ADMIN_ACCESS_CHANGE'
        ? await changeRequestClosed(manager, cancelled)
        : RequestEvents.cancelled(cancelled, await requestPartnerNames(manager, cancelled)),
    );
    return cancelled;
  });
}
