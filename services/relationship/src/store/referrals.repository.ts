import { Connection, PageRequest, pageByCreation } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import type { ReferralStatus } from '../domain/referrals';
import { referralEntity, ReferralRow } from './entities';

// R18: the vendor's referrals. PENDING past its expiry reads as EXPIRED (domain/referrals effectiveReferralStatus): the same rule in SQL.
const pendingExpired = (alias: string, expired = true) => `${alias}.status = 'PENDING' AND ${alias}.expires_at ${expired ? '<=' : '>'} NOW(3)`;

export async function insertReferral(manager: EntityManager, row: ReferralRow): Promise<void> {
  await manager.getRepository(referralEntity).insert(row);
}

export async function saveReferral(manager: EntityManager, row: ReferralRow): Promise<void> {
  await manager.getRepository(referralEntity).save(row);
}

/** The referral with this id to one of the tenant's partners, locked for a change; null when there is none (or it is another tenant's). */
export function referralOfTenantForUpdate(manager: EntityManager, id: string, partnerTenantId: string): Promise<ReferralRow | null> {
  return manager.getRepository(referralEntity).findOne({ where: { id, partnerTenantId }, lock: { mode: 'pessimistic_write' } });
}

/** One page of referrals, newest first: a partner's, or every partner's for operators (partnerId null); of one status as read, if given. */
export function referralsPage(
  manager: EntityManager,
  partnerId: string | null,
  status: ReferralStatus | null | undefined,
  page: PageRequest,
): Promise<Connection<ReferralRow>> {
  const query = manager.getRepository(referralEntity).createQueryBuilder('f');
  if (partnerId) query.where('f.partner_id = :partnerId', { partnerId });
  if (status === 'EXPIRED') query.andWhere(`(f.status = 'EXPIRED' OR (${pendingExpired('f')}))`);
  else if (status === 'PENDING') query.andWhere(pendingExpired('f', false));
  else if (status) query.andWhere('f.status = :status', { status });
  return pageByCreation(query, 'f', page, 'DESC');
}

/** PENDING referrals past their expiry, locked, skipping rows another instance holds. */
export function referralsDueForExpiry(manager: EntityManager, now: Date, batch: number): Promise<ReferralRow[]> {
  return manager
    .getRepository(referralEntity)
    .createQueryBuilder('f')
    .where("f.status = 'PENDING' AND f.expires_at <= :now", { now })
    .orderBy('f.expires_at')
    .take(batch)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
}
