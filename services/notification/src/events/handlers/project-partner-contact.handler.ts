import type { EventHandler } from '@channelgraph/common';
import { projectPartnerContact as project } from '../../application/project-partner-contact';
import type { PartnerWithContact } from '../../store/partner-contacts.repository';

/** A partner's primary contact and tenant, from the partner events that carry it: who its emails go to. */
export const projectPartnerContact: EventHandler<PartnerWithContact> = (event, tx) => project(tx, event);
