import { UnitOfWork } from '@channelgraph/common';
import { effectiveStatus } from '../domain/requests';
import { RequestEvents } from '../events/published';
import { requestPartnerNames } from '../store/partners.repository';
import { requestsDueForExpiry, updateRequestStatus } from '../store/requests.repository';

/** Marks PENDING requests past their expiry as EXPIRED, with their event; reads already treat them as expired. */
export async function expireRequests(unitOfWork: UnitOfWork, batch = 100): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const due = await requestsDueForExpiry(manager, new Date(), batch);
    for (const request of due) {
      const expired = { ...request, status: effectiveStatus(request.status, request.expiresAt), updatedAt: new Date() };
      await updateRequestStatus(manager, request.id, expired.status, expired.updatedAt);
      raise(RequestEvents.expired(expired, await requestPartnerNames(manager, expired)));
    }
    return due.length;
  });
}
