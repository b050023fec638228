import type { EventHandler } from '@channelgraph/common';
import { projectInvitation as project } from '../../application/project-invitations';
import type { Invited } from '../../store/invitations.repository';

/** R17: what lets a partner send its invitation's email later. */
export const projectInvitation: EventHandler<Invited> = (event, tx) => project(tx, event);
