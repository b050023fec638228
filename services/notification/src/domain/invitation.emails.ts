import type { IndirectResellerInvitedV1, InvitationLinkIssuedV1, InvitationLinkIssuedV2, Links } from '@channelgraph/common/domain';
import { EmailDecision, emailsTo, noEmail, send } from './emails';

/** The events that carry a reseller invitation's link: today's (v2 adds the admin access asked, B1), v1, and the v1 event that carried it on the shared topic. */
export type InvitationLink = InvitationLinkIssuedV2 | InvitationLinkIssuedV1 | IndirectResellerInvitedV1;

/** R13: the provider's invitation goes to the reseller straight away (a customer's is sent by its partner, R17). */
export function resellerInvitationEmails(data: InvitationLink, links: Links): EmailDecision {
  // v2: only a change of admin access (B2), emailed by its own rule, has no invitee.
  if (data.kind !== 'INDIRECT_RESELLER' || data.inviteeEmail === null) return noEmail;
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
