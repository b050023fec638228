import type { IndirectLinkRevokedV1, IndirectProviderAuthorizedV1, Links, ProviderAdminAccessRemovedV1 } from '@channelgraph/common/domain';
import { EmailDecision, emailsOrWait } from './emails';
import { contactsOf, PartnerContact, Recipient } from './recipients';
import { dateOf } from './wording';

/** What every link event carries. */
type LinkFacts = IndirectProviderAuthorizedV1 | ProviderAdminAccessRemovedV1 | IndirectLinkRevokedV1;

/* R13: what a reseller does to its indirect provider link goes to the provider; a revoked link to the other side. */

const linkValues = (data: LinkFacts) => ({ providerName: data.providerName, resellerName: data.resellerName });

/** IndirectProviderAuthorized: the provider hears that a reseller authorised it (R13). */
export function providerAuthorizedEmails(data: IndirectProviderAuthorizedV1, provider: PartnerContact | null, links: Links): EmailDecision {
  return emailsOrWait(
    { kind: 'INDIRECT_PROVIDER_AUTHORIZED', template: 'indirect-provider-authorized', tenantId: data.providerTenantId },
    contactsOf([{ partnerId: data.providerId, contact: provider }]),
    () => ({
      ...linkValues(data),
      authorizedAt: dateOf(data.authorizedAt),
      signInUrl: links.signIn(),
    }),
  );
}

/** ProviderAdminAccessRemoved: the provider hears that the reseller removed its admin access; the link stays (R13). */
export function providerAdminAccessRemovedEmails(data: ProviderAdminAccessRemovedV1, provider: PartnerContact | null, links: Links): EmailDecision {
  return emailsOrWait(
    { kind: 'PROVIDER_ADMIN_ACCESS_REMOVED', template: 'provider-admin-access-removed', tenantId: data.providerTenantId },
    contactsOf([{ partnerId: data.providerId, contact: provider }]),
    () => ({ ...linkValues(data), removedAt: dateOf(data.removedAt), signInUrl: links.signIn() }),
  );
}

/**
 * IndirectLinkRevoked: the side that did not revoke the link hears of it from the side that did
 * (relationship only lets the two sides revoke). Each side's email is filed under its own tenant.
 */
export function linkRevokedEmails(
  data: IndirectLinkRevokedV1,
  contacts: { provider: PartnerContact | null; reseller: PartnerContact | null },
  links: Links,
): EmailDecision {
  const sides = [
    { partnerId: data.providerId, contact: contacts.provider, toProvider: true, revokedBy: data.resellerName },
    { partnerId: data.resellerId, contact: contacts.reseller, toProvider: false, revokedBy: data.providerName },
  ].filter((side) => side.partnerId !== data.revokedByPartnerId);
  const reach = contactsOf(sides);
  const recipients =
    'waitFor' in reach
      ? reach
      : {
          recipients: reach.recipients.map((recipient, i): Recipient => ({
            ...recipient,
            values: { ...recipient.values, toProvider: sides[i].toProvider, revokedBy: sides[i].revokedBy },
          })),
        };
  return emailsOrWait({ kind: 'INDIRECT_LINK_REVOKED', template: 'indirect-link-revoked', tenantId: null }, recipients, () => ({
    ...linkValues(data),
    revokedAt: dateOf(data.revokedAt),
    signInUrl: links.signIn(),
  }));
}
