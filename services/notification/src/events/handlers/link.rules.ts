import type { IndirectLinkRevokedV1, IndirectProviderAuthorizedV1, ProviderAdminAccessRemovedV1 } from '@channelgraph/common';
import type { EmailRule, EmailRules, Recipient, RecipientLookup } from './email.handler';
import { partnerContact } from './partner-contacts.projection';
import { dateOf } from './wording';

type Authorized = IndirectProviderAuthorizedV1;
type AdminAccessRemoved = ProviderAdminAccessRemovedV1;
type Revoked = IndirectLinkRevokedV1;
/** What every link event carries. */
type LinkFacts = Authorized | AdminAccessRemoved | Revoked;

const linkValues = (data: LinkFacts) => ({ providerName: data.providerName, resellerName: data.resellerName });

/** The side that did not revoke the link hears of it from the side that did (relationship only lets the two sides revoke). */
async function otherSide(data: Revoked, lookup: RecipientLookup): Promise<Recipient[]> {
  const sides = [
    { partnerId: data.providerId, toProvider: true, revokedBy: data.resellerName },
    { partnerId: data.resellerId, toProvider: false, revokedBy: data.providerName },
  ].filter((side) => side.partnerId !== data.revokedByPartnerId);
  const recipients: Recipient[] = [];
  for (const side of sides) {
    for (const recipient of await partnerContact(lookup, side.partnerId)) recipients.push({ ...recipient, values: { ...recipient.values, toProvider: side.toProvider, revokedBy: side.revokedBy } });
  }
  return recipients;
}

/** R13: what a reseller does to its indirect provider link goes to the provider; a revoked link to the other side. */
export const linkRules = {
  'channelgraph.relationship.IndirectProviderAuthorized.v1': {
    kind: 'INDIRECT_PROVIDER_AUTHORIZED',
    template: 'indirect-provider-authorized',
    recipients: (data, lookup) => partnerContact(lookup, data.providerId),
    tenantId: (data) => data.providerTenantId,
    values: (data, { links }) => ({ ...linkValues(data), authorizedAt: dateOf(data.authorizedAt), signInUrl: links.signIn() }),
  } satisfies EmailRule<Authorized>,
  'channelgraph.relationship.ProviderAdminAccessRemoved.v1': {
    kind: 'PROVIDER_ADMIN_ACCESS_REMOVED',
    template: 'provider-admin-access-removed',
    recipients: (data, lookup) => partnerContact(lookup, data.providerId),
    tenantId: (data) => data.providerTenantId,
    values: (data, { links }) => ({ ...linkValues(data), removedAt: dateOf(data.removedAt), signInUrl: links.signIn() }),
  } satisfies EmailRule<AdminAccessRemoved>,
  'channelgraph.relationship.IndirectLinkRevoked.v1': {
    kind: 'INDIRECT_LINK_REVOKED',
    template: 'indirect-link-revoked',
    recipients: otherSide,
    // Each side's email is filed under its own tenant (set per recipient).
    tenantId: () => null,
    values: (data, { links }) => ({
      ...linkValues(data),
      revokedAt: dateOf(data.revokedAt),
      signInUrl: links.signIn(),
    }),
  } satisfies EmailRule<Revoked>,
} satisfies EmailRules;
