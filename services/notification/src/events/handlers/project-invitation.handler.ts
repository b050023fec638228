import type { EventHandler } from '@channelgraph/common';
import { Invited, rememberInvitation } from '../../store/invitations.repository';

/** R17: what lets a partner send its invitation's email later (store/invitations.repository). */
export const projectInvitation: EventHandler<Invited> = async (event, { manager }) => {
  await rememberInvitation(manager, event.data);
};
