import type { PartnersContactedV1 } from '@channelgraph/common';
import type { EmailRule, EmailRules } from './email.handler';

type PartnersContacted = PartnersContactedV1;
type LeadPartner = PartnersContacted['partners'][number];

/** One email per address: two partners sharing a primary contact get one email (the first partner's). */
function recipientsOf(data: PartnersContacted): LeadPartner[] {
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
export const directoryRules = {
  'channelgraph.enrollment.PartnersContacted.v1': {
    kind: 'PARTNER_LEAD',
    template: 'partner-lead',
    // Each lead email belongs to the contacted partner's tenant.
    recipients: (data) => recipientsOf(data).map((partner) => ({ email: partner.primaryContactEmail, name: partner.primaryContactFirstName, tenantId: partner.tenantId })),
    tenantId: () => null,
    values: (data, { links }) => ({
      customerName: data.customerName,
      need: data.need,
      quotedNeed: data.need.split(/\r?\n/).map((line) => `> ${line}`.trimEnd()).join('\n'),
      contactEmail: data.contactEmail,
      contactedAt: new Date(data.contactedAt).toUTCString(),
      // The template picks the recipient's own partner by address (`to`).
      legalNameByEmail: Object.fromEntries(recipientsOf(data).map((partner) => [partner.primaryContactEmail, partner.legalName])),
      otherPartners: otherPartners(data.partners.length - 1),
      signInUrl: links.signIn(),
    }),
  } satisfies EmailRule<PartnersContacted>,
} satisfies EmailRules;
