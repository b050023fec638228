import type { EventHandler } from '@channelgraph/common';
import { endingOf, InvitationEndedEvent } from '../../domain/invitation-sending';
import { rememberInvitationEnd } from '../../store/invitations.repository';

/** R17: an accepted, declined, cancelled or expired request's invitation can no longer be emailed (store/invitations.repository). */
export const projectInvitationEnd: EventHandler<InvitationEndedEvent> = async (event, { manager }) => {
  await rememberInvitationEnd(manager, event, event.data.requestId, endingOf(event.data));
};
