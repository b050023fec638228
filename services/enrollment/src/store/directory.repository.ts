import { Connection, cursorPosition, PageRequest, pageByCreation, toConnection } from '@channelgraph/common';
import { EntityManager, In } from 'typeorm';
import { SearchFilter, splitTerms } from '../domain/directory';
import type { LeadStatus } from '../domain/leads';
import {
  partnerLeadEntity,
  partnerLeadRecipientEntity,
  PartnerLeadRecipientRow,
  PartnerLeadRow,
  partnerProfileEntity,
  PartnerProfileRow,
} from './directory.entities';
import type { PartnerRow } from './entities';
import { partnersInOrder } from './partners.repository';

// The partner directory's tables (R1): business profiles, the search over them, and leads.

/** The directory entries of these partners, in one query (partners without one are absent). */
export function profilesOfPartners(manager: EntityManager, partnerIds: readonly string[]): Promise<PartnerProfileRow[]> {
  return manager.getRepository(partnerProfileEntity).findBy({ partnerId: In([...partnerIds]) });
}

/** Writes a partner's directory entry, or rewrites the one it has. */
export async function saveBusinessProfile(manager: EntityManager, row: PartnerProfileRow): Promise<void> {
  await manager.getRepository(partnerProfileEntity).upsert(row, ['partnerId']);
}

/** When the customer tenant's leads since `since` were sent. */
export async function leadTimesSince(manager: EntityManager, customerTenantId: string, since: Date): Promise<Date[]> {
  const recent = await manager
    .getRepository(partnerLeadEntity)
    .createQueryBuilder('l')
    .select('l.created_at', 'createdAt')
    .where('l.customer_tenant_id = :tenantId AND l.created_at > :since', { tenantId: customerTenantId, since })
    .getRawMany<{ createdAt: Date }>();
  return recent.map((row) => new Date(row.createdAt));
}

/** A lead and the partners it goes to. */
export async function insertLead(manager: EntityManager, lead: PartnerLeadRow, partnerIds: string[]): Promise<void> {
  await manager.getRepository(partnerLeadEntity).insert(lead);
  await manager
    .getRepository(partnerLeadRecipientEntity)
    .insert(partnerIds.map((partnerId) => ({ leadId: lead.id, partnerId, status: 'NEW' as const, answeredAt: null, updatedAt: null })));
}

/** A lead as one partner it was sent to has it: the lead and that partner's status; null when it was not sent to the partner. */
export interface PartnerLeadView {
  lead: PartnerLeadRow;
  recipient: PartnerLeadRecipientRow;
}

