import { isDuplicateKey, Role } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { OPERATIONS_TENANT_DOMAIN } from '../domain/operations-tenant';
import { hashPassword } from '../domain/passwords';
import { insertTenant, tenantByDomain } from '../store/tenants.repository';
import { insertUser, userWithEmailExists } from '../store/users.repository';

/**
 * The PLATFORM_OPERATOR account exists from the first start (DESIGN §5), in the
 * platform's own operations tenant. An existing account is left as it is. Created
 * with a password everyone can read (the default), it is a temporary one: the
 * operator must choose another at first sign-in (`mustChangePassword`).
 */
export async function ensureOperator(
  dataSource: DataSource,
  email: string,
  password: string,
  options: { temporaryPassword: boolean },
): Promise<'created' | 'exists'> {
  return createOperator(dataSource, email, password, options.temporaryPassword).catch((error: unknown) => {
    // Another instance starting at the same moment created it (or the operations tenant) first.
    if (isDuplicateKey(error)) return 'exists' as const;
    throw error;
  });
}

async function createOperator(dataSource: DataSource, email: string, password: string, temporaryPassword: boolean): Promise<'created' | 'exists'> {
  return dataSource.transaction(async (manager) => {
    if (await userWithEmailExists(manager, email.toLowerCase())) return 'exists';
    const now = new Date();
    let tenant = await tenantByDomain(manager, OPERATIONS_TENANT_DOMAIN);
    if (!tenant) {
      tenant = { id: randomUUID(), domain: OPERATIONS_TENANT_DOMAIN, displayName: 'channelgraph operations', country: 'US', createdAt: now };
      await insertTenant(manager, tenant);
    }
    await insertUser(manager, {
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
