import { DomainError, UnitOfWork } from '@channelgraph/common';
import { isReservedAddress } from '../domain/reserved-addresses';
import type { PartnerRow } from '../store/entities';
import { lockedPartnerById } from '../store/partners.repository';
import { markPrimaryContactVerified } from './verify-primary-contact';

/**
 * Verifies the primary contact of applications whose contact address can never receive mail
 * (domain/reserved-addresses), as the demo's partners have: the demo seeds without reading mail
 * back, whatever SMTP server the platform sends through. Any other address is refused: its owner
 * verifies by the emailed link, and this is an operator's command, not part of the graph.
 */
export async function verifyReservedContacts(deps: { unitOfWork: UnitOfWork }, partnerIds: string[]): Promise<PartnerRow[]> {
  const verified: PartnerRow[] = [];
  for (const partnerId of partnerIds) {
    verified.push(
      await deps.unitOfWork.run(async (tx) => {
        const partner = await lockedPartnerById(tx.manager, partnerId);
        if (!partner) throw new DomainError('NOT_FOUND', `There is no partner application ${partnerId}.`);
        if (!isReservedAddress(partner.primaryEmail)) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `${partner.primaryEmail} can receive mail: its owner verifies it with the link in the verification email, not this command.`,
          );
        }
        return partner.status === 'EMAIL_VERIFICATION_PENDING' ? markPrimaryContactVerified(tx, partner) : partner;
      }),
    );
  }
  return verified;
}
