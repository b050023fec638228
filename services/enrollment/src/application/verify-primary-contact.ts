import { DomainError, hashLinkToken, invalid, Transaction, UnitOfWork } from '@channelgraph/common';
import { nextStatus } from '../domain/enrollment';
import { PartnerEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { lockedExistingPartner, updatePartner } from '../store/partners.repository';
import { lockedVerificationLink, markVerificationLinkUsed } from '../store/verification-tokens.repository';

/** The link holder confirms the primary contact's address: the application moves to IN_REVIEW. */
export async function verifyPrimaryContact(deps: { unitOfWork: UnitOfWork }, token: string): Promise<PartnerRow> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw invalid('token', 'This verification link is not valid; use the link from the most recent email.');
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    // Locked so two clicks on the same link cannot both succeed.
    const link = await lockedVerificationLink(manager, hashLinkToken(token));
    if (!link) throw invalid('token', 'This verification link is not valid; use the link from the most recent email.');
    if (link.usedAt) throw new DomainError('CONFLICT', 'This verification link was already used.', 'token');
    if (link.expiresAt.getTime() < Date.now()) throw invalid('token', 'This verification link has expired; ask your admin to request a new one.');
    await markVerificationLinkUsed(manager, link.tokenHash, new Date());
    return markPrimaryContactVerified({ manager, raise }, await lockedExistingPartner(manager, link.partnerId));
  });
}

/** The primary contact's address is confirmed: the application moves on to review, and PartnerVerified tells the others. */
export async function markPrimaryContactVerified({ manager, raise }: Pick<Transaction, 'manager' | 'raise'>, partner: PartnerRow): Promise<PartnerRow> {
  const now = new Date();
  const verified: PartnerRow = { ...partner, status: nextStatus(partner.status, 'VERIFY'), primaryVerifiedAt: now, statusChangedAt: now };
  await updatePartner(manager, partner.id, { status: verified.status, primaryVerifiedAt: now, statusChangedAt: now });
  raise(PartnerEvents.verified(verified));
  return verified;
}
