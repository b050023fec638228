import type { EventHandler, Links } from '@channelgraph/common';
import { invitationEntity } from '../../store/entities';
import type { EmailRule } from './email.handler';

interface Invited {
  requestId: string;
  kind: string;
  partnerTenantId: string;
  partnerName: string;
  indirectProviderName: string | null;
  inviteeEmail: string;
  invitationToken: string;
  expiresAt: string;
}

/** Keeps each invitation's link (the only place besides the email itself), so its sender can send it (R17). */
export const projectInvitation =
  (links: Links): EventHandler =>
  async (event, { manager }) => {
    const data = event.data as Invited;
    await manager.getRepository(invitationEntity).upsert(
      {
        requestId: data.requestId,
        kind: data.kind,
        senderTenantId: data.partnerTenantId,
        partnerName: data.partnerName,
        providerName: data.indirectProviderName,
        inviteeEmail: data.inviteeEmail,
        invitationUrl: links.invitation(data.kind, data.invitationToken),
        expiresAt: new Date(data.expiresAt),
      },
      ['requestId'],
    );
  };

/** R13: the provider's invitation goes to the reseller straight away. */
export const invitationRules = {
  'channelgraph.relationship.IndirectResellerInvited.v1': {
    kind: 'INDIRECT_RESELLER_INVITATION',
    template: 'indirect-reseller-invitation',
    recipients: (data) => [{ email: data.inviteeEmail }],
    tenantId: (data) => data.partnerTenantId,
    values: (data, { links }) => ({
      providerName: data.partnerName,
      authorizeUrl: links.invitation(data.kind, data.invitationToken),
      expiresAt: new Date(data.expiresAt).toUTCString(),
    }),
  } satisfies EmailRule<Invited>,
};
