import type { EventHandler, PartnerUserAssignedV1, PartnerUserUnassignedV1 } from '@channelgraph/common';
import { projectPartnerUserAssignment as project } from '../../application/project-partner-user-assignment';

/** R2 PARTNER role: which customer user each relationship's partner works with (who may see that user). */
export const projectPartnerUserAssignment: EventHandler<PartnerUserAssignedV1 | PartnerUserUnassignedV1> = (event, tx) => project(tx, event);
