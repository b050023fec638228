import { EventHandler, hashLinkToken, IndirectResellerInvitedV1, InvitationLinkIssuedV1, RelationshipRequestedV1 } from '@channelgraph/common';
import { invitationEntity } from '../../store/entities';
import type { EmailRule, EmailRules } from './email.handler';

/** The events that carry an invitation's link: today's, and the v1 events that carried it on the shared topic. */
type Invited = InvitationLinkIssuedV1 | RelationshipRequestedV1 | IndirectResellerInvitedV1;

/**
 * Keeps what R17 needs to let the sender send each invitation: who it is for, and the hash of its
 * link's token, so that a message can be checked to hold the link without the link being stored.
 */
export const projectInvitation: EventHandler<Invited> = async (event, { manager }) => {
    const data = event.data;
    await manager.getRepository(invitationEntity).upsert(
      {
        requestId: data.requestId,
        kind: data.kind,
        senderTenantId: data.partnerTenantId,
        partnerName: data.partnerName,
        providerName: data.indirectProviderName,
        inviteeEmail: data.inviteeEmail,
        tokenHash: hashLinkToken(data.invitationToken),
        expiresAt: new Date(data.expiresAt),
      },
      ['requestId'],
    );
  };

/** R13: the provider's invitation goes to the reseller straight away (a customer's is sent by its partner, R17). */
const resellerInvitation: EmailRule<Invited> = {
    kind: 'INDIRECT_RESELLER_INVITATION',
    template: 'indirect-reseller-invitation',
    when: (data) => data.kind === 'INDIRECT_RESELLER',
    recipients: (data) => [{ email: data.inviteeEmail }],
    tenantId: (data) => data.partnerTenantId,
    values: (data, { links }) => ({
      providerName: data.partnerName,
      authorizeUrl: links.invitation(data.kind, data.invitationToken),
      expiresAt: new Date(data.expiresAt).toUTCString(),
    }),
};

/** Links arrive on channelgraph.relationship.links; the v1 events published before it carried them on the shared topic. */
export const INVITATION_LINK_EVENTS = [
  'channelgraph.relationship.InvitationLinkIssued.v1',
  'channelgraph.relationship.RelationshipRequested.v1',
  'channelgraph.relationship.IndirectResellerInvited.v1',
];

export const invitationRules = {
  'channelgraph.relationship.InvitationLinkIssued.v1': resellerInvitation,
  'channelgraph.relationship.IndirectResellerInvited.v1': resellerInvitation,
} satisfies EmailRules;
