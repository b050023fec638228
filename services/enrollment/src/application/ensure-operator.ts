import { isDuplicateKey, Role } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../domain/passwords';
import { tenantEntity, userEntity } from '../store/entities';

export const OPERATIONS_TENANT_DOMAIN = 'operations.channelgraph.internal';

/**
 * The PLATFORM_OPERATOR account exists from the first start (DESIGN §5), in the
 * platform's own operations tenant. An existing account is left as it is. Created
 * with a password everyone can read (the default), it is a temporary one: the
 * operator must choose another at first sign-in (`mustChangePassword`).
 */
export async function ensureOperator(dataSource: DataSource, email: string, password: string, options: { temporaryPassword: boolean }): Promise<'created' | 'exists'> {
  return createOperator(dataSource, email, password, options.temporaryPassword).catch((error: unknown) => {
    // Another instance starting at the same moment created it (or the operations tenant) first.
    if (isDuplicateKey(error)) return 'exists' as const;
    throw error;
  });
}

async function createOperator(dataSource: DataSource, email: string, password: string, temporaryPassword: boolean): Promise<'created' | 'exists'> {
  return dataSource.transaction(async (manager) => {
    const users = manager.getRepository(userEntity);
    if (await users.existsBy({ email: email.toLowerCase() })) return 'exists';
    const tenants = manager.getRepository(tenantEntity);
    const now = new Date();
    let tenant = await tenants.findOneBy({ domain: OPERATIONS_TENANT_DOMAIN });
    if (!tenant) {
      tenant = { id: randomUUID(), domain: OPERATIONS_TENANT_DOMAIN, displayName: 'channelgraph operations', country: 'US', createdAt: now };
      await tenants.insert(tenant);
    }
    await users.insert({
      id: randomUUID(),
      tenantId: tenant.id,
      fullName: 'Platform operator',
      email: email.toLowerCase(),
      passwordHash: await hashPassword(password),
      roles: [Role.PLATFORM_OPERATOR],
      mustChangePassword: temporaryPassword,
      createdAt: now,
      updatedAt: now,
    });
    return 'created';
  });
}
