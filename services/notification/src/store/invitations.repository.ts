import { hashLinkToken, IndirectResellerInvitedV1, InvitationLinkIssuedV1, RelationshipRequestedV1 } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { invitationEntity, InvitationRow } from './entities';

/** The events that carry an invitation's link: today's, and the v1 events that carried it on the shared topic. */
export type Invited = InvitationLinkIssuedV1 | RelationshipRequestedV1 | IndirectResellerInvitedV1;

/**
 * Keeps what R17 needs to let the sender send each invitation: who it is for, and the hash of its
 * link's token, so that a message can be checked to hold the link without the link being stored.
 */
export async function rememberInvitation(manager: EntityManager, data: Invited): Promise<void> {
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
}

/** The invitation relationship announced with this id, or null while it has not been heard of. */
export function invitationOf(manager: EntityManager, requestId: string): Promise<InvitationRow | null> {
  return manager.getRepository(invitationEntity).findOneBy({ requestId });
}
