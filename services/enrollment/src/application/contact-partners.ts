import { DomainError, DomainEvent, invalid, Principal, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { checkLeadLimit, ContactPartnersInput, validateContactPartners } from '../domain/directory';
import { partnerLeadEntity, PartnerLeadRow, partnerLeadRecipientEntity } from '../store/directory.entities';
import { partnerEntity, PartnerRow, tenantEntity, TenantRow } from '../store/entities';

export const LEAD_WINDOW_MS = 3600 * 1000;

/**
 * The event that emails the lead to each partner's primary contact
 * (schema/events/channelgraph.enrollment.PartnersContacted.v1.json). Each
 * partner carries its tenant id: notification files each email under the
 * partner's tenant.
 */
export function partnersContacted(lead: PartnerLeadRow, customer: TenantRow, partners: PartnerRow[]): DomainEvent {
  return {
    type: 'channelgraph.enrollment.PartnersContacted.v1',
    subject: lead.id,
    tenantId: customer.id,
    data: {
      leadId: lead.id,
      customerTenantId: customer.id,
      customerName: customer.displayName,
      contactEmail: lead.contactEmail,
      need: lead.need,
      partners: partners.map((partner) => ({
        partnerId: partner.id,
        tenantId: partner.tenantId,
        legalName: partner.legalName,
        primaryContactEmail: partner.primaryEmail,
        primaryContactFirstName: partner.primaryFirstName,
      })),
      contactedAt: lead.createdAt.toISOString(),
    },
  };
}

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
    const customer = await manager.getRepository(tenantEntity).findOne({ where: { id: principal.tenantId }, lock: { mode: 'pessimistic_write' } });
    if (!customer) throw new DomainError('FORBIDDEN', 'Your organisation no longer exists on the platform.');
    const now = new Date();
    const recent = await manager
      .getRepository(partnerLeadEntity)
      .createQueryBuilder('l')
      .select('l.created_at', 'createdAt')
      .where('l.customer_tenant_id = :tenantId AND l.created_at > :since', { tenantId: customer.id, since: new Date(now.getTime() - LEAD_WINDOW_MS) })
      .getRawMany<{ createdAt: Date }>();
    checkLeadLimit(recent.map((row) => new Date(row.createdAt)), options.leadsPerHour, LEAD_WINDOW_MS, now);

    const found = await manager.getRepository(partnerEntity).findBy({ id: In(request.partnerIds), status: 'ACTIVE' });
    const byId = new Map(found.map((partner) => [partner.id, partner]));
    const missing = request.partnerIds.filter((id) => !byId.has(id));
    // Unknown and not-yet-active partners get the same answer: the directory does not reveal applications.
    if (missing.length > 0) throw invalid('partnerIds', `These are not partners in the directory: ${missing.join(', ')}. Pick partners from searchPartners.`);
    const partners = request.partnerIds.map((id) => byId.get(id)!);
    if (partners.some((partner) => partner.tenantId === customer.id)) throw invalid('partnerIds', 'Your own organisation is among the partners picked; contact other partners.');

    const lead: PartnerLeadRow = {
      id: randomUUID(),
      customerTenantId: customer.id,
      createdByUserId: principal.userId,
      contactEmail: request.contactEmail,
      need: request.need,
      createdAt: now,
    };
    await manager.getRepository(partnerLeadEntity).insert(lead);
    await manager.getRepository(partnerLeadRecipientEntity).insert(partners.map((partner) => ({ leadId: lead.id, partnerId: partner.id })));
    raise(partnersContacted(lead, customer, partners));
    return { lead, partners };
  });
}
