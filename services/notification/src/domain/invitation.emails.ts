import type { IndirectResellerInvitedV1, InvitationLinkIssuedV1, Links } from '@channelgraph/common/domain';
import { EmailDecision, emailsTo, noEmail, send } from './emails';

/** The events that carry a reseller invitation's link: today's, and the v1 event that carried it on the shared topic. */
export type InvitationLink = InvitationLinkIssuedV1 | IndirectResellerInvitedV1;

/** R13: the provider's invitation goes to the reseller straight away (a customer's is sent by its partner, R17). */
export function resellerInvitationEmails(data: InvitationLink, links: Links): EmailDecision {
  if (data.kind !== 'INDIRECT_RESELLER') return noEmail;
  return send(
    emailsTo(
      { kind: 'INDIRECT_RESELLER_INVITATION', template: 'indirect-reseller-invitation', tenantId: data.partnerTenantId },
      [{ email: data.inviteeEmail }],
      {
        providerName: data.partnerName,
        authorizeUrl: links.invitation(data.kind, data.invitationToken),
        expiresAt: new Date(data.expiresAt).toUTCString(),
      },
    ),
  );
}
