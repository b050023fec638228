import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { baseContext, ENTITIES_QUERY, inProcessSubgraph, openTestDatabase, principal } from '../../../test/support/subgraph';
import { createLoaders } from '../src/application/loaders';
import type { AgreementContext, AgreementDeps } from '../src/graphql/context';
import { createResolvers } from '../src/graphql/resolvers';
import { relationshipProjectionEntity } from '@channelgraph/common';
import { agreementAcceptanceEntity, AgreementAcceptanceRow, agreementTemplateEntity, entities } from '../src/store/entities';
import { migrations } from '../src/store/migrations';

describe('agreement entities resolved by reference', () => {
  let dataSource: DataSource;
  let subgraph: Awaited<ReturnType<typeof inProcessSubgraph<AgreementContext>>>;
  const customer = randomUUID();
  // A superseded, already announced version published a year ago: other test files publish current
  // CUSTOMER_AGREEMENT versions into the same database, and no service may hear of this one as current.
  const aYearAgo = new Date(Date.now() - 365 * 86_400_000);
  const template = {
    id: randomUUID(),
    type: 'CUSTOMER_AGREEMENT' as const,
    version: `v-${randomUUID().slice(0, 8)}`,
    documentUrl: 'https://example.com/ca.pdf',
    language: 'en',
    publishedAt: aYearAgo,
    supersededAt: aYearAgo,
    announcedAt: aYearAgo,
    versionsAcceptedUntilDeadline: [],
  };
  const acceptance = (customerTenantId: string, acceptedAt = new Date()): AgreementAcceptanceRow => ({
    id: randomUUID(),
    customerTenantId,
    templateId: template.id,
    agreementType: template.type,
    version: template.version,
    method: 'CONFIRMED_BY_PARTNER',
    acceptedAt,
    acceptedByUserId: null,
    relationshipRequestId: null,
    dedupeKey: randomUUID(),
    contactFirstName: 'Casey',
    contactLastName: 'Customer',
    contactEmail: 'casey@customer.example.com',
    contactPhone: '+1 206 555 0100',
    confirmedByPartnerId: randomUUID(),
    confirmedByUserId: randomUUID(),
    recordedAt: new Date(),
  });
  const acceptances = Array.from({ length: 3 }, () => acceptance(customer));
  const customers = Array.from({ length: 5 }, () => randomUUID());
  const customerAcceptances = customers.flatMap((id, i) => Array.from({ length: i }, (_, n) => acceptance(id, new Date(Date.UTC(2026, 0, 1 + n)))));

  beforeAll(async () => {
    dataSource = await openTestDatabase('agreement', entities, migrations);
    await dataSource.getRepository(agreementTemplateEntity).insert(template);
    await dataSource.getRepository(agreementAcceptanceEntity).insert([...acceptances, ...customerAcceptances]);
    subgraph = await inProcessSubgraph<AgreementContext>('agreement', createResolvers({ dataSource } as AgreementDeps));
  });
  afterAll(async () => {
    await subgraph?.stop();
    await dataSource?.destroy();
  });

  const context = (tenantId: string, roles = ['GLOBAL_ADMIN'], partnerId?: string) => ({
    ...baseContext(principal({ tenantId, roles, partnerId })),
    loaders: createLoaders(dataSource),
  });

  it('resolves N acceptances and their template in two queries', async () => {
    const findBy = jest.spyOn(Repository.prototype, 'findBy');
    const result = await subgraph.execute(
      ENTITIES_QUERY('... on AgreementAcceptance { id method customer { id } template { version documentUrl isCurrent } }'),
      { representations: acceptances.map(({ id }) => ({ __typename: 'AgreementAcceptance', id })) },
      context(customer),
    );
    expect(result.errors).toBeUndefined();
    expect(findBy).toHaveBeenCalledTimes(2);
    findBy.mockRestore();
    expect((result.data as any)._entities).toHaveLength(3);
    expect((result.data as any)._entities[0]).toMatchObject({ customer: { id: customer }, template: { version: template.version, isCurrent: false } });
  });

  it('shows templates to anyone signed in, acceptances only to their customer', async () => {
    const result = await subgraph.execute(
      ENTITIES_QUERY('... on AgreementTemplate { id type } ... on AgreementAcceptance { id }'),
      {
        representations: [
          { __typename: 'AgreementTemplate', id: template.id },
          { __typename: 'AgreementAcceptance', id: acceptances[0].id },
        ],
      },
      context(randomUUID()),
    );
    expect((result.data as any)._entities).toEqual([{ id: template.id, type: 'CUSTOMER_AGREEMENT' }, null]);
  });

  describe('Customer, extended with its agreement record', () => {
    const CUSTOMER_FIELDS = ENTITIES_QUERY('... on Customer { id hasAcceptedCurrentAgreement agreementAcceptances { id acceptedAt template { version } } }');

    /** Runs the query as a platform operator (who sees every customer), counting the SQL statements it costs. */
    async function resolveCustomers(ids: string[]) {
      const query = jest.spyOn(MysqlQueryRunner.prototype, 'query');
      const result = await subgraph.execute(
        CUSTOMER_FIELDS,
        { representations: ids.map((id) => ({ __typename: 'Customer', id })) },
        context(randomUUID(), ['PLATFORM_OPERATOR']),
      );
      const statements = query.mock.calls.length;
      query.mockRestore();
      return { result, statements };
    }

    it('resolves N customers with a fixed number of queries: acceptances, current agreement, templates', async () => {
      const one = await resolveCustomers(customers.slice(4));
      const five = await resolveCustomers(customers);
      expect(five.result.errors).toBeUndefined();
      expect(one.statements).toBe(3);
      expect(five.statements).toBe(3);
      const resolved = (five.result.data as any)._entities;
      expect(resolved.map((c: any) => c.agreementAcceptances.length)).toEqual([0, 1, 2, 3, 4]);
      expect(resolved.map((c: any) => c.hasAcceptedCurrentAgreement)).toEqual([false, false, false, false, false]);
    });

    it('lists a customer’s acceptances newest first', async () => {
      const { result } = await resolveCustomers([customers[4]]);
      const dates = (result.data as any)._entities[0].agreementAcceptances.map((a: any) => a.acceptedAt);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('shows a customer’s record to its own users, and refuses it to another tenant', async () => {
      const own = await subgraph.execute(
        CUSTOMER_FIELDS,
        { representations: [{ __typename: 'Customer', id: customers[2] }] },
        context(customers[2], ['BILLING_ADMIN']),
      );
      expect(own.errors).toBeUndefined();
      expect((own.data as any)._entities[0].agreementAcceptances).toHaveLength(2);

      const other = await subgraph.execute(CUSTOMER_FIELDS, { representations: [{ __typename: 'Customer', id: customers[2] }] }, context(customers[3]));
      expect(other.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(other.errors?.[0].message).toMatch(/own users, its partners with an active relationship to it, and platform operators/);
      expect((other.data as any)._entities).toEqual([null]);
    });

    it('shows customers’ records to a partner with active relationships, with one more query for any number of customers', async () => {
      const partnerTenant = randomUUID();
      await dataSource.getRepository(relationshipProjectionEntity).insert(
        customers.map((customerTenantId, i) => ({
          id: randomUUID(),
          partnerId: randomUUID(),
          partnerTenantId: partnerTenant,
          customerTenantId,
          status: i === 0 ? ('TERMINATED' as const) : ('ACTIVE' as const),
          roles: ['RESELLER'],
          changedAt: new Date(),
        })),
      );
      const active = customers.slice(1);
      const query = jest.spyOn(MysqlQueryRunner.prototype, 'query');
      const result = await subgraph.execute(
        CUSTOMER_FIELDS,
        { representations: active.map((id) => ({ __typename: 'Customer', id })) },
        context(partnerTenant, ['SALES_AGENT'], randomUUID()),
      );
      const statements = query.mock.calls.length;
      query.mockRestore();
      expect(result.errors).toBeUndefined();
      expect(statements).toBe(4);
      expect((result.data as any)._entities.map((c: any) => c.agreementAcceptances.length)).toEqual([1, 2, 3, 4]);

      const ended = await subgraph.execute(
        CUSTOMER_FIELDS,
        { representations: [{ __typename: 'Customer', id: customers[0] }] },
        context(partnerTenant, ['SALES_AGENT'], randomUUID()),
      );
      expect(ended.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    });

    it('refuses an anonymous caller', async () => {
      const result = await subgraph.execute(
        CUSTOMER_FIELDS,
        { representations: [{ __typename: 'Customer', id: customers[1] }] },
        { ...baseContext(undefined), loaders: createLoaders(dataSource) },
      );
      expect(result.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
    });
  });
});
