import type { Links, ReferralCreatedV1 } from '@channelgraph/common/domain';
import { EmailDecision, emailsOrWait } from './emails';
import { contactsOf, PartnerContact } from './recipients';
import { dateOf } from './wording';

/** R18: the vendor referred a customer to the partner: its primary contact hears who, what for, and until when to answer. */
export function referralCreatedEmails(data: ReferralCreatedV1, partner: PartnerContact | null, links: Links): EmailDecision {
  return emailsOrWait(
    { kind: 'REFERRAL_CREATED', template: 'referral-created', tenantId: data.partnerTenantId },
    contactsOf([{ partnerId: data.partnerId, contact: partner }]),
    () => ({
      partnerName: data.partnerName,
      customerName: data.customerName,
      customerEmail: data.customerEmail,
      need: data.need,
      quotedNeed: data.need
        .split(/\r?\n/)
        .map((line) => `> ${line}`.trimEnd())
        .join('\n'),
      expiresAt: dateOf(data.expiresAt),
      signInUrl: links.signIn(),
    }),
  );
}
