import { Connection, pageByCreation, PageRequest } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import { serviceTokenEntity, ServiceTokenRow } from './entities';

export async function insertServiceToken(manager: EntityManager, row: ServiceTokenRow): Promise<void> {
  await manager.getRepository(serviceTokenEntity).insert(row);
}

/** A service token's record, locked for revocation. */
export function lockedServiceToken(manager: EntityManager, id: string): Promise<ServiceTokenRow | null> {
  return manager.getRepository(serviceTokenEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

export async function markServiceTokenRevoked(manager: EntityManager, id: string, revoked: { revokedAt: Date; revokedByUserId: string }): Promise<void> {
  await manager.getRepository(serviceTokenEntity).update({ id }, { revokedAt: revoked.revokedAt, revokedByUserId: revoked.revokedByUserId });
}

/** A page of every service token on record, newest first. */
export function serviceTokensPage(manager: EntityManager, page: PageRequest): Promise<Connection<ServiceTokenRow>> {
  return pageByCreation(manager.getRepository(serviceTokenEntity).createQueryBuilder('t'), 't', page, 'DESC');
}
