import type { ReceivedEvent, Transaction } from '@channelgraph/common';
import { endingOf, InvitationEndedEvent } from '../domain/invitation-sending';
import { Invited, rememberInvitation, rememberInvitationEnd } from '../store/invitations.repository';

// R17: what lets a partner send its invitation's email later, and what stops it (store/invitations.repository).

/** An invitation sent: its link and invitee, for the partner's email. */
export async function projectInvitation(tx: Transaction, event: ReceivedEvent<Invited>): Promise<void> {
  await rememberInvitation(tx.manager, event.data);
}

/** An accepted, declined, cancelled or expired request's invitation can no longer be emailed. */
export async function projectInvitationEnd(tx: Transaction, event: ReceivedEvent<InvitationEndedEvent>): Promise<void> {
  await rememberInvitationEnd(tx.manager, event, event.data.requestId, endingOf(event.data));
}