/** The lead with this id as this partner received it, locked for a change if asked; null when it was not sent to the partner. */
export async function leadOfPartner(manager: EntityManager, leadId: string, partnerId: string, forUpdate = false): Promise<PartnerLeadView | null> {
  const recipient = await manager
    .getRepository(partnerLeadRecipientEntity)
    .findOne({ where: { leadId, partnerId }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!recipient) return null;
  const lead = await manager.getRepository(partnerLeadEntity).findOneByOrFail({ id: leadId });
  return { lead, recipient };
}

export async function saveLeadRecipient(manager: EntityManager, row: PartnerLeadRecipientRow): Promise<void> {
  await manager.getRepository(partnerLeadRecipientEntity).save(row);
}

/** One page of the leads sent to a partner (R18), newest first, by its status for them if asked. */
export async function leadsOfPartner(
  manager: EntityManager,
  partnerId: string,
  status: LeadStatus | null | undefined,
  page: PageRequest,
): Promise<Connection<PartnerLeadView>> {
  // A subquery rather than a join: paging (take) over a join would page the joined rows.
  const sentTo = status
    ? 'SELECT r.lead_id FROM partner_lead_recipient r WHERE r.partner_id = :partnerId AND r.status = :status'
    : 'SELECT r.lead_id FROM partner_lead_recipient r WHERE r.partner_id = :partnerId';
  const query = manager.getRepository(partnerLeadEntity).createQueryBuilder('l').where(`l.id IN (${sentTo})`, { partnerId, status });
  const leads = await pageByCreation(query, 'l', page, 'DESC');
  const recipients = leads.edges.length
    ? await manager.getRepository(partnerLeadRecipientEntity).findBy({ partnerId, leadId: In(leads.edges.map((edge) => edge.node.id)) })
    : [];
  const byLead = new Map(recipients.map((row) => [row.leadId, row]));
  return { ...leads, edges: leads.edges.map((edge) => ({ ...edge, node: { lead: edge.node, recipient: byLead.get(edge.node.id)! } })) };
}

const FROM = 'FROM partner p JOIN partner_profile pp ON pp.partner_id = p.id';

interface Sql {
  text: string;
  params: unknown[];
}

/** Only ACTIVE partners with a profile are in the directory; the filters narrow it. */
function directoryWhere(filter: SearchFilter): Sql {
  const clauses = ["p.status = 'ACTIVE'"];
  const params: unknown[] = [];
  if (filter.country) {
    clauses.push('pp.country = ?');
    params.push(filter.country);
  }
  if (filter.city) {
    // The column's collation (utf8mb4_unicode_ci) makes this case- and accent-insensitive.
    clauses.push('pp.city = ?');
    params.push(filter.city);
  }
  if (filter.organizationSize) {
    clauses.push('FIND_IN_SET(?, pp.organization_sizes) > 0');
    params.push(filter.organizationSize);
  }
  return { text: clauses.join(' AND '), params };
}

/**
 * Relevance of a profile to the search words: the FULLTEXT score for the words
 * the index holds, plus one per whole-word hit of a word it skips (shorter than
 * 3 characters, or a stopword), found by scanning search_text.
 */
function relevance(terms: string[]): { score: Sql; matches: Sql } {
  const { indexed, scanned } = splitTerms(terms);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (indexed.length > 0) {
    parts.push('MATCH(pp.search_text) AGAINST (? IN NATURAL LANGUAGE MODE)');
    params.push(indexed.join(' '));
  }
  for (const term of scanned) {
    // search_text and the term are normalized alike (lower case, NFKC), so bytes compare: much cheaper than a collation-aware LIKE.
    parts.push('(CAST(pp.search_text AS BINARY) LIKE CAST(? AS BINARY))');
    params.push(`% ${term} %`);
  }
  const score = { text: parts.join(' + '), params };
  // Alone, MATCH in the WHERE clause is answered by the FULLTEXT index; with scanned words it cannot be.
  const matches = scanned.length === 0 ? score : { text: `(${parts.join(' OR ')})`, params };
  return { score, matches };
}

async function count(manager: EntityManager, where: Sql, extra?: Sql): Promise<number> {
  const [row] = await manager.query(`SELECT COUNT(*) AS n ${FROM} WHERE ${where.text}${extra ? ` AND ${extra.text}` : ''}`, [
    ...where.params,
    ...(extra?.params ?? []),
  ]);
  return Number(row.n);
}

/** Best match first (score descending, then id); the cursor is the last row's (score, id). */
async function byRelevance(manager: EntityManager, filter: SearchFilter, where: Sql, page: PageRequest): Promise<Connection<PartnerRow>> {
  const { score, matches } = relevance(filter.terms);
  const list = JSON.stringify(['relevance', where, score, matches]);
  const position = cursorPosition(page, list, ['number', 'uuid']);
  let beyond = '';
  const beyondParams: unknown[] = [];
  if (position) {
    const [lastScore, lastId] = position;
    beyond = 'WHERE ranked.score < ? OR (ranked.score = ? AND ranked.id > ?)';
    beyondParams.push(lastScore, lastScore, lastId);
  }
  const [rows, totalCount] = await Promise.all([
    manager.query(
      `SELECT ranked.id, ranked.score FROM (SELECT p.id AS id, ${score.text} AS score ${FROM} WHERE ${where.text} AND ${matches.text}) ranked
       ${beyond} ORDER BY ranked.score DESC, ranked.id ASC LIMIT ?`,
      [...score.params, ...where.params, ...matches.params, ...beyondParams, page.first + 1],
    ) as Promise<Array<{ id: string; score: number | string }>>,
    count(manager, where, matches),
  ]);
  const scores = new Map(rows.map((row) => [row.id, Number(row.score)]));
  const partners = await partnersInOrder(
    manager,
    rows.map((row) => row.id),
  );
  return toConnection(partners, page, totalCount, list, (partner) => [scores.get(partner.id), partner.id]);
}

/** Without keywords: by legal name, then id; the cursor is the last row's (legal name, id). */
async function byName(manager: EntityManager, where: Sql, page: PageRequest): Promise<Connection<PartnerRow>> {
  const list = JSON.stringify(['name', where]);
  const position = cursorPosition(page, list, ['text', 'uuid']);
  let beyond = '';
  const beyondParams: unknown[] = [];
  if (position) {
    const [lastName, lastId] = position;
    beyond = ' AND (p.legal_name > ? OR (p.legal_name = ? AND p.id > ?))';
    beyondParams.push(lastName, lastName, lastId);
  }
  const [rows, totalCount] = await Promise.all([
    manager.query(`SELECT p.id AS id ${FROM} WHERE ${where.text}${beyond} ORDER BY p.legal_name ASC, p.id ASC LIMIT ?`, [
      ...where.params,
      ...beyondParams,
      page.first + 1,
    ]) as Promise<Array<{ id: string }>>,
    count(manager, where),
  ]);
  const partners = await partnersInOrder(
    manager,
    rows.map((row) => row.id),
  );
  return toConnection(partners, page, totalCount, list, (partner) => [partner.legalName, partner.id]);
}

/**
 * A page of the directory: ACTIVE partners with a business profile, narrowed by the filter;
 * with search words, best match first, otherwise by legal name. Keyset pages, so a deep page
 * costs what the first does.
 */
export function directoryPage(manager: EntityManager, filter: SearchFilter, page: PageRequest): Promise<Connection<PartnerRow>> {
  const where = directoryWhere(filter);
  return filter.terms.length > 0 ? byRelevance(manager, filter, where, page) : byName(manager, where, page);
}
