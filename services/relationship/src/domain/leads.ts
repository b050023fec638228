import { DomainError, domainOfEmail, invalid } from '@channelgraph/common/domain';

/**
 * R18: an invitation from a directory lead goes to the organisation that sent the lead: to the
 * address it asked to be answered at, or to any address at its domain. `customerDomain` is the
 * customer's as this service knows it (null while its sign-up has not arrived).
 */
export function checkInviteeOfLead(inviteeEmail: string, lead: { contactEmail: string }, customerDomain: string | null): void {
  const email = inviteeEmail.toLowerCase();
  if (email === lead.contactEmail.toLowerCase()) return;
  if (customerDomain === null) throw new DomainError('CONFLICT', 'The organisation that sent this lead is not known here yet; try again in a moment.');
  if (domainOfEmail(email) !== customerDomain.toLowerCase())
    throw invalid('customerEmail', `This lead came from ${customerDomain}: invite its contact (${lead.contactEmail}) or another address at ${customerDomain}.`);
}
