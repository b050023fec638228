import type { EventHandler } from '@channelgraph/common';
import { PartnerWithContact, rememberPartnerContact } from '../../store/partner-contacts.repository';

/** A partner's primary contact and tenant, from the partner events that carry it: who its emails go to. */
export const projectPartnerContact: EventHandler<PartnerWithContact> = async (event, { manager }) => {
  await rememberPartnerContact(manager, event);
};
