import { DomainError, invalid } from '@channelgraph/common/domain';

/** B2: ADMIN_ACCESS_CHANGE asks a customer to change a partner's admin access in place. */
export type RequestKind = 'CUSTOMER' | 'INDIRECT_RESELLER' | 'CUSTOMER_WITH_PROVIDER' | 'ADMIN_ACCESS_CHANGE';
export type RequestStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED';

/**
 * When a request counts as expired: PENDING, and its expiry instant reached
 * (`expiresAt <= now`). The store's queries state the same rule in SQL
 * (`pendingExpired` in store/requests.repository.ts), for lists and the sweep.
 */
export function isExpired(status: string, expiresAt: Date, now = new Date()): boolean {
  return status === 'PENDING' && expiresAt.getTime() <= now.getTime();
}

/** A stored PENDING request past its expiry reads as EXPIRED everywhere, whether or not a sweep has run yet. */
export function effectiveStatus(status: string, expiresAt: Date, now = new Date()): RequestStatus {
  return isExpired(status, expiresAt, now) ? 'EXPIRED' : (status as RequestStatus);
}

/** R3, R4: accepting a request with the RESELLER role needs the current Customer Agreement (RelationshipRequest.agreementRequired). */
export const needsCustomerAgreement = (roles: readonly string[]): boolean => roles.includes('RESELLER');

const CLOSED: Record<Exclude<RequestStatus, 'PENDING'>, string> = {
  ACCEPTED: 'This invitation was already accepted; it works once.',
  DECLINED: 'This invitation was declined.',
  CANCELLED: 'The partner cancelled this invitation; ask them for a new one.',
  EXPIRED: 'This invitation has expired; ask the partner for a new one.',
};

/** The invitee may act only on a PENDING, unexpired request, and never from the sender's own tenant. */
export function checkOpenForInvitee(request: { status: string; expiresAt: Date; senderTenantIds: string[] }, inviteeTenantId: string): void {
  const status = effectiveStatus(request.status, request.expiresAt);
  if (status !== 'PENDING') throw new DomainError('CONFLICT', CLOSED[status], 'token');
  if (request.senderTenantIds.includes(inviteeTenantId)) {
    throw new DomainError('FORBIDDEN', 'You sent this invitation: it must be accepted by the organisation it was sent to.');
  }
}

export function checkCancellable(status: string, expiresAt: Date): void {
  const current = effectiveStatus(status, expiresAt);
  if (current !== 'PENDING') throw new DomainError('CONFLICT', `Only a pending invitation can be cancelled; this one is ${current}.`);
}

/** R3, R4: a RESELLER role needs the current Customer Agreement accepted — before, or in this very acceptance. */
export function checkAgreementForAcceptance(
  roles: readonly string[],
  alreadyAccepted: boolean,
  currentVersion: string | null,
  given: { templateId: string; confirmRead: boolean } | null | undefined,
  /** The version of `given.templateId` as this service knows it (any language of a version is that version). */
  givenVersion: string | null,
): { templateId: string; version: string } | null {
  const isCurrent = given !== null && given !== undefined && currentVersion !== null && givenVersion === currentVersion;
  if (!needsCustomerAgreement(roles)) return isCurrent && given.confirmRead ? { templateId: given.templateId, version: currentVersion } : null;
  if (alreadyAccepted && !given) return null;
  if (!currentVersion) throw new DomainError('CONFLICT', 'No Customer Agreement is published yet; try again later.');
  if (!given) {
    throw invalid(
      'acceptAgreement',
      'A reseller relationship needs the current Customer Agreement: read it, tick the box, and send acceptAgreement { templateId, confirmRead: true }.',
    );
  }
  if (!isCurrent) {
    throw invalid('acceptAgreement.templateId', 'This is not the current Customer Agreement; reload the page and accept the current version.');
  }
  if (!given.confirmRead) throw invalid('acceptAgreement.confirmRead', 'Confirm that you have read the Customer Agreement before accepting it.');
  return { templateId: given.templateId, version: currentVersion };
}

/** A link token that opens no request is a clear error, whether malformed or unknown. */
export function checkLinkOpensRequest<T>(request: T | null): T {
  if (!request) throw invalid('token', 'This invitation link is not valid; open the link from the email you received.');
  return request;
}

/** The tenants that sent a request: the partner and, for a combined invitation (R19), its provider. */
export function senderTenantsOf(request: { partnerTenantId: string; indirectProviderTenantId: string | null }): string[] {
  return [request.partnerTenantId, ...(request.indirectProviderTenantId ? [request.indirectProviderTenantId] : [])];
}
