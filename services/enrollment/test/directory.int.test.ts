import { randomInt, randomUUID } from 'node:crypto';
import { EntitySchema, ObjectLiteral, Repository } from 'typeorm';
import { errorCodes, graphql, GraphQLResponse, SIGN_UP, signUpInput, unique } from '../../../test/support/graphql';
import { testEnv } from '../../../test/support/stack';
import { loadEnrollmentConfig } from '../src/config';
import { searchTextOf } from '../src/domain/directory';
import { startEnrollment } from '../src/main';
import { partnerLeadEntity, partnerProfileEntity } from '../src/store/directory.entities';
import { partnerEntity, PartnerRow, tenantEntity, userEntity } from '../src/store/entities';

const UPDATE_PROFILE = `
  mutation Update($input: UpdateBusinessProfileInput!) {
    updateBusinessProfile(input: $input) { id legalName businessProfile { description city country organizationSizes keywords } }
  }`;

const SEARCH = `
  query Search($filter: PartnerSearchFilter, $first: Int, $after: String) {
    searchPartners(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id legalName status businessProfile { city country organizationSizes keywords } } }
    }
  }`;

const CONTACT = `
  mutation Contact($input: ContactPartnersInput!) {
    contactPartners(input: $input) { leadId contactedPartners { id legalName } }
  }`;

interface Profile {
  description: string;
  city: string;
  country: string;
  organizationSizes: string[];
  keywords: string[];
}

