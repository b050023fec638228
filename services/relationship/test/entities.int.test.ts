import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { baseContext, ENTITIES_QUERY, inProcessSubgraph, openTestDatabase, principal } from '../../../test/support/subgraph';
import { createLoaders } from '../src/application/loaders';
import { createResolvers, RelationshipContext, RelationshipDeps } from '../src/graphql/resolvers';
import { entities, indirectLinkEntity, relationshipEntity, relationshipRequestEntity, RelationshipRequestRow, RelationshipRow } from '../src/store/entities';
import { migrations } from '../src/store/migrations';

describe('relationship entities resolved by reference', () => {
  let dataSource: DataSource;
  let subgraph: Awaited<ReturnType<typeof inProcessSubgraph<RelationshipContext>>>;
  const partnerTenant = randomUUID();
  const customerTenant = randomUUID();
  const now = new Date();
  const relationships = Array.from({ length: 5 }, (): RelationshipRow => ({
    id: randomUUID(),
    partnerId: randomUUID(),
    partnerTenantId: partnerTenant,
    customerTenantId: customerTenant,
    customerName: 'Customer',
    customerDomain: 'customer.example.com',
    assignedUserId: null,
    source: 'OWN_MARKETING',
    roles: ['RESELLER', 'DELEGATED_ADMIN'],
    status: 'ACTIVE',
    adminRoles: ['GLOBAL_ADMINISTRATOR'],
    adminAccessExpiresAt: new Date(now.getTime() + 730 * 86400000),
    autoExtend: false,
    adminNextWarningAt: null,
    adminAccessMigrated: false,
    establishedAt: now,
    updatedAt: now,
  }));
  const request: RelationshipRequestRow = {
    id: randomUUID(),
    kind: 'CUSTOMER',
    partnerId: randomUUID(),
    partnerTenantId: partnerTenant,
    indirectProviderId: null,
    indirectProviderTenantId: null,
    respondedByTenantId: null,
    source: 'OWN_MARKETING',
    leadId: null,
    referralId: null,
    roles: ['RESELLER'],
    status: 'PENDING',
    inviteeEmail: 'c@example.com',
    adminRoles: [],
    adminAccessDuration: null,
    autoExtend: false,
    relationshipId: null,
    customerTenantId: null,
    tokenHash: randomUUID().replace(/-/g, '').padEnd(64, '0'),
    expiresAt: new Date(now.getTime() + 86400000),
    createdAt: now,
    updatedAt: now,
  };
  const link = {
    id: randomUUID(),
    providerId: randomUUID(),
    providerTenantId: randomUUID(),
    resellerId: randomUUID(),
    resellerTenantId: partnerTenant,
    status: 'ACTIVE',
    providerAdminAccess: true,
    establishedAt: now,
    updatedAt: now,
  };

  beforeAll(async () => {
    dataSource = await openTestDatabase('relationship', entities, migrations);
    await dataSource.getRepository(relationshipEntity).insert(relationships);
    await dataSource.getRepository(relationshipRequestEntity).insert(request);
    await dataSource.getRepository(indirectLinkEntity).insert(link);
    subgraph = await inProcessSubgraph<RelationshipContext>('relationship', createResolvers({ dataSource } as RelationshipDeps));
  });
  afterAll(async () => {
    await subgraph?.stop();
    await dataSource?.destroy();
  });

  const context = (tenantId: string) => ({ ...baseContext(principal({ tenantId })), loaders: createLoaders(dataSource) });

  it('resolves N relationships with one query, for the partner and for the customer', async () => {
    const findBy = jest.spyOn(Repository.prototype, 'findBy');
    const result = await subgraph.execute(
      ENTITIES_QUERY('... on Relationship { id roles adminPrivileges status partner { id } customer { id } }'),
      { representations: relationships.map(({ id }) => ({ __typename: 'Relationship', id })) },
      context(partnerTenant),
    );
    expect(result.errors).toBeUndefined();
    expect(findBy).toHaveBeenCalledTimes(1);
    findBy.mockRestore();
    expect((result.data as any)._entities).toHaveLength(5);
    expect((result.data as any)._entities[0]).toMatchObject({ adminPrivileges: true, customer: { id: customerTenant } });
    const asCustomer = await subgraph.execute(
      ENTITIES_QUERY('... on Relationship { id }'),
      { representations: [{ __typename: 'Relationship', id: relationships[0].id }] },
      context(customerTenant),
    );
    expect((asCustomer.data as any)._entities).toEqual([{ id: relationships[0].id }]);
  });

  it('resolves requests and indirect links for the tenants they concern', async () => {
    const result = await subgraph.execute(
      ENTITIES_QUERY('... on RelationshipRequest { id status roles } ... on IndirectLink { id providerAdminAccess reseller { id } }'),
      {
        representations: [
          { __typename: 'RelationshipRequest', id: request.id },
          { __typename: 'IndirectLink', id: link.id },
        ],
      },
      context(partnerTenant),
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any)._entities).toEqual([
      { id: request.id, status: 'PENDING', roles: ['RESELLER'] },
      { id: link.id, providerAdminAccess: true, reseller: { id: link.resellerId } },
    ]);
  });

  it('resolves nothing for another tenant', async () => {
    const result = await subgraph.execute(
      ENTITIES_QUERY('... on Relationship { id } ... on RelationshipRequest { id } ... on IndirectLink { id }'),
      {
        representations: [
          { __typename: 'Relationship', id: relationships[0].id },
          { __typename: 'RelationshipRequest', id: request.id },
          { __typename: 'IndirectLink', id: link.id },
        ],
      },
      context(randomUUID()),
    );
    expect((result.data as any)._entities).toEqual([null, null, null]);
  });

  it('requires a signed-in caller', async () => {
    const result = await subgraph.execute(
      ENTITIES_QUERY('... on Relationship { id }'),
      { representations: [{ __typename: 'Relationship', id: relationships[0].id }] },
      { ...baseContext(), loaders: createLoaders(dataSource) },
    );
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
