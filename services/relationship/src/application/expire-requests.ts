import { UnitOfWork } from '@channelgraph/common';
import { RequestEvents } from '../events/published';
import { requestPartnerNames } from '../store/partners.repository';
import { requestsDueForExpiry, updateRequestStatus } from '../store/requests.repository';
import { changeRequestClosed } from './change-request-closed';

/** Marks PENDING requests past their expiry as EXPIRED, with their event; reads already treat them as expired. */
export async function expireRequests(unitOfWork: UnitOfWork, batch = 100): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const due = await requestsDueForExpiry(manager, new Date(), batch);
    for (const request of due) {
      const expired = { ...request, status: 'EXPIRED' as const, updatedAt: new Date() };
      await updateRequestStatus(manager, request.id, expired.status, expired.updatedAt);
      raise(
        request.kind === 'ADMIN_ACCESS_CHANGE'
          ? await changeRequestClosed(manager, expired)
          : RequestEvents.expired(expired, await requestPartnerNames(manager, expired)),
      );
    }
    return due.length;
  });
}
