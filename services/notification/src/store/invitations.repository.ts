import {
  hashLinkToken,
  IndirectResellerInvitedV1,
  InvitationLinkIssuedV1,
  InvitationLinkIssuedV2,
  isNewerThanApplied,
  ReceivedEvent,
  RelationshipRequestedV1,
  sequenceAfter,
} from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import type { EndedInvitationStatus } from '../domain/invitation-sending';
import { invitationEntity, InvitationRow, invitationStatusEntity, InvitationStatusRow } from './entities';

/** The events that carry an invitation's link: today's (v2), v1, and the v1 events that carried it on the shared topic. */
export type Invited = InvitationLinkIssuedV2 | InvitationLinkIssuedV1 | RelationshipRequestedV1 | IndirectResellerInvitedV1;

/**
 * Keeps what R17 needs to let the sender send each invitation: who it is for, and the hash of its
 * link's token, so that a message can be checked to hold the link without the link being stored.
 */
export async function rememberInvitation(manager: EntityManager, data: Invited): Promise<void> {
  // A change of admin access (B2) has no invitee: notification emails it itself, and R17 has nothing to send.
  if (data.inviteeEmail === null) return;
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

/**
 * Records how an invitation ended (R17), whether or not its link has been heard of yet: the link
 * travels on another topic and may come later. Every event of a request counts in the request's
 * sequence, so an older one (late, replayed) changes nothing; without sequences, the first ending
 * stays, as a request ends only once.
 */
export async function rememberInvitationEnd(
  manager: EntityManager,
  event: ReceivedEvent,
  requestId: string,
  ending: { status: EndedInvitationStatus; at: Date },
): Promise<void> {
  const repository = manager.getRepository(invitationStatusEntity);
  const known = await repository.findOne({ where: { requestId }, lock: { mode: 'pessimistic_write' } });
  if (known && !isNewerThanApplied(event, known.lastSequence, () => false)) return;
  await repository.save({ requestId, status: ending.status, changedAt: ending.at, lastSequence: sequenceAfter(event, known?.lastSequence) });
}

/** How the invitation ended, or null while it is PENDING (or its ending has not been heard of). */
export function invitationEndOf(manager: EntityManager, requestId: string): Promise<InvitationStatusRow | null> {
  return manager.getRepository(invitationStatusEntity).findOneBy({ requestId });
}
