import { Connection, pageByCreation, PageRequest } from '@channelgraph/common';
import { EntityManager, In, Not } from 'typeorm';
import type { Application, Program } from '../domain/enrollment';
import { partnerEntity, PartnerRow } from './entities';

const locked = { lock: { mode: 'pessimistic_write' as const } };

export function partnerById(manager: EntityManager, id: string): Promise<PartnerRow | null> {
  return manager.getRepository(partnerEntity).findOneBy({ id });
}

/** A partner application locked for a change of status; null when no application has this id. */
export function lockedPartnerById(manager: EntityManager, id: string): Promise<PartnerRow | null> {
  return manager.getRepository(partnerEntity).findOne({ where: { id }, ...locked });
}

/** A partner that must exist (named by a foreign key), locked for a change of status. */
export function lockedExistingPartner(manager: EntityManager, id: string): Promise<PartnerRow> {
  return manager.getRepository(partnerEntity).findOneOrFail({ where: { id }, ...locked });
}

/** A tenant's first enrolment: the partner its users work for, if any. */
export function firstPartnerOfTenant(manager: EntityManager, tenantId: string): Promise<PartnerRow | null> {
  return manager.getRepository(partnerEntity).findOne({ where: { tenantId }, order: { createdAt: 'ASC' } });
}

/** The first enrolment of each of these tenants, in one query (tenants without one are absent). */
export async function firstPartnersOfTenants(manager: EntityManager, tenantIds: readonly string[]): Promise<Map<string, PartnerRow>> {
  const partners = await manager.getRepository(partnerEntity).find({ where: { tenantId: In([...tenantIds]) }, order: { createdAt: 'ASC' } });
  const byTenant = new Map<string, PartnerRow>();
  for (const partner of partners) if (!byTenant.has(partner.tenantId)) byTenant.set(partner.tenantId, partner);
  return byTenant;
}

/** Every enrolment of a tenant (one per programme), oldest first. */
export function partnersOfTenant(manager: EntityManager, tenantId: string): Promise<PartnerRow[]> {
  return manager.getRepository(partnerEntity).find({ where: { tenantId }, order: { createdAt: 'ASC' } });
}

/** Those of these partners that are ACTIVE, in no particular order. */
export function activePartnersByIds(manager: EntityManager, ids: string[]): Promise<PartnerRow[]> {
  return manager.getRepository(partnerEntity).findBy({ id: In(ids), status: 'ACTIVE' });
}

/** Partners by id, in the order of `ids` (ids that name no partner are left out). */
export async function partnersInOrder(manager: EntityManager, ids: string[]): Promise<PartnerRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await manager.getRepository(partnerEntity).findBy({ id: In(ids) })).map((partner) => [partner.id, partner]));
  return ids.map((id) => byId.get(id)).filter((partner): partner is PartnerRow => partner !== undefined);
}

/** Another tenant's application, not rejected, that claims this MPN id in this programme. */
export function otherClaimOfMpnId(manager: EntityManager, mpnId: string, program: Program, tenantId: string): Promise<PartnerRow | null> {
  return manager.getRepository(partnerEntity).findOneBy({ mpnId, program, status: Not('REJECTED'), tenantId: Not(tenantId) });
}

export async function insertPartner(manager: EntityManager, partner: PartnerRow): Promise<void> {
  await manager.getRepository(partnerEntity).insert(partner);
}

export async function updatePartner(
  manager: EntityManager,
  id: string,
  changes: Partial<Omit<PartnerRow, 'id' | 'tenantId' | 'program' | 'enrolledByUserId' | 'createdAt'>>,
): Promise<void> {
  await manager.getRepository(partnerEntity).update({ id }, changes);
}

/** The columns that hold an application's fields, from the validated application. */
export function applicationColumns(
  application: Application,
): Pick<
  PartnerRow,
  | 'legalName'
  | 'mpnId'
  | 'addressLine1'
  | 'addressLine2'
  | 'addressCity'
  | 'addressRegion'
  | 'addressPostalCode'
  | 'addressCountry'
  | 'primaryFirstName'
  | 'primaryLastName'
  | 'primaryEmail'
  | 'primaryPhone'
  | 'supportEmail'
  | 'supportPhone'
  | 'supportWebsite'
> {
  return {
    legalName: application.legalName,
    mpnId: application.mpnId,
    addressLine1: application.address.line1,
    addressLine2: application.address.line2,
    addressCity: application.address.city,
    addressRegion: application.address.region,
    addressPostalCode: application.address.postalCode,
    addressCountry: application.address.country,
    primaryFirstName: application.primaryContact.firstName,
    primaryLastName: application.primaryContact.lastName,
    primaryEmail: application.primaryContact.email,
    primaryPhone: application.primaryContact.phone,
    supportEmail: application.supportContact.email,
    supportPhone: application.supportContact.phone,
    supportWebsite: application.supportContact.website,
  };
}

/** A page of enrolment applications, oldest first, of one status or all, and with `search` in the legal name (any case) when given. */
export function partnerEnrollmentsPage(
  manager: EntityManager,
  filter: { status?: string | null; search?: string | null },
  page: PageRequest,
): Promise<Connection<PartnerRow>> {
  const query = manager.getRepository(partnerEntity).createQueryBuilder('p');
  if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
  const search = filter.search?.trim();
  // LIKE's own wildcards in the text match themselves (backslash is MySQL's escape).
  if (search) query.andWhere('p.legal_name LIKE :search', { search: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
  return pageByCreation(query, 'p', page, 'ASC');
}

/** The partner's address as one value, from its columns. */
export function addressOf(partner: PartnerRow): Application['address'] {
  return {
    line1: partner.addressLine1,
    line2: partner.addressLine2,
    city: partner.addressCity,
    region: partner.addressRegion,
    postalCode: partner.addressPostalCode,
    country: partner.addressCountry,
  };
}

/** An enrolment as the application it was made from (an additional programme takes its fields from it, R9). */
export function applicationOf(partner: PartnerRow): Application {
  return {
    program: partner.program as Application['program'],
    mpnId: partner.mpnId,
    legalName: partner.legalName,
    address: addressOf(partner),
    primaryContact: { firstName: partner.primaryFirstName, lastName: partner.primaryLastName, email: partner.primaryEmail, phone: partner.primaryPhone },
    supportContact: { email: partner.supportEmail, phone: partner.supportPhone, website: partner.supportWebsite },
  };
}