describe('the partner directory (R1) through the enrollment subgraph', () => {
  let service: Awaited<ReturnType<typeof startEnrollment>>;
  const url = () => service.server.url;
  const repo = <T extends ObjectLiteral>(entity: EntitySchema<T>) => service.platform.dataSource.getRepository(entity);

  beforeAll(async () => {
    service = await startEnrollment(loadEnrollmentConfig(testEnv()));
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  async function newTenant(country = 'US') {
    const tenant = { id: randomUUID(), domain: `${unique('dirt')}.example.com`, displayName: `Tenant ${unique()}`, country, createdAt: new Date() };
    await repo(tenantEntity).insert(tenant);
    return tenant;
  }

  /** An ACTIVE partner row, every column filled, inserted directly (enrolment is tested elsewhere). */
  async function newPartner(tenantId: string, legalName: string, status = 'ACTIVE'): Promise<PartnerRow> {
    const now = new Date();
    const partner: PartnerRow = {
      id: randomUUID(),
      tenantId,
      program: 'INDIRECT_RESELLER',
      status,
      legalName,
      // An MPN id is held by one tenant per programme: each row its own.
      mpnId: String(randomInt(1e6, 1e10)),
      addressLine1: '1 Main St',
      addressLine2: null,
      addressCity: 'Springfield',
      addressRegion: null,
      addressPostalCode: '12345',
      addressCountry: 'US',
      primaryFirstName: 'Pat',
      primaryLastName: 'Primary',
      primaryEmail: `pat-${randomUUID().slice(0, 8)}@partner.example.com`,
      primaryPhone: '+1 555 0100',
      primaryVerifiedAt: now,
      supportEmail: 'support@partner.example.com',
      supportPhone: '+1 555 0101',
      supportWebsite: 'https://partner.example.com/support',
      enrolledByUserId: null,
      rejectionReason: null,
      rejectionReasonCodes: null,
      createdAt: now,
      statusChangedAt: now,
    };
    await repo(partnerEntity).insert(partner);
    return partner;
  }

  async function newProfile(partner: PartnerRow, profile: Profile) {
    await repo(partnerProfileEntity).insert({ partnerId: partner.id, ...profile, searchText: searchTextOf(partner.legalName, profile), updatedAt: new Date() });
  }

  /** A tenant that signed up through the API: its global admin's token. */
  async function signUp() {
    const input = signUpInput();
    const response = await graphql(url(), SIGN_UP, { input });
    expect(response.errors).toBeUndefined();
    const { token, tenant, user } = response.data.signUp;
    return { token: token as string, tenantId: tenant.id as string, userId: user.id as string, email: input.admin.email, password: input.admin.password };
  }

  /** A signed-up tenant whose ACTIVE partner's admin (GLOBAL_ADMIN + ADMIN_AGENT) signed in: the token carries the partner id. */
  async function partnerAdmin(legalName = `Partner ${unique()}`) {
    const admin = await signUp();
    const partner = await newPartner(admin.tenantId, legalName);
    await repo(userEntity).update({ id: admin.userId }, { roles: ['GLOBAL_ADMIN', 'ADMIN_AGENT'] });
    const signedIn = await graphql(url(), 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
      input: { email: admin.email, password: admin.password },
    });
    expect(signedIn.errors).toBeUndefined();
    return { ...admin, partner, signUpToken: admin.token, token: signedIn.data.signIn.token as string };
  }

  const tokenOf = (subject: { userId?: string; tenantId: string; partnerId?: string; roles: string[] }) =>
    service.tokens.issue({
      userId: subject.userId ?? randomUUID(),
      tenantId: subject.tenantId,
      partnerId: subject.partnerId,
      roles: subject.roles,
      mustChangePassword: false,
    });

  const profileInput = (overrides: Partial<Profile> = {}): Profile => ({
    description: 'We move mid-sized companies to the cloud and keep them secure.',
    city: 'Lyon',
    country: 'FR',
    organizationSizes: ['MEDIUM', 'SMALL'],
    keywords: ['Azure migration', 'Security', 'azure MIGRATION'],
    ...overrides,
  });

  const expectError = (response: GraphQLResponse, code: string, field?: string) => {
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(response.errors?.[0].message.length).toBeGreaterThan(10);
  };

  describe('updateBusinessProfile', () => {
    it("lets the partner's admin agent write and rewrite its profile", async () => {
      const admin = await partnerAdmin('Contoso Cloud SAS');
      const first = await graphql(url(), UPDATE_PROFILE, { input: profileInput() }, admin.token);
      expect(first.errors).toBeUndefined();
      expect(first.data.updateBusinessProfile).toEqual({
        id: admin.partner.id,
        legalName: 'Contoso Cloud SAS',
        businessProfile: {
          description: profileInput().description,
          city: 'Lyon',
          country: 'FR',
          organizationSizes: ['SMALL', 'MEDIUM'],
          keywords: ['Azure migration', 'Security'],
        },
      });
      const second = await graphql(
        url(),
        UPDATE_PROFILE,
        { input: profileInput({ city: 'Grenoble', organizationSizes: ['LARGE'], keywords: ['Intune'] }) },
        admin.token,
      );
      expect(second.errors).toBeUndefined();
      expect(second.data.updateBusinessProfile.businessProfile).toMatchObject({ city: 'Grenoble', organizationSizes: ['LARGE'], keywords: ['Intune'] });
      const rows = await repo(partnerProfileEntity).findBy({ partnerId: admin.partner.id });
      expect(rows).toHaveLength(1);
      expect(rows[0].searchText).toBe(' contoso cloud sas we move mid sized companies to the cloud and keep them secure intune ');
    });

    it('asks a user whose sign-in predates the enrolment to sign in again (the token names no partner)', async () => {
      const admin = await partnerAdmin();
      const token = await tokenOf({ userId: admin.userId, tenantId: admin.tenantId, roles: ['ADMIN_AGENT'] });
      const response = await graphql(url(), UPDATE_PROFILE, { input: profileInput() }, token);
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('sign in again') });
    });

    it('refuses every other role of the partner, any non-partner tenant, and anonymous callers', async () => {
      const admin = await partnerAdmin();
      const salesAgent = await tokenOf({ tenantId: admin.tenantId, partnerId: admin.partner.id, roles: ['SALES_AGENT', 'USER_MANAGEMENT_ADMIN'] });
      const customer = await signUp();
      const customerWithAgentRole = await tokenOf({ userId: customer.userId, tenantId: customer.tenantId, roles: ['ADMIN_AGENT'] });
      for (const token of [salesAgent, customer.token, customerWithAgentRole]) {
        expectError(await graphql(url(), UPDATE_PROFILE, { input: profileInput() }, token), 'FORBIDDEN');
      }
      expectError(await graphql(url(), UPDATE_PROFILE, { input: profileInput() }), 'UNAUTHENTICATED');
      // The partner's global admin before becoming its admin agent cannot either (their sign-up token).
      expectError(await graphql(url(), UPDATE_PROFILE, { input: profileInput() }, admin.signUpToken), 'FORBIDDEN');
      expect(await repo(partnerProfileEntity).countBy({ partnerId: admin.partner.id })).toBe(0);
    });

    it("keeps tenants apart: A's admin agent can never change B's profile", async () => {
      const a = await partnerAdmin();
      const b = await partnerAdmin();
      expect((await graphql(url(), UPDATE_PROFILE, { input: profileInput({ city: 'Bordeaux' }) }, b.token)).errors).toBeUndefined();
      // A token of A's tenant naming B's partner (forged or stale) is refused, not redirected.
      const crossed = await tokenOf({ userId: a.userId, tenantId: a.tenantId, partnerId: b.partner.id, roles: ['ADMIN_AGENT'] });
      expectError(await graphql(url(), UPDATE_PROFILE, { input: profileInput({ city: 'Marseille' }) }, crossed), 'FORBIDDEN');
      // A's own update touches A's profile only.
      expect((await graphql(url(), UPDATE_PROFILE, { input: profileInput({ city: 'Nantes' }) }, a.token)).errors).toBeUndefined();
      expect((await repo(partnerProfileEntity).findOneByOrFail({ partnerId: b.partner.id })).city).toBe('Bordeaux');
      expect((await repo(partnerProfileEntity).findOneByOrFail({ partnerId: a.partner.id })).city).toBe('Nantes');
    });

    it.each([
      ['a short description', { description: 'Too short.' }, 'description'],
      ['an unknown country', { country: 'QQ' }, 'country'],
      ['no organisation size', { organizationSizes: [] }, 'organizationSizes'],
      ['a one-letter keyword', { keywords: ['x'] }, 'keywords'],
      ['21 keywords', { keywords: Array.from({ length: 21 }, (_, i) => `keyword ${i}`) }, 'keywords'],
    ])('refuses %s, naming the field, and writes nothing', async (_what, change, field) => {
      const admin = await partnerAdmin();
      expectError(await graphql(url(), UPDATE_PROFILE, { input: profileInput(change) }, admin.token), 'BAD_USER_INPUT', field);
      expect(await repo(partnerProfileEntity).countBy({ partnerId: admin.partner.id })).toBe(0);
    });
  });

  describe('searchPartners', () => {
    // Words unique to this run, so other tests' partners never show up.
    const run = unique('r').toLowerCase();
    const kube = `kube${run}`;
    const sec = `sec${run}`;
    const berlin = `Berlin${run}`;
    const paris = `Paris${run}`;
    const p: Record<string, PartnerRow> = {};
    let viewer: string;

    beforeAll(async () => {
      viewer = (await signUp()).token;
      const add = async (key: string, legalName: string, profile: Profile | null, status = 'ACTIVE') => {
        p[key] = await newPartner((await newTenant()).id, legalName, status);
        if (profile) await newProfile(p[key], profile);
      };
      const about = (words: string) => `Certified team for growing companies: ${words}.`;
      await add('delta', `Delta ${run}`, {
        description: about(`${kube} clusters and ${sec} audits`),
        city: berlin,
        country: 'DE',
        organizationSizes: ['SMALL', 'MEDIUM'],
        keywords: [run, kube, sec],
      });
      await add('bravo', `Bravo ${run}`, {
        description: about('cloud operations'),
        city: berlin,
        country: 'DE',
        organizationSizes: ['LARGE'],
        keywords: [run, kube],
      });
      await add('charlie', `Charlie ${run}`, {
        description: about('licensing'),
        city: paris,
        country: 'FR',
        organizationSizes: ['SMALL'],
        keywords: [run, 'AI'],
      });
      await add('alpha', `Alpha ${run}`, {
        description: about('devices'),
        city: paris,
        country: 'FR',
        organizationSizes: ['MEDIUM', 'LARGE'],
        keywords: [run],
      });
      // Never in the directory: under review, or ACTIVE without a profile.
      await add(
        'inReview',
        `Echo ${run}`,
        { description: about(`${kube} ${sec}`), city: berlin, country: 'DE', organizationSizes: ['SMALL'], keywords: [run, kube, sec] },
        'IN_REVIEW',
      );
      await add('noProfile', `Foxtrot ${run}`, null);
      // Others in the directory, so this run's words are rare (as real search words are).
      for (let i = 0; i < 3; i += 1)
        await add(`other${i}`, `Other ${unique()}`, {
          description: about('printers and networks'),
          city: `Elsewhere${run}`,
          country: 'DE',
          organizationSizes: ['SMALL'],
          keywords: ['Printers'],
        });
    });

    async function search(filter: Record<string, unknown> | null, first?: number, after?: string, token = viewer) {
      const response = await graphql(url(), SEARCH, { filter, first, after }, token);
      expect(response.errors).toBeUndefined();
      return response.data.searchPartners as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ cursor: string; node: any }>;
      };
    }
    const names = (result: Awaited<ReturnType<typeof search>>) => result.edges.map((edge) => edge.node.legalName.split(' ')[0]);

    it('finds ACTIVE partners with a profile only, to any signed-in user', async () => {
      const result = await search({ keywords: run });
      expect(names(result).sort()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
      expect(result.totalCount).toBe(4);
      expect(result.edges.every((edge) => edge.node.status === 'ACTIVE')).toBe(true);
      expect(result.edges.find((edge) => edge.node.id === p.charlie.id)?.node.businessProfile).toEqual({
        city: paris,
        country: 'FR',
        organizationSizes: ['SMALL'],
        keywords: [run, 'AI'],
      });
      expectError(await graphql(url(), SEARCH, { filter: { keywords: run } }), 'UNAUTHENTICATED');
    });

    it('pages through equal scores by id (the keyset has a tie-breaker)', async () => {
      const result = await search({ keywords: run });
      const scores = result.edges.map((edge) => JSON.parse(Buffer.from(edge.cursor, 'base64url').toString())[0] as number);
      // Alpha and Charlie hold the word equally often: the same score, ordered by id.
      expect(new Set(scores).size).toBeLessThan(scores.length);
      const tied = result.edges.filter((_, i) => scores.indexOf(scores[i]) !== i || scores.lastIndexOf(scores[i]) !== i).map((edge) => edge.node.id);
      expect(tied).toEqual([...tied].sort());
    });

    it('ranks the best keyword match first', async () => {
      const result = await search({ keywords: `${sec} ${kube}` });
      expect(names(result)).toEqual(['Delta', 'Bravo']);
      expect(result.totalCount).toBe(2);
    });

    it.each([
      ['country', { keywords: run, country: 'de' }, ['Bravo', 'Delta']],
      ['city, whatever its case', { keywords: run, city: paris.toUpperCase() }, ['Alpha', 'Charlie']],
      ['organisation size', { keywords: run, organizationSize: 'LARGE' }, ['Alpha', 'Bravo']],
      ['every filter at once', { keywords: kube, country: 'DE', city: berlin, organizationSize: 'MEDIUM' }, ['Delta']],
    ])('filters by %s', async (_what, filter, expected) => {
      const result = await search(filter);
      expect(names(result).sort()).toEqual(expected);
      expect(result.totalCount).toBe(expected.length);
    });

    it('lists by legal name without keywords', async () => {
      expect(names(await search({ city: berlin }))).toEqual(['Bravo', 'Delta']);
      expect(names(await search({ country: 'FR', city: paris }))).toEqual(['Alpha', 'Charlie']);
    });

    it('matches words the full-text index skips (shorter than 3 letters, stopwords) by scanning', async () => {
      expect(names(await search({ keywords: 'AI', city: paris }))).toEqual(['Charlie']);
      expect(names(await search({ keywords: 'and', city: berlin }))).toEqual(['Delta']);
      // An indexed word and a short one: a match of either counts, both rank first.
      const mixed = await search({ keywords: `ai ${run}`, country: 'FR' });
      expect(names(mixed)[0]).toBe('Charlie');
      expect(mixed.totalCount).toBe(2);
    });

    it.each([
      ['keywords, by relevance', { keywords: run }],
      ['filters only, by name', { city: berlin }],
      ['filters only, over several cities', { keywords: null, country: 'FR' }],
    ])('pages through %s with first/after, totalCount on every page', async (_what, filter) => {
      const all = await search(filter, 100);
      const seen: string[] = [];
      let after: string | undefined;
      for (let pageNo = 0; pageNo < 20; pageNo += 1) {
        const page = await search(filter, 1, after);
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
      expect(seen.length).toBe(all.totalCount);
      const two = await search(filter, 2);
      expect(two.edges.map((edge) => edge.node.id)).toEqual(seen.slice(0, 2));
    });

    it('refuses a bad cursor or page size as BAD_USER_INPUT', async () => {
      const nameCursor = (await search({ city: berlin }, 1)).pageInfo.endCursor!;
      const [name, id, check] = JSON.parse(Buffer.from(nameCursor, 'base64url').toString());
      const edited = Buffer.from(JSON.stringify([`${name}z`, id, check])).toString('base64url');
      for (const [variables, field] of [
        [{ filter: { keywords: run }, after: 'not-a-cursor' }, 'after'],
        [{ filter: { keywords: run }, after: nameCursor }, 'after'],
        [{ filter: { city: paris }, after: nameCursor }, 'after'],
        [{ filter: { city: berlin }, after: edited }, 'after'],
        [{ filter: { city: berlin }, after: '' }, 'after'],
        [{ filter: { city: berlin }, after: Buffer.from(JSON.stringify([1, 'x'])).toString('base64url') }, 'after'],
        [{ filter: { keywords: run }, first: 0 }, 'first'],
        [{ filter: { keywords: run }, first: 101 }, 'first'],
        [{ filter: { country: 'QQ' } }, 'filter.country'],
      ] as const) {
        expectError(await graphql(url(), SEARCH, variables, viewer), 'BAD_USER_INPUT', field);
      }
    });

    it("loads the partners' business profiles with one query per page", async () => {
      const findBy = jest.spyOn(Repository.prototype, 'findBy');
      try {
        await search({ keywords: run });
        const profileQueries = findBy.mock.contexts.filter((repository) => (repository as Repository<object>).metadata.tableName === 'partner_profile');
        expect(profileQueries).toHaveLength(1);
      } finally {
        findBy.mockRestore();
      }
    });

    describe('contactPartners', () => {
      const need = 'We are 40 people moving to Azure and need help with Intune and licences.';
      let customer: Awaited<ReturnType<typeof signUp>>;
      beforeAll(async () => {
        customer = await signUp();
      });

      it("writes the lead, its recipients and one PartnersContacted event for the customer's global admin", async () => {
        const response = await graphql(
          url(),
          CONTACT,
          { input: { partnerIds: [p.delta.id, p.charlie.id], need, contactEmail: 'Buyer@Example.com' } },
          customer.token,
        );
        expect(response.errors).toBeUndefined();
        const { leadId, contactedPartners } = response.data.contactPartners;
        expect(contactedPartners.map((partner: { id: string }) => partner.id)).toEqual([p.delta.id, p.charlie.id]);
        const [lead] = await service.platform.dataSource.query(
          'SELECT customer_tenant_id, created_by_user_id, contact_email, need FROM partner_lead WHERE id = ?',
          [leadId],
        );
        expect(lead).toEqual({ customer_tenant_id: customer.tenantId, created_by_user_id: customer.userId, contact_email: 'buyer@example.com', need });
        const recipients = await service.platform.dataSource.query('SELECT partner_id FROM partner_lead_recipient WHERE lead_id = ? ORDER BY partner_id', [
          leadId,
        ]);
        expect(recipients.map((row: { partner_id: string }) => row.partner_id)).toEqual([p.delta.id, p.charlie.id].sort());
        const events = await service.platform.dataSource.query('SELECT event_type, topic, message FROM outbox_event WHERE aggregate_id = ?', [leadId]);
        expect(events).toHaveLength(1);
        expect(events[0].event_type).toBe('channelgraph.enrollment.PartnersContacted.v1');
        expect(events[0].topic).toMatch(/channelgraph\.enrollment\.lead$/);
        const event = JSON.parse(events[0].message);
        expect(event).toMatchObject({ subject: leadId, tenantid: customer.tenantId });
        expect(event.data).toMatchObject({
          leadId,
          customerTenantId: customer.tenantId,
          customerName: expect.stringMatching(/^Org /),
          contactEmail: 'buyer@example.com',
          need,
          partners: [
            {
              partnerId: p.delta.id,
              tenantId: p.delta.tenantId,
              legalName: p.delta.legalName,
              primaryContactEmail: p.delta.primaryEmail,
              primaryContactFirstName: 'Pat',
            },
            {
              partnerId: p.charlie.id,
              tenantId: p.charlie.tenantId,
              legalName: p.charlie.legalName,
              primaryContactEmail: p.charlie.primaryEmail,
              primaryContactFirstName: 'Pat',
            },
          ],
        });
      });

      async function leadCount(tenantId: string) {
        return repo(partnerLeadEntity).countBy({ customerTenantId: tenantId });
      }

      it('is for global admins only', async () => {
        const salesAgent = await tokenOf({ tenantId: customer.tenantId, roles: ['SALES_AGENT', 'BILLING_ADMIN'] });
        const agentOnly = await tokenOf({ tenantId: customer.tenantId, roles: ['ADMIN_AGENT'] });
        const before = await leadCount(customer.tenantId);
        for (const token of [salesAgent, agentOnly]) {
          expectError(await graphql(url(), CONTACT, { input: { partnerIds: [p.alpha.id], need, contactEmail: 'buyer@example.com' } }, token), 'FORBIDDEN');
        }
        expectError(await graphql(url(), CONTACT, { input: { partnerIds: [p.alpha.id], need, contactEmail: 'buyer@example.com' } }), 'UNAUTHENTICATED');
        expect(await leadCount(customer.tenantId)).toBe(before);
      });

      it.each([
        ['an unknown partner', () => [p.alpha.id, randomUUID()], 'partnerIds'],
        ['a partner under review', () => [p.inReview.id], 'partnerIds'],
        ['six partners', () => Array.from({ length: 6 }, () => randomUUID()), 'partnerIds'],
        ['no partner', () => [], 'partnerIds'],
      ])('refuses %s as BAD_USER_INPUT naming partnerIds, and writes nothing', async (_what, ids, field) => {
        const before = await leadCount(customer.tenantId);
        expectError(
          await graphql(url(), CONTACT, { input: { partnerIds: ids(), need, contactEmail: 'buyer@example.com' } }, customer.token),
          'BAD_USER_INPUT',
          field,
        );
        expect(await leadCount(customer.tenantId)).toBe(before);
      });

      it('refuses a short need, a bad address, and contacting your own partner', async () => {
        expectError(
          await graphql(url(), CONTACT, { input: { partnerIds: [p.alpha.id], need: 'Help!', contactEmail: 'buyer@example.com' } }, customer.token),
          'BAD_USER_INPUT',
          'need',
        );
        expectError(
          await graphql(url(), CONTACT, { input: { partnerIds: [p.alpha.id], need, contactEmail: 'nobody' } }, customer.token),
          'BAD_USER_INPUT',
          'contactEmail',
        );
        const own = await partnerAdmin();
        expectError(
          await graphql(url(), CONTACT, { input: { partnerIds: [own.partner.id, p.alpha.id], need, contactEmail: 'buyer@example.com' } }, own.token),
          'BAD_USER_INPUT',
          'partnerIds',
        );
      });

      it('allows 10 leads per customer tenant per hour, counted from the database, then says when to retry', async () => {
        const busy = await signUp();
        const lead = (minutesAgo: number) => ({
          id: randomUUID(),
          customerTenantId: busy.tenantId,
          createdByUserId: busy.userId,
          contactEmail: 'buyer@example.com',
          need,
          createdAt: new Date(Date.now() - minutesAgo * 60000),
        });
        // Sent before a restart (the limit lives in the database): 8 in the last hour, 3 long ago that no longer count.
        const oldest = lead(50);
        await repo(partnerLeadEntity).insert([oldest, ...[40, 30, 20, 10, 5, 4, 3].map(lead), ...[61, 90, 180].map(lead)]);
        const contact = () => graphql(url(), CONTACT, { input: { partnerIds: [p.bravo.id], need, contactEmail: 'buyer@example.com' } }, busy.token);
        expect((await contact()).errors).toBeUndefined();
        expect((await contact()).errors).toBeUndefined();
        const refused = await contact();
        expectError(refused, 'FORBIDDEN');
        expect(refused.errors?.[0].message).toContain(`Try again after ${new Date(oldest.createdAt.getTime() + 3600 * 1000).toISOString()}`);
        expect(await leadCount(busy.tenantId)).toBe(13);
        // Another customer is not held back.
        expect(
          (await graphql(url(), CONTACT, { input: { partnerIds: [p.bravo.id], need, contactEmail: 'buyer@example.com' } }, customer.token)).errors,
        ).toBeUndefined();
      });

      it('holds under concurrent requests: the tenant row lock serializes the count', async () => {
        const rush = await signUp();
        const responses = await Promise.all(
          Array.from({ length: 13 }, () =>
            graphql(url(), CONTACT, { input: { partnerIds: [p.alpha.id], need, contactEmail: 'buyer@example.com' } }, rush.token),
          ),
        );
        expect(responses.filter((response) => !response.errors).length).toBe(10);
        expect(responses.filter((response) => errorCodes(response)[0] === 'FORBIDDEN').length).toBe(3);
        expect(await leadCount(rush.tenantId)).toBe(10);
        const events = await service.platform.dataSource.query(
          "SELECT COUNT(*) AS n FROM outbox_event WHERE event_type = 'channelgraph.enrollment.PartnersContacted.v1' AND aggregate_id IN (SELECT id FROM partner_lead WHERE customer_tenant_id = ?)",
          [rush.tenantId],
        );
        expect(Number(events[0].n)).toBe(10);
      });
    });
  });
});
