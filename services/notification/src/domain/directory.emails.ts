import type { LeadAnsweredV1, Links, PartnersContactedV1 } from '@channelgraph/common/domain';
import { EmailDecision, emailsTo, send } from './emails';

type LeadPartner = PartnersContactedV1['partners'][number];

/** One email per address: two partners sharing a primary contact get one email (the first partner's). */
function recipientsOf(data: PartnersContactedV1): LeadPartner[] {
  const seen = new Set<string>();
  return data.partners.filter((partner) => {
    const key = partner.primaryContactEmail.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const otherPartners = (count: number) => (count <= 0 ? '' : count === 1 ? 'one other partner' : `${count} other partners`);

/** The lead email (R1): each contacted partner's primary contact hears who needs what and whom to answer. */
export function leadEmails(data: PartnersContactedV1, links: Links): EmailDecision {
  const partners = recipientsOf(data);
  // Each lead email belongs to the contacted partner's tenant.
  const recipients = partners.map((partner) => ({ email: partner.primaryContactEmail, name: partner.primaryContactFirstName, tenantId: partner.tenantId }));
  return send(
    emailsTo({ kind: 'PARTNER_LEAD', template: 'partner-lead', tenantId: null }, recipients, {
      customerName: data.customerName,
      need: data.need,
      quotedNeed: data.need
        .split(/\r?\n/)
        .map((line) => `> ${line}`.trimEnd())
        .join('\n'),
      contactEmail: data.contactEmail,
      contactedAt: new Date(data.contactedAt).toUTCString(),
      // The template picks the recipient's own partner by address (`to`).
      legalNameByEmail: Object.fromEntries(partners.map((partner) => [partner.primaryContactEmail, partner.legalName])),
      otherPartners: otherPartners(data.partners.length - 1),
      signInUrl: links.signIn(),
    }),
  );
}

const quoted = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

/**
 * R18: a partner answered a lead. The answer goes to the address the customer gave for replies,
 * with Reply-To the partner user who wrote it, so the customer's reply reaches that person and not
 * the platform. Filed under the customer's tenant.
 */
export function leadAnsweredEmails(data: LeadAnsweredV1): EmailDecision {
  const [email] = emailsTo(
    { kind: 'LEAD_ANSWERED', template: 'lead-answered', tenantId: data.customerTenantId },
    [{ email: data.contactEmail, name: data.customerName, tenantId: data.customerTenantId }],
    {
      partnerName: data.partnerName,
      customerName: data.customerName,
      answeredByName: data.answeredBy.fullName,
      answeredByEmail: data.answeredBy.email,
      message: data.message,
      quotedNeed: quoted(data.need),
      need: data.need,
    },
  );
  return send([{ ...email, replyTo: data.answeredBy.email }]);
}
