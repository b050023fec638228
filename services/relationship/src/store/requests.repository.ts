import { Connection, hashLinkToken, pageByCreation, PageRequest } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import type { RequestStatus } from '../domain/requests';
import { relationshipRequestEntity, RelationshipRequestRow } from './entities';

/**
 * The EXPIRED rule of domain/requests.ts (`isExpired`) in SQL: a PENDING request
 * whose expiry instant is at or before `now` (or, with `expired` false, still ahead).
 */
function pendingExpired(alias: string, now: string, expired = true): string {
  return `${alias}.status = 'PENDING' AND ${alias}.expires_at ${expired ? '<=' : '>'} ${now}`;
}

export async function insertRequest(manager: EntityManager, request: RelationshipRequestRow): Promise<void> {
  await manager.getRepository(relationshipRequestEntity).insert(request);
}

/**
 * The request a link token opens (by the token's hash: the token is never
 * stored), locked when the caller answers it; null for a token that opens none.
 * A token not shaped like one names nothing: no need to ask the database.
 */
export function requestOfLinkToken(manager: EntityManager, token: string, lock = false): Promise<RelationshipRequestRow | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return Promise.resolve(null);
  return manager
    .getRepository(relationshipRequestEntity)
    .findOne({ where: { tokenHash: hashLinkToken(token) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/** A request the tenant sent, locked for a change; null if there is none. */
export function sentRequestForUpdate(manager: EntityManager, id: string, partnerTenantId: string): Promise<RelationshipRequestRow | null> {
  return manager.getRepository(relationshipRequestEntity).findOne({ where: { id, partnerTenantId }, lock: { mode: 'pessimistic_write' } });
}

/** Stores a request's new status (cancelled, expired). */
export async function updateRequestStatus(manager: EntityManager, id: string, status: RequestStatus, updatedAt: Date): Promise<void> {
  await manager.getRepository(relationshipRequestEntity).update({ id }, { status, updatedAt });
}

/** Stores the invitee's answer and the tenant that gave it. */
export async function recordAnswer(
  manager: EntityManager,
  id: string,
  status: 'ACCEPTED' | 'DECLINED',
  respondedByTenantId: string,
  updatedAt: Date,
): Promise<void> {
  await manager.getRepository(relationshipRequestEntity).update({ id }, { status, respondedByTenantId, updatedAt });
}

/** PENDING requests past their expiry at `now`, oldest expiry first, locked; those another sweep holds are skipped. */
export function requestsDueForExpiry(manager: EntityManager, now: Date, batch: number): Promise<RelationshipRequestRow[]> {
  return manager
    .getRepository(relationshipRequestEntity)
    .createQueryBuilder('r')
    .where(pendingExpired('r', ':now'), { now })
    .orderBy('r.expires_at')
    .take(batch)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
}

/** One page of the requests a partner sent, newest first, of one status if given (EXPIRED and PENDING as read, whether or not the sweep ran). */
export function requestsOfPartner(
  manager: EntityManager,
  partnerId: string,
  status: RequestStatus | null | undefined,
  page: PageRequest,
): Promise<Connection<RelationshipRequestRow>> {
  const query = manager.getRepository(relationshipRequestEntity).createQueryBuilder('q').where('q.partner_id = :partnerId', { partnerId });
  // Expired is a reading of PENDING past its date, whether or not the sweep has stored it yet.
  if (status === 'EXPIRED') query.andWhere(`(q.status = 'EXPIRED' OR (${pendingExpired('q', 'NOW(3)')}))`);
  else if (status === 'PENDING') query.andWhere(pendingExpired('q', 'NOW(3)', false));
  else if (status) query.andWhere('q.status = :status', { status });
  return pageByCreation(query, 'q', page, 'DESC');
}

/** B2: the change of admin access still waiting for the customer on this relationship, if any (PENDING and unexpired). */
export function pendingChangeOf(manager: EntityManager, relationshipId: string, now = new Date()): Promise<RelationshipRequestRow | null> {
  return manager
    .getRepository(relationshipRequestEntity)
    .createQueryBuilder('q')
    .where("q.relationship_id = :relationshipId AND q.kind = 'ADMIN_ACCESS_CHANGE'", { relationshipId })
    .andWhere(pendingExpired('q', ':now', false), { now })
    .setLock('pessimistic_write')
    .getOne();
}
