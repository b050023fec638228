import { randomUUID } from 'node:crypto';
import { errorCodes, eventually, graphql, SIGN_UP, signUpCustomer, signUpInput, unique } from '../../../test/support/graphql';
import { activePartner, ENROLL, enrolmentInput, operatorToken, registerMpnProfile, verificationTokenFrom } from '../../../test/support/partners';
import { ACCEPT, REQUEST } from '../../../test/support/relationships';
import { Stack, startStack } from '../../../test/support/stack';

describe('the relationship subgraph', () => {
  let stack: Stack;
  let url: string;
  const db = () => stack.relationship.platform.dataSource;

  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const customer = () => signUpCustomer(url);

  async function invite(partnerToken: string, roles: string[], email: string) {
    const { data, errors } = await graphql(url, REQUEST, { input: { roles, customerEmail: email } }, partnerToken);
    if (errors) throw new Error(errors[0].message);
    return { id: data.requestRelationship.id as string, token: new URL(data.requestRelationship.invitationUrl).searchParams.get('token')! };
  }

  async function state() {
    const [row] = await db().query('SELECT (SELECT COUNT(*) FROM relationship) AS relationships, (SELECT COUNT(*) FROM outbox_event) AS events');
    return { relationships: Number(row.relationships), events: Number(row.events) };
  }

  describe('who may invite', () => {
    it('refuses a tenant that is not an active partner, and roles outside R2', async () => {
      const notAPartner = await customer();
      const refused = await graphql(url, REQUEST, { input: { roles: ['ADVISOR'], customerEmail: 'x@example.com' } }, notAPartner.token);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      const partner = await activePartner(url);
      const unknownRole = await graphql(url, REQUEST, { input: { roles: [], customerEmail: 'x@example.com' } }, partner.token);
      expect(unknownRole.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
      const badEmail = await graphql(url, REQUEST, { input: { roles: ['ADVISOR'], customerEmail: 'not-an-address' } }, partner.token);
      expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerEmail' });
    });

    it('lets only a provider invite resellers', async () => {
      const reseller = await activePartner(url, 'INDIRECT_RESELLER');
      const refused = await graphql(url, 'mutation { inviteIndirectReseller(input: { resellerEmail: "r@example.com" }) { id } }', {}, reseller.token);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/indirect provider/) });
    });
  });

  describe('invitation links', () => {
    it('refuses unknown, cancelled, expired and reused links, changing nothing', async () => {
      const partner = await activePartner(url);
      const buyer = await customer();
      expect((await graphql(url, ACCEPT, { input: { token: 'A'.repeat(43) } }, buyer.token)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'token',
      });

      const cancelled = await invite(partner.token, ['ADVISOR'], buyer.email);
      expect(
        (await graphql(url, `mutation { cancelRelationshipRequest(input: { id: "${cancelled.id}" }) { status } }`, {}, partner.token)).data
          .cancelRelationshipRequest.status,
      ).toBe('CANCELLED');
      const before = await state();
      const afterCancel = await graphql(url, ACCEPT, { input: { token: cancelled.token } }, buyer.token);
      expect(afterCancel.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/cancelled/) });

      const expired = await invite(partner.token, ['ADVISOR'], buyer.email);
      await db().query('UPDATE relationship_request SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?', [expired.id]);
      const afterExpiry = await graphql(url, ACCEPT, { input: { token: expired.token } }, buyer.token);
      expect(afterExpiry.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/expired/) });
      const read = await graphql(url, 'query($t: String!) { relationshipRequestByToken(token: $t) { status } }', { t: expired.token }, buyer.token);
      expect(read.data.relationshipRequestByToken.status).toBe('EXPIRED');
      expect((await state()).relationships).toBe(before.relationships + 0);

      const once = await invite(partner.token, ['ADVISOR'], buyer.email);
      expect((await graphql(url, ACCEPT, { input: { token: once.token } }, buyer.token)).errors).toBeUndefined();
      const second = await customer();
      expect(errorCodes(await graphql(url, ACCEPT, { input: { token: once.token } }, second.token))).toEqual(['CONFLICT']);
    });

    it('marks expired invitations EXPIRED with an event', async () => {
      const partner = await activePartner(url);
      const request = await invite(partner.token, ['ADVISOR'], 'later@example.com');
      await db().query('UPDATE relationship_request SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?', [request.id]);
      const { expireRequests } = await import('../src/application/expire-requests');
      expect(await expireRequests(stack.relationship.platform.unitOfWork)).toBeGreaterThanOrEqual(1);
      const [row] = await db().query('SELECT status FROM relationship_request WHERE id = ?', [request.id]);
      expect(row.status).toBe('EXPIRED');
      const [event] = await db().query("SELECT COUNT(*) AS n FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%RelationshipRequestExpired%'", [
        request.id,
      ]);
      expect(Number(event.n)).toBe(1);
    });
  });

  describe('tenant isolation', () => {
    it('shows another tenant nothing and lets it change nothing', async () => {
      const partner = await activePartner(url);
      const buyer = await customer();
      const request = await invite(partner.token, ['DELEGATED_ADMIN', 'ADVISOR'], buyer.email);
      const relationship = (await graphql(url, ACCEPT, { input: { token: request.token } }, buyer.token)).data.acceptRelationshipRequest;
      const outsider = await activePartner(url);
      const outsiderCustomer = await customer();
      const before = await db().query('SELECT id, roles, status FROM relationship WHERE id = ?', [relationship.id]);

      const attempts: Array<[string, string, string, string]> = [
        ['partner customers', `{ partner(id: "${partner.partnerId}") { customers { totalCount } } }`, outsider.token, 'FORBIDDEN'],
        ['partner requests', `{ partner(id: "${partner.partnerId}") { relationshipRequests { totalCount } } }`, outsider.token, 'FORBIDDEN'],
        ['partner links', `{ partner(id: "${partner.partnerId}") { indirectProviders { id } } }`, outsider.token, 'FORBIDDEN'],
        ['customer relationships', `{ customer(id: "${buyer.tenantId}") { relationships { id } } }`, outsiderCustomer.token, 'NOT_FOUND'],
        [
          'remove admin privileges',
          `mutation { removeAdminPrivileges(input: { relationshipId: "${relationship.id}" }) { id } }`,
          outsiderCustomer.token,
          'NOT_FOUND',
        ],
        ['delete', `mutation { deleteRelationship(input: { relationshipId: "${relationship.id}" }) { id } }`, outsiderCustomer.token, 'NOT_FOUND'],
        ['terminate', `mutation { terminateRelationship(input: { relationshipId: "${relationship.id}" }) { id } }`, outsider.token, 'NOT_FOUND'],
        ['cancel', `mutation { cancelRelationshipRequest(input: { id: "${request.id}" }) { id } }`, outsider.token, 'NOT_FOUND'],
        [
          'authorize',
          `{ authorize(partnerId: "${partner.partnerId}", customerId: "${buyer.tenantId}", permission: MANAGE_USERS) { allowed } }`,
          outsider.token,
          'NOT_FOUND',
        ],
        [
          'import',
          'mutation { importExistingRelationships(input: { relationships: [{ mpnId: "1234567", customerId: "00000000-0000-4000-8000-000000000000", roles: [RESELLER] }] }) { imported } }',
          outsider.token,
          'FORBIDDEN',
        ],
      ];
      // The partner's own indirect provider link, which outsiders must not touch either.
      const provider = await activePartner(url, 'INDIRECT_PROVIDER');
      const invitedReseller = await graphql(
        url,
        'mutation($e: String!) { inviteIndirectReseller(input: { resellerEmail: $e }) { invitationUrl } }',
        { e: partner.admin.email },
        provider.token,
      );
      const resellerInvite = new URL(invitedReseller.data.inviteIndirectReseller.invitationUrl).searchParams.get('token')!;
      const check = async (list: typeof attempts) => {
        for (const [what, query, token, code] of list) {
          const response = await graphql(url, query, {}, token);
          expect({ what, codes: errorCodes(response) }).toEqual({ what, codes: [code] });
        }
      };
      // While the reseller invitation is still open:
      await check([
        [
          'authorize a provider with a link sent to another reseller',
          `mutation { authorizeIndirectProvider(input: { token: "${resellerInvite}", confirm: true }) { id } }`,
          outsiderCustomer.token,
          'FORBIDDEN',
        ],
        [
          'decline an invitation from the sender side',
          `mutation { declineRelationshipRequest(input: { token: "${resellerInvite}" }) { id } }`,
          provider.token,
          'FORBIDDEN',
        ],
      ]);
      const link = (
        await graphql(url, `mutation { authorizeIndirectProvider(input: { token: "${resellerInvite}", confirm: true }) { id } }`, {}, partner.token)
      ).data.authorizeIndirectProvider;
      attempts.push(
        ['remove provider admin access', `mutation { removeProviderAdminAccess(input: { linkId: "${link.id}" }) { id } }`, outsider.token, 'NOT_FOUND'],
        ['revoke a link', `mutation { revokeIndirectLink(input: { linkId: "${link.id}" }) { id } }`, outsider.token, 'NOT_FOUND'],
        [
          "provider removes the reseller's own setting",
          `mutation { removeProviderAdminAccess(input: { linkId: "${link.id}" }) { id } }`,
          provider.token,
          'NOT_FOUND',
        ],
        [
          'shared customers of another partner',
          `{ partner(id: "${partner.partnerId}") { customersSharedWith(providerId: "${provider.partnerId}") { id } } }`,
          outsider.token,
          'FORBIDDEN',
        ],
        ['resellers of another provider', `{ partner(id: "${provider.partnerId}") { indirectResellers { id } } }`, outsider.token, 'FORBIDDEN'],
        [
          'invite with a provider one is not linked to',
          `mutation { inviteCustomerWithProvider(input: { providerId: "${provider.partnerId}", customerEmail: "x@example.com" }) { id } }`,
          outsider.token,
          'BAD_USER_INPUT',
        ],
      );
      await check(attempts);
      const entities = await graphql(
        stack.urls.relationship,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Relationship { id } ... on RelationshipRequest { id } } }',
        {
          r: [
            { __typename: 'Relationship', id: relationship.id },
            { __typename: 'RelationshipRequest', id: request.id },
          ],
        },
        outsider.token,
      );
      expect(entities.data._entities).toEqual([null, null]);
      expect(await db().query('SELECT id, roles, status FROM relationship WHERE id = ?', [relationship.id])).toEqual(before);
      // The partner asks about its own customer; the operator about any.
      const allowed = await graphql(
        url,
        `{ authorize(partnerId: "${partner.partnerId}", customerId: "${buyer.tenantId}", permission: MANAGE_USERS) { allowed reasons } }`,
        {},
        partner.token,
      );
      expect(allowed.data.authorize).toEqual({ allowed: true, reasons: ['Granted by the DELEGATED_ADMIN role with the admin role GLOBAL_ADMINISTRATOR.'] });
      const operator = await graphql(
        url,
        `{ authorize(partnerId: "${partner.partnerId}", customerId: "${buyer.tenantId}", permission: SUBMIT_ORDERS) { allowed reasons } }`,
        {},
        await operatorToken(url),
      );
      expect(operator.data.authorize.allowed).toBe(false);
    });
  });

  it("keeps an active partner ACTIVE when its earlier PrimaryContactVerified arrives after PartnerActivated (the partner's event sequence decides)", async () => {
    const partner = await activePartner(url);
    const [verified] = await stack.enrollment.platform.dataSource.query(
      "SELECT topic, message FROM outbox_event WHERE aggregate_id = ? AND event_type = 'channelgraph.enrollment.PrimaryContactVerified.v1'",
      [partner.partnerId],
    );
    const late = { ...JSON.parse(verified.message), id: randomUUID() };
    // Published out of order, as two overlapping relays could have: a new delivery, so the inbox does not stop it, with its old sequence.
    expect(Number(late.sequence)).toBeLessThan(
      Number((await db().query('SELECT last_sequence FROM partner_projection WHERE partner_id = ?', [partner.partnerId]))[0].last_sequence),
    );
    const producer = stack.enrollment.platform.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: verified.topic,
      messages: [{ key: partner.partnerId, value: JSON.stringify(late), headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' } }],
    });
    await producer.disconnect();
    await eventually('the late event handled', async () =>
      (await db().query('SELECT 1 FROM inbox_event WHERE event_id = ?', [late.id])).length > 0 ? true : undefined,
    );
    expect(await db().query('SELECT status FROM partner_projection WHERE partner_id = ?', [partner.partnerId])).toEqual([{ status: 'ACTIVE' }]);
    const buyer = await customer();
    expect((await graphql(url, REQUEST, { input: { roles: ['RESELLER'], customerEmail: buyer.email } }, partner.token)).errors).toBeUndefined();
  });

  it('follows an application rejected, changed and resubmitted in its partner projection (R10)', async () => {
    const name = unique('resub');
    const { data } = await graphql(url, SIGN_UP, { input: signUpInput(name) });
    const enrol = enrolmentInput(name, await registerMpnProfile(url));
    const partnerId = (await graphql(url, ENROLL, { input: enrol }, data.signUp.token)).data.enrollPartner.id as string;
    await graphql(url, 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }', {
      token: await verificationTokenFrom(enrol.primaryContact.email),
    });
    const rejected = await graphql(
      url,
      'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: REJECT, reasonCodes: [LEGAL_NAME_MISMATCH] }) { status } }',
      { id: partnerId },
      await operatorToken(url),
    );
    expect(rejected.errors).toBeUndefined();
    const projected = (status: string, legalName: string) =>
      eventually(`the projection ${status}, ${legalName}`, async () => {
        const [row] = await db().query('SELECT status, legal_name FROM partner_projection WHERE partner_id = ?', [partnerId]);
        return row?.status === status && row.legal_name === legalName ? true : undefined;
      });
    await projected('REJECTED', enrol.legalName);
    const updated = await graphql(
      url,
      'mutation($input: UpdateEnrollmentInput!) { updateEnrollment(input: $input) { status } }',
      { input: { partnerId, legalName: `${name} Limited` } },
      data.signUp.token,
    );
    expect(updated.errors).toBeUndefined();
    await projected('REJECTED', `${name} Limited`);
    const resubmitted = await graphql(
      url,
      'mutation($id: ID!) { resubmitEnrollment(input: { partnerId: $id }) { status } }',
      { id: partnerId },
      data.signUp.token,
    );
    expect(resubmitted.data.resubmitEnrollment.status).toBe('IN_REVIEW');
    await projected('IN_REVIEW', `${name} Limited`);
  });

  it('lets the partner end a relationship, after which it can no longer act for the customer', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const request = await invite(partner.token, ['DELEGATED_ADMIN'], buyer.email);
    const relationship = (await graphql(url, ACCEPT, { input: { token: request.token } }, buyer.token)).data.acceptRelationshipRequest;
    const ended = await graphql(url, `mutation { terminateRelationship(input: { relationshipId: "${relationship.id}" }) { status } }`, {}, partner.token);
    expect(ended.data.terminateRelationship.status).toBe('TERMINATED');
    const decision = await graphql(
      url,
      `{ authorize(partnerId: "${partner.partnerId}", customerId: "${buyer.tenantId}", permission: MANAGE_USERS) { allowed reasons } }`,
      {},
      partner.token,
    );
    expect(decision.data.authorize).toEqual({ allowed: false, reasons: ['The partner has no active relationship with this customer.'] });
    expect(
      errorCodes(await graphql(url, `mutation { terminateRelationship(input: { relationshipId: "${relationship.id}" }) { status } }`, {}, partner.token)),
    ).toEqual(['CONFLICT']);
  });

  it('keeps a relationship whose only role was delegated admin, with no roles: it grants nothing, every projection keeps it, and it can still be ended (R6)', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const request = await invite(partner.token, ['DELEGATED_ADMIN'], buyer.email);
    const relationship = (await graphql(url, ACCEPT, { input: { token: request.token } }, buyer.token)).data.acceptRelationshipRequest;
    const removed = await graphql(
      url,
      `mutation { removeAdminPrivileges(input: { relationshipId: "${relationship.id}" }) { roles adminPrivileges status } }`,
      {},
      buyer.token,
    );
    expect(removed.data.removeAdminPrivileges).toEqual({ roles: [], adminPrivileges: false, status: 'ACTIVE' });
    expect(await db().query('SELECT status, roles FROM relationship WHERE id = ?', [relationship.id])).toEqual([{ status: 'ACTIVE', roles: '' }]);
    // Agreement's and enrollment's projections follow AdminPrivilegesRemoved to the same state.
    for (const service of [stack.agreement, stack.enrollment]) {
      await eventually('the relationship projected with no roles', async () => {
        const [row] = await service.platform.dataSource.query('SELECT status, roles FROM relationship_projection WHERE id = ?', [relationship.id]);
        return row?.status === 'ACTIVE' && row.roles === '' ? true : undefined;
      });
    }
    const decision = await graphql(
      url,
      `{ authorize(partnerId: "${partner.partnerId}", customerId: "${buyer.tenantId}", permission: MANAGE_USERS) { allowed reasons } }`,
      {},
      partner.token,
    );
    expect(decision.data.authorize).toEqual({
      allowed: false,
      reasons: [
        'The relationship has no roles, so it grants no permission: MANAGE_USERS needs the role DELEGATED_ADMIN with the admin role USER_ADMINISTRATOR or GLOBAL_ADMINISTRATOR.',
      ],
    });
    // Nothing left to remove; the partner still ends it itself.
    expect(
      errorCodes(await graphql(url, `mutation { removeAdminPrivileges(input: { relationshipId: "${relationship.id}" }) { id } }`, {}, buyer.token)),
    ).toEqual(['CONFLICT']);
    const ended = await graphql(url, `mutation { terminateRelationship(input: { relationshipId: "${relationship.id}" }) { status roles } }`, {}, partner.token);
    expect(ended.data.terminateRelationship).toEqual({ status: 'TERMINATED', roles: [] });
  });

  it('answers a service token about any partner, and gives it nothing else', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const request = await invite(partner.token, ['ADVISOR'], buyer.email);
    await graphql(url, ACCEPT, { input: { token: request.token } }, buyer.token);
    const create = 'mutation { createServiceToken(input: { name: "order-service", ttlHours: 1 }) { token expiresAt } }';
    expect(errorCodes(await graphql(url, create, {}, partner.token))).toEqual(['FORBIDDEN']);
    const { token } = (await graphql(url, create, {}, await operatorToken(url))).data.createServiceToken;
    const asked = await graphql(
      stack.urls.relationship,
      `{ authorize(partnerId: "${partner.partnerId}", customerId: "${buyer.tenantId}", permission: RESET_PASSWORDS) { allowed } }`,
      {},
      token,
    );
    expect(asked.data.authorize.allowed).toBe(true);
    expect(errorCodes(await graphql(url, `{ partner(id: "${partner.partnerId}") { customers { totalCount } } }`, {}, token))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await graphql(url, 'mutation { addUser(input: { fullName: "X", email: "x@example.com", roles: [SALES_AGENT] }) { temporaryPassword } }', {}, token),
      ),
    ).toEqual(['FORBIDDEN']);
    // Documented to ask authorize, and nothing else: not even who it is, or its tenant's mail.
    expect(errorCodes(await graphql(url, '{ me { id } }', {}, token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(url, '{ notifications { totalCount } }', {}, token))).toEqual(['FORBIDDEN']);
  });

  it('lists service tokens for the operator without the token, and refuses one at once on every subgraph once it is revoked', async () => {
    const operator = await operatorToken(url);
    const created = (await graphql(url, 'mutation { createServiceToken(input: { name: "billing-sync" }) { id name token status } }', {}, operator)).data
      .createServiceToken;
    expect(created).toMatchObject({ name: 'billing-sync', token: expect.any(String), status: 'ACTIVE' });
    const ask = (subgraphUrl: string) =>
      graphql(
        subgraphUrl,
        `{ authorize(partnerId: "${created.id}", customerId: "${created.id}", permission: RESET_PASSWORDS) { allowed } }`,
        {},
        created.token,
      );
    expect((await ask(stack.urls.relationship)).errors).toBeUndefined();

    const LIST = '{ serviceTokens(first: 100) { totalCount edges { node { id name token status revokedAt } } } }';
    const listed = (await graphql(url, LIST, {}, operator)).data.serviceTokens.edges.map((edge: { node: unknown }) => edge.node);
    expect(listed[0]).toEqual({ id: created.id, name: 'billing-sync', token: null, status: 'ACTIVE', revokedAt: null });
    const partner = await activePartner(url);
    expect(errorCodes(await graphql(url, LIST, {}, partner.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(url, `mutation { revokeServiceToken(input: { id: "${created.id}" }) { status } }`, {}, partner.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await graphql(url, `mutation { revokeServiceToken(input: { id: "${randomUUID()}" }) { status } }`, {}, operator))).toEqual(['NOT_FOUND']);

    const revoked = await graphql(url, `mutation { revokeServiceToken(input: { id: "${created.id}" }) { status revokedAt } }`, {}, operator);
    expect(revoked.data.revokeServiceToken).toEqual({ status: 'REVOKED', revokedAt: expect.any(String) });
    expect(errorCodes(await graphql(url, `mutation { revokeServiceToken(input: { id: "${created.id}" }) { status } }`, {}, operator))).toEqual(['CONFLICT']);
    // Enrollment refuses it at once; the others once they have ServiceTokenRevoked.
    const enrollment = await graphql(stack.urls.enrollment, '{ me { id } }', {}, created.token);
    expect(enrollment.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'This service token has been revoked; ask a platform operator for a new one.',
    });
    for (const subgraph of [stack.urls.relationship, stack.urls.agreement, stack.urls.notification]) {
      const refused = async () => (await graphql(subgraph, '{ __typename }', {}, created.token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
      await eventually(`${subgraph} to refuse the revoked token`, async () => ((await refused()) ? true : undefined));
    }
    // No event on a shared topic carries the token.
    const [{ message }] = await stack.enrollment.platform.dataSource.query(
      "SELECT message FROM outbox_event WHERE event_type = 'channelgraph.enrollment.ServiceTokenRevoked.v1' AND aggregate_id = ?",
      [created.id],
    );
    expect(String(message)).not.toContain(created.token.split('.')[2]);
  });

  describe('existing customers (R16)', () => {
    it('shows imported customers once the partner is active, and at once when it already is', async () => {
      const partner = await activePartner(url);
      const [{ mpn_id: mpnId }] = await db().query('SELECT mpn_id FROM partner_projection WHERE partner_id = ?', [partner.partnerId]);
      const legacy = await customer();
      const imported = await graphql(
        url,
        'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported activated } }',
        {
          rows: [
            { mpnId, customerId: legacy.tenantId, roles: ['RESELLER'] },
            { mpnId: '9876543210', customerId: legacy.tenantId, roles: ['ADVISOR'] },
          ],
        },
        await operatorToken(url),
      );
      expect(imported.data.importExistingRelationships).toEqual({ imported: 2, activated: 1 });
      const list = await eventually('the imported customer', async () => {
        const response = await graphql(
          url,
          `{ partner(id: "${partner.partnerId}") { customers { totalCount edges { node { roles customer { id } } } } } }`,
          {},
          partner.token,
        );
        return response.data?.partner.customers.totalCount === 1 ? response.data.partner.customers : undefined;
      });
      expect(list.edges[0].node).toEqual({ roles: ['RESELLER'], customer: { id: legacy.tenantId } });
    });

    it('keeps imported customers until their partner enrols and is approved', async () => {
      const mpnId = await registerMpnProfile(url);
      const legacy = await customer();
      const imported = await graphql(
        url,
        'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported activated } }',
        { rows: [{ mpnId, customerId: legacy.tenantId, roles: ['ADVISOR'] }] },
        await operatorToken(url),
      );
      expect(imported.data.importExistingRelationships).toEqual({ imported: 1, activated: 0 });
      const partner = await activePartner(url, 'INDIRECT_RESELLER', mpnId);
      const list = await eventually('the imported customer after activation', async () => {
        const response = await graphql(
          url,
          `{ partner(id: "${partner.partnerId}") { customers { totalCount edges { node { roles customer { id } } } } } }`,
          {},
          partner.token,
        );
        return response.data?.partner.customers.totalCount === 1 ? response.data.partner.customers : undefined;
      });
      expect(list.edges[0].node).toEqual({ roles: ['ADVISOR'], customer: { id: legacy.tenantId } });
    });

    it("pages through a partner's customers by name with stable cursors, and searches by name or domain", async () => {
      const partner = await activePartner(url);
      const [{ mpn_id: mpnId }] = await db().query('SELECT mpn_id FROM partner_projection WHERE partner_id = ?', [partner.partnerId]);
      const customers = await Promise.all(Array.from({ length: 5 }, () => customer()));
      // Their names come by event (TenantSignedUp); a loaded machine may not have handled all five yet.
      await eventually('the five customers known by name', async () => {
        const [{ n }] = await db().query('SELECT COUNT(*) AS n FROM tenant_projection WHERE tenant_id IN (?)', [customers.map((c) => c.tenantId)]);
        return Number(n) === 5 ? true : undefined;
      });
      await graphql(
        url,
        'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported } }',
        { rows: customers.map((c) => ({ mpnId, customerId: c.tenantId, roles: ['ADVISOR'] })) },
        await operatorToken(url),
      );
      const page = (after: string | null) =>
        graphql(
          url,
          'query($p: ID!, $after: String) { partner(id: $p) { customers(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { customerName } } } } }',
          { p: partner.partnerId, after },
          partner.token,
        );
      const names: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i += 1) {
        const connection: any = (await page(after)).data.partner.customers;
        expect(connection.totalCount).toBe(5);
        names.push(...connection.edges.map((edge: any) => edge.node.customerName));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(names).toEqual(customers.map((c) => c.name).sort((a, b) => a.localeCompare(b)));
      const byDomain = await graphql(
        url,
        'query($p: ID!, $s: String) { partner(id: $p) { customers(search: $s) { totalCount } } }',
        { p: partner.partnerId, s: customers[0].email.split('@')[1] },
        partner.token,
      );
      expect(byDomain.data.partner.customers.totalCount).toBe(1);
    });

    it("refuses a cursor that this list did not hand out (garbage, edited, another search's, another list's), naming after", async () => {
      const partner = await activePartner(url);
      const [{ mpn_id: mpnId }] = await db().query('SELECT mpn_id FROM partner_projection WHERE partner_id = ?', [partner.partnerId]);
      const customers = await Promise.all(Array.from({ length: 3 }, () => customer()));
      await graphql(
        url,
        'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported } }',
        { rows: customers.map((c) => ({ mpnId, customerId: c.tenantId, roles: ['ADVISOR'] })) },
        await operatorToken(url),
      );
      const page = (after: string, search?: string) =>
        graphql(
          url,
          'query($p: ID!, $after: String, $s: String) { partner(id: $p) { customers(first: 1, after: $after, search: $s) { totalCount edges { node { id } } pageInfo { endCursor } } } }',
          { p: partner.partnerId, after, s: search },
          partner.token,
        );
      const cursor: string = (
        await graphql(url, 'query($p: ID!) { partner(id: $p) { customers(first: 1) { pageInfo { endCursor } } } }', { p: partner.partnerId }, partner.token)
      ).data.partner.customers.pageInfo.endCursor;
      expect((await page(cursor)).data.partner.customers.edges).toHaveLength(1);
      const [name, id, check] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
      const edited = Buffer.from(JSON.stringify([`${name}zzz`, id, check])).toString('base64url');
      await invite(partner.token, ['RESELLER'], `someone@${customers[0].email.split('@')[1]}`);
      const requestCursor: string = (
        await graphql(
          url,
          'query($p: ID!) { partner(id: $p) { relationshipRequests(first: 1) { pageInfo { endCursor } } } }',
          { p: partner.partnerId },
          partner.token,
        )
      ).data.partner.relationshipRequests.pageInfo.endCursor;
      for (const response of [
        await page('garbage'),
        await page(''),
        await page(edited),
        await page(cursor, customers[0].name.slice(0, 3)),
        await page(requestCursor),
      ]) {
        expect(response.errors?.[0]).toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', field: 'after' },
          message: expect.stringContaining('start again from the first page'),
        });
        expect(response.data?.partner ?? null).toBeNull();
      }
      const tooMany = await graphql(
        url,
        'query($p: ID!) { partner(id: $p) { customers(first: 101) { totalCount } } }',
        { p: partner.partnerId },
        partner.token,
      );
      expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    });

    it('applies an imported row once: a later import does not re-grant what the customer removed', async () => {
      const partner = await activePartner(url);
      const [{ mpn_id: mpnId }] = await db().query('SELECT mpn_id FROM partner_projection WHERE partner_id = ?', [partner.partnerId]);
      const legacy = await customer();
      const importRows = (rows: unknown[]) =>
        operatorToken(url).then((token) =>
          graphql(
            url,
            'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported activated } }',
            { rows },
            token,
          ),
        );
      await importRows([{ mpnId, customerId: legacy.tenantId, roles: ['DELEGATED_ADMIN', 'MPSA'] }]);
      const [relationship] = await db().query('SELECT id FROM relationship WHERE partner_id = ? AND customer_tenant_id = ?', [
        partner.partnerId,
        legacy.tenantId,
      ]);
      await graphql(url, `mutation { removeAdminPrivileges(input: { relationshipId: "${relationship.id}" }) { roles } }`, {}, legacy.token);
      const other = await customer();
      expect((await importRows([{ mpnId, customerId: other.tenantId, roles: ['ADVISOR'] }])).data.importExistingRelationships).toEqual({
        imported: 1,
        activated: 1,
      });
      const [after] = await db().query('SELECT roles FROM relationship WHERE id = ?', [relationship.id]);
      expect(after.roles).toBe('MPSA');
    });
  });
});
