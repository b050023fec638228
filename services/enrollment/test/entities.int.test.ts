import { randomInt, randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { baseContext, ENTITIES_QUERY, inProcessSubgraph, openTestDatabase, principal } from '../../../test/support/subgraph';
import { createLoaders } from '../src/application/loaders';
import type { EnrollmentContext } from '../src/graphql/context';
import { createResolvers, EnrollmentDeps } from '../src/graphql/resolvers';
import { entities, partnerEntity, tenantEntity, userEntity } from '../src/store/entities';
import { migrations } from '../src/store/migrations';

describe('enrollment entities resolved by reference', () => {
  let dataSource: DataSource;
  let subgraph: Awaited<ReturnType<typeof inProcessSubgraph<EnrollmentContext>>>;
  const now = new Date();
  const tenants = Array.from({ length: 4 }, (_, i) => ({
    id: randomUUID(),
    domain: `ref${i}-${randomUUID().slice(0, 8)}.example.com`,
    displayName: `Ref ${i}`,
    country: 'FR',
    createdAt: now,
  }));
  const user = {
    id: randomUUID(),
    tenantId: tenants[0].id,
    fullName: 'Ref User',
    email: `${randomUUID()}@example.com`,
    passwordHash: 'x',
    roles: ['GLOBAL_ADMIN' as const],
    mustChangePassword: false,
    createdAt: now,
    updatedAt: now,
  };
  const partner = {
    id: randomUUID(),
    tenantId: tenants[1].id,
    program: 'INDIRECT_RESELLER' as const,
    status: 'IN_REVIEW',
    legalName: 'Ref Partner',
    mpnId: String(randomInt(1e6, 1e10)),
    addressLine1: '1 Main St',
    addressLine2: null,
    addressCity: 'Paris',
    addressRegion: null,
    addressPostalCode: '75001',
    addressCountry: 'FR',
    primaryFirstName: 'Pat',
    primaryLastName: 'Primary',
    primaryEmail: 'pat@ref.example.com',
    primaryPhone: '+33 1 23 45 67 89',
    primaryVerifiedAt: now,
    supportEmail: 'support@ref.example.com',
    supportPhone: '+33 1 00 00 00 00',
    supportWebsite: 'https://ref.example.com/support',
    enrolledByUserId: null,
    rejectionReason: null,
    rejectionReasonCodes: null,
    createdAt: now,
    statusChangedAt: now,
  };

  beforeAll(async () => {
    dataSource = await openTestDatabase('enrollment', entities, migrations);
    await dataSource.getRepository(tenantEntity).insert(tenants);
    await dataSource.getRepository(userEntity).insert(user);
    await dataSource.getRepository(partnerEntity).insert(partner);
    subgraph = await inProcessSubgraph<EnrollmentContext>('enrollment', createResolvers({ dataSource } as EnrollmentDeps));
  });
  afterAll(async () => {
    await subgraph?.stop();
    await dataSource?.destroy();
  });

  const context = (tenantId: string) => ({ ...baseContext(principal({ tenantId })), loaders: createLoaders(dataSource) });

  it('resolves N tenants and customers with one query', async () => {
    const findBy = jest.spyOn(Repository.prototype, 'findBy');
    const result = await subgraph.execute(
      ENTITIES_QUERY('... on Tenant { id domain } ... on Customer { id displayName country }'),
      {
        representations: tenants.flatMap(({ id }) => [
          { __typename: 'Tenant', id },
          { __typename: 'Customer', id },
        ]),
      },
      context(tenants[0].id),
    );
    expect(result.errors).toBeUndefined();
    expect(findBy).toHaveBeenCalledTimes(1);
    findBy.mockRestore();
    expect((result.data as any)._entities).toHaveLength(8);
    expect((result.data as any)._entities[1]).toEqual({ id: tenants[0].id, displayName: 'Ref 0', country: 'FR' });
  });

  it('shows a user only to their own tenant and a partner under review only to its tenant', async () => {
    const representations = [
      { __typename: 'User', id: user.id },
      { __typename: 'Partner', id: partner.id },
    ];
    const selection = ENTITIES_QUERY('... on User { email } ... on Partner { legalName status }');
    const outsider = await subgraph.execute(selection, { representations }, context(randomUUID()));
    expect((outsider.data as any)._entities).toEqual([null, null]);
    const own = await subgraph.execute(selection, { representations }, context(tenants[0].id));
    expect((own.data as any)._entities[0]).toEqual({ email: user.email });
    const partnerTenant = await subgraph.execute(selection, { representations }, context(tenants[1].id));
    expect((partnerTenant.data as any)._entities[1]).toEqual({ legalName: 'Ref Partner', status: 'IN_REVIEW' });
  });
});
