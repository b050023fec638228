import { createLinkToken, Transaction } from '@channelgraph/common';
import { PartnerEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { deleteUnusedVerificationLinks, insertVerificationToken } from '../store/verification-tokens.repository';

/**
 * Issues a fresh verification link for the partner's primary contact and raises the events that
 * email it. Earlier links not used yet stop working, so only the newest email's link verifies
 * (and a link sent to a former primary contact verifies nothing).
 */
export async function requestVerification({ manager, raise }: Transaction, partner: PartnerRow, ttlHours: number): Promise<void> {
  await deleteUnusedVerificationLinks(manager, partner.id);
  const { token, hash } = createLinkToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3600 * 1000);
  await insertVerificationToken(manager, {
    tokenHash: hash,
    partnerId: partner.id,
    email: partner.primaryEmail,
    expiresAt,
    usedAt: null,
    createdAt: new Date(),
  });
  raise(PartnerEvents.verificationRequested(partner, expiresAt));
  raise(PartnerEvents.verificationLinkIssued(partner, token, expiresAt));
}
