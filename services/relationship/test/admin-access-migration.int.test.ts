import { createDataSource, EventCatalog, eventSourceOf, openDatabase, Outbox, recreateTestDatabase, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { announceMigratedAdminAccess } from '../src/application/admin-access-sweep';
import { AdminClock, DAY_MS } from '../src/domain/admin-access';
import { entities, relationshipEntity } from '../src/store/entities';
import { migrations } from '../src/store/migrations';
import { AdminAccess1766200000001 } from '../src/store/migrations/1766200000001-admin-access';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const database = `channelgraph_admin_migration_${runId()}_test`;
const clock: AdminClock = { dayMs: DAY_MS, warningDays: [30, 7, 1] };
const before = migrations.slice(0, migrations.indexOf(AdminAccess1766200000001));

/** B1 point 6: unlimited delegated admin becomes GLOBAL_ADMINISTRATOR for two years, on a database that holds data. */
describe('the migration to time-bound delegated admin', () => {
  let dataSource: DataSource;
  const partnerTenantId = randomUUID();
  const ids = { admin: randomUUID(), advisor: randomUUID(), ended: randomUUID(), request: randomUUID() };

  const insertRelationship = (id: string, roles: string, status: string) =>
    dataSource.query(
      `INSERT INTO relationship (id, partner_id, partner_tenant_id, customer_tenant_id, customer_name, customer_domain, roles, status, source, established_at, updated_at)
       VALUES (?, ?, ?, ?, 'Contoso', 'contoso.example.com', ?, ?, 'OWN_MARKETING', NOW(3), NOW(3))`,
      [id, randomUUID(), partnerTenantId, randomUUID(), roles, status],
    );

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    // The database as the release before left it, with relationships and a pending invitation in it.
    const old = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: before }));
    dataSource = old;
    await insertRelationship(ids.admin, 'RESELLER,DELEGATED_ADMIN', 'ACTIVE');
    await insertRelationship(ids.advisor, 'ADVISOR', 'ACTIVE');
    await insertRelationship(ids.ended, 'DELEGATED_ADMIN', 'TERMINATED');
    await old.query(
      `INSERT INTO relationship_request (id, kind, partner_id, partner_tenant_id, roles, status, invitee_email, token_hash, expires_at, source, created_at, updated_at)
       VALUES (?, 'CUSTOMER', ?, ?, 'DELEGATED_ADMIN', 'PENDING', 'it@contoso.example.com', ?, NOW(3) + INTERVAL 1 DAY, 'OWN_MARKETING', NOW(3), NOW(3))`,
      [ids.request, randomUUID(), partnerTenantId, randomUUID().replace(/-/g, '').padEnd(64, '0')],
    );
    await old.destroy();
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities, migrations }));
  });
  afterAll(async () => {
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await dataSource?.destroy();
  });

  it('gives ACTIVE delegated admin GLOBAL_ADMINISTRATOR for two years from the migration and flags it for announcement; leaves the others', async () => {
    const rows = await dataSource.getRepository(relationshipEntity).findBy({ partnerTenantId });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const admin = byId.get(ids.admin)!;
    expect(admin.adminRoles).toEqual(['GLOBAL_ADMINISTRATOR']);
    expect(admin.roles).toEqual(['RESELLER', 'DELEGATED_ADMIN']);
    expect(Math.abs(admin.adminAccessExpiresAt!.getTime() - (Date.now() + 730 * DAY_MS))).toBeLessThan(5 * 60 * 1000);
    expect(admin.adminAccessMigrated).toBe(true);
    expect(admin.autoExtend).toBe(false);
    for (const id of [ids.advisor, ids.ended]) {
      expect(byId.get(id)).toMatchObject({ adminRoles: [], adminAccessExpiresAt: null, adminAccessMigrated: false });
    }
    const [request] = await dataSource.query('SELECT admin_roles, admin_access_duration FROM relationship_request WHERE id = ?', [ids.request]);
    expect(request).toEqual({ admin_roles: 'GLOBAL_ADMINISTRATOR', admin_access_duration: 'P2Y' });
  });

  it('announces each migrated relationship once (AdminAccessChanged MIGRATED), with its first warning scheduled', async () => {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(EventCatalog.load(), eventSourceOf('relationship'), settings.KAFKA_TOPIC_PREFIX));
    expect(await announceMigratedAdminAccess(unitOfWork, clock)).toBe(1);
    expect(await announceMigratedAdminAccess(unitOfWork, clock)).toBe(0);
    const events: Array<{ event_type: string; aggregate_id: string; message: string }> = await dataSource.query(
      "SELECT event_type, aggregate_id, message FROM outbox_event WHERE event_type LIKE '%AdminAccessChanged%'",
    );
    expect(events.map((event) => [event.event_type, event.aggregate_id])).toEqual([['channelgraph.relationship.AdminAccessChanged.v1', ids.admin]]);
    expect(events[0].message).toContain('"change":"MIGRATED"');
    const admin = await dataSource.getRepository(relationshipEntity).findOneByOrFail({ id: ids.admin });
    expect(admin.adminAccessMigrated).toBe(false);
    expect(admin.adminNextWarningAt!.getTime()).toBe(admin.adminAccessExpiresAt!.getTime() - 30 * DAY_MS);
  });

  it('is forward-only', async () => {
    await expect(new AdminAccess1766200000001().down()).rejects.toThrow('forward-only');
  });
});
