import { DomainError, invalid, Principal, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { checkLeadLimit, ContactPartnersInput, LEAD_WINDOW_MS, validateContactPartners } from '../domain/directory';
import { LeadEvents } from '../events/published';
import { insertLead, leadTimesSince } from '../store/directory.repository';
import type { PartnerLeadRow } from '../store/directory.entities';
import type { PartnerRow } from '../store/entities';
import { activePartnersByIds } from '../store/partners.repository';
import { tenantById } from '../store/tenants.repository';

/**
 * R1 "contact selected providers": a customer's global admin sends its need to
 * up to five ACTIVE partners. The lead, its recipients and the event commit
 * together. At most `leadsPerHour` leads per customer tenant: counted from
 * partner_lead under a lock on the tenant row, so concurrent requests and
 * restarts cannot get around it. The caller's role is checked by the resolver.
 */
export async function contactPartners(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: ContactPartnersInput,
  options: { leadsPerHour: number },
): Promise<{ lead: PartnerLeadRow; partners: PartnerRow[] }> {
  const request = validateContactPartners(input);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const customer = await tenantById(manager, principal.tenantId, true);
    if (!customer) throw new DomainError('FORBIDDEN', 'Your organisation no longer exists on the platform.');
    const now = new Date();
    const recent = await leadTimesSince(manager, customer.id, new Date(now.getTime() - LEAD_WINDOW_MS));
    checkLeadLimit(recent, options.leadsPerHour, LEAD_WINDOW_MS, now);

    const found = await activePartnersByIds(manager, request.partnerIds);
    const byId = new Map(found.map((partner) => [partner.id, partner]));
    const missing = request.partnerIds.filter((id) => !byId.has(id));
    // Unknown and not-yet-active partners get the same answer: the directory does not reveal applications.
    if (missing.length > 0) throw invalid('partnerIds', `These are not partners in the directory: ${missing.join(', ')}. Pick partners from searchPartners.`);
    const partners = request.partnerIds.map((id) => byId.get(id)!);
    if (partners.some((partner) => partner.tenantId === customer.id))
      throw invalid('partnerIds', 'Your own organisation is among the partners picked; contact other partners.');

    const lead: PartnerLeadRow = {
      id: randomUUID(),
      customerTenantId: customer.id,
      createdByUserId: principal.userId,
      contactEmail: request.contactEmail,
      need: request.need,
      createdAt: now,
    };
    await insertLead(
      manager,
      lead,
      partners.map((partner) => partner.id),
    );
    raise(LeadEvents.partnersContacted(lead, customer, partners));
    return { lead, partners };
  });
}
