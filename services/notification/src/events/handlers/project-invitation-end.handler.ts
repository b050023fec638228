import type { EventHandler } from '@channelgraph/common';
import { projectInvitationEnd as project } from '../../application/project-invitations';
import type { InvitationEndedEvent } from '../../domain/invitation-sending';

/** R17: an accepted, declined, cancelled or expired request's invitation can no longer be emailed. */
export const projectInvitationEnd: EventHandler<InvitationEndedEvent> = (event, tx) => project(tx, event);
