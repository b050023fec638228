import type { EventHandler, ReceivedEvent, Transaction } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openTestDatabase } from '../../../test/support/subgraph';
import { projections as userProjections } from '../src/events/subscriptions';
import { entities } from '../src/store/entities';
import { tenantUserEntity } from '../src/store/projection.entities';
import { notificationMigrations } from '../src/store/migrations';
import { testEmailBodies } from './support/bodies';

/** The sign-up (tenant topic) and later user events (user topic) may be read in either order. */
describe('the user projection, whatever the order of the tenant and user topics', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await openTestDatabase('notification', entities, notificationMigrations(testEmailBodies()));
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  function apply(type: string, data: Record<string, unknown>) {
    const event: ReceivedEvent = {
      id: randomUUID(),
      source: '/test',
      type: `channelgraph.enrollment.${type}.v1`,
      time: new Date().toISOString(),
      subject: randomUUID(),
      data,
    };
    return dataSource.transaction((manager) =>
      (userProjections as Record<string, EventHandler>)[event.type](event, { manager, raise: () => undefined, afterCommit: () => undefined } as Transaction),
    );
  }

  const signUp = (tenantId: string, userId: string) =>
    apply('TenantSignedUp', {
      tenantId,
      domain: 'x.example.com',
      displayName: 'X',
      country: 'US',
      admin: { userId, fullName: 'First Admin', email: 'first@x.example.com' },
      signedUpAt: new Date().toISOString(),
    });
  const rolesChanged = (tenantId: string, userId: string, roles: string[]) =>
    apply('UserRolesChanged', { userId, tenantId, roles, previousRoles: ['GLOBAL_ADMIN'], changedByUserId: null, changedAt: new Date().toISOString() });
  const row = (userId: string) => dataSource.getRepository(tenantUserEntity).findOneByOrFail({ userId });

  it('keeps roles that arrived before the sign-up, and takes the address from the sign-up', async () => {
    const [tenantId, userId] = [randomUUID(), randomUUID()];
    await rolesChanged(tenantId, userId, ['BILLING_ADMIN']);
    expect(await row(userId)).toMatchObject({ email: null, roles: ['BILLING_ADMIN'] });
    await signUp(tenantId, userId);
    expect(await row(userId)).toMatchObject({ email: 'first@x.example.com', fullName: 'First Admin', roles: ['BILLING_ADMIN'], removedAt: null });
  });

  it('changes roles and keeps the address when the sign-up came first', async () => {
    const [tenantId, userId] = [randomUUID(), randomUUID()];
    await signUp(tenantId, userId);
    await rolesChanged(tenantId, userId, ['GLOBAL_ADMIN', 'ADMIN_AGENT']);
    expect(await row(userId)).toMatchObject({ email: 'first@x.example.com', roles: ['GLOBAL_ADMIN', 'ADMIN_AGENT'] });
  });

  it('does not bring back a removed user when their sign-up or a role change is read late', async () => {
    const [tenantId, userId] = [randomUUID(), randomUUID()];
    await apply('UserRemoved', { userId, tenantId, email: 'first@x.example.com', removedByUserId: randomUUID(), removedAt: new Date().toISOString() });
    await signUp(tenantId, userId);
    await rolesChanged(tenantId, userId, ['GLOBAL_ADMIN']);
    expect(await row(userId)).toMatchObject({ email: null, fullName: null, roles: [], removedAt: expect.any(Date) });
  });
});
