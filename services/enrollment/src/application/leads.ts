import { Connection, DomainError, PageRequest, Principal, ReceivedEvent, RelationshipRequestedV3, Transaction, UnitOfWork } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { checkAnswerable, checkLeadMessage, convertedStatus, LeadStatus } from '../domain/leads';
import { LeadEvents } from '../events/published';
import { leadOfPartner, leadsOfPartner, PartnerLeadView, saveLeadRecipient } from '../store/directory.repository';
import { partnerById } from '../store/partners.repository';
import { tenantById } from '../store/tenants.repository';
import { userById } from '../store/users.repository';

// R18: the leads a customer's "contact selected providers" sent, as each chosen partner works them.

/** The leads sent to a partner, newest first (who may read them is the caller's rule). */
export function leadsOf(
  deps: { dataSource: DataSource },
  partnerId: string,
  status: LeadStatus | null | undefined,
  page: PageRequest,
): Promise<Connection<PartnerLeadView>> {
  return leadsOfPartner(deps.dataSource.manager, partnerId, status, page);
}

const NOT_SENT_TO_YOU = 'No lead with this id was sent to your organisation.';

/**
 * A partner user answers a lead sent to its partner: the customer's contact is emailed the
 * message, with Reply-To the user's own address (notification, LeadAnswered), and the lead is
 * ANSWERED for this partner. A lead sent to another partner does not exist for it.
 */
export function answerLead(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: { leadId: string; message: string }): Promise<PartnerLeadView> {
  const message = checkLeadMessage(input.message);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const partner = principal.partnerId ? await partnerById(manager, principal.partnerId) : null;
    const found = partner && partner.tenantId === principal.tenantId ? await leadOfPartner(manager, input.leadId, partner.id, true) : null;
    if (!partner || !found) throw new DomainError('NOT_FOUND', NOT_SENT_TO_YOU);
    checkAnswerable(found.recipient.status);
    const user = await userById(manager, principal.userId);
    if (!user) throw new DomainError('FORBIDDEN', 'Your user account no longer exists; sign in again.');
    const customer = await tenantById(manager, found.lead.customerTenantId);
    const now = new Date();
    const recipient = { ...found.recipient, status: 'ANSWERED' as const, answeredAt: now, updatedAt: now };
    await saveLeadRecipient(manager, recipient);
    raise(LeadEvents.answered(found.lead, partner, customer?.displayName ?? 'The customer', user, message, now));
    return { lead: found.lead, recipient };
  });
}

/**
 * R18: a partner invited the customer from a lead (RelationshipRequested.v3 with its leadId):
 * the lead is CONVERTED for that partner. Runs in the inbox transaction; relationship checked
 * that the lead was sent to the partner, so an unknown pair changes nothing.
 */
export async function projectLeadConversion(tx: Transaction, event: ReceivedEvent<RelationshipRequestedV3>): Promise<void> {
  const { leadId, partnerId } = event.data;
  if (!leadId) return;
  const found = await leadOfPartner(tx.manager, leadId, partnerId, true);
  if (!found) return;
  await saveLeadRecipient(tx.manager, { ...found.recipient, status: convertedStatus(found.recipient.status), updatedAt: new Date(event.data.requestedAt) });
}
