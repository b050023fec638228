import { EventCatalog, serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '@channelgraph/common';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { startEnrollment } from '@channelgraph/enrollment/main';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { errorCodes, eventually, graphql, GraphQLResponse, SIGN_UP, signUpCustomer, signUpInput, unique } from '../../../test/support/graphql';
import { ENROLL, enrolmentInput, operatorToken, registerMpnProfile, signIn } from '../../../test/support/partners';
import { testEnv } from '../../../test/support/stack';
import { ENTITIES_QUERY } from '../../../test/support/subgraph';
import { loadAgreementConfig } from '../src/config';
import { startAgreement } from '../src/main';

const CURRENT = 'query { currentAgreement(type: CUSTOMER_AGREEMENT) { id version publishedAt } }';
const PUBLISH = 'mutation($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { id version publishedAt } }';
const CONFIRM = `mutation($input: ConfirmCustomerAcceptanceInput!) {
  confirmCustomerAcceptance(input: $input) {
    id method acceptedAt recordedAt customer { id } template { id version } acceptedBy { id }
    contact { firstName lastName email phone } confirmedByPartner { id } confirmedBy { id }
  }
}`;
const CUSTOMER = ENTITIES_QUERY('... on Customer { id hasAcceptedCurrentAgreement agreementAcceptances { id method contact { email } } }');
const ACCEPTANCE = ENTITIES_QUERY('... on AgreementAcceptance { id method customer { id } }');
const REQUEST_AGREEMENT = ENTITIES_QUERY('... on RelationshipRequest { id agreement { id type version isCurrent } }');

const RELATIONSHIP_EVENTS = {
  established: { type: 'channelgraph.relationship.RelationshipEstablished.v1', moment: 'establishedAt', by: null },
  adminPrivilegesRemoved: { type: 'channelgraph.relationship.AdminPrivilegesRemoved.v1', moment: 'removedAt', by: 'removedByUserId' },
  deleted: { type: 'channelgraph.relationship.RelationshipDeleted.v1', moment: 'deletedAt', by: 'deletedByUserId' },
  terminated: { type: 'channelgraph.relationship.RelationshipTerminated.v1', moment: 'terminatedAt', by: 'terminatedByUserId' },
} as const;

interface PartnerOrg {
  partnerId: string;
  tenantId: string;
  userId: string;
  name: string;
  token: string;
}

interface Tenant {
  tenantId: string;
  token: string;
}

describe('partners confirming their customers’ acceptance, with relationships known from Kafka', () => {
  const env = testEnv();
  let enrollment: Awaited<ReturnType<typeof startEnrollment>>;
  let agreement: Awaited<ReturnType<typeof startAgreement>>;
  let url: string;
  let enrollmentUrl: string;
  let operator: string;
  const kafka = new Kafka({ clientId: 'agreement-confirmation-test', brokers: String(env.KAFKA_BROKERS).split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  // The same contract the consumer checks: an event this test sends is one relationship could send.
  const catalog = EventCatalog.load();
  const db = () => agreement.platform.dataSource;

  beforeAll(async () => {
    enrollment = await startEnrollment(loadEnrollmentConfig(env));
    enrollmentUrl = enrollment.server.url;
    agreement = await startAgreement(loadAgreementConfig({ ...env, ENROLLMENT_URL: enrollmentUrl.replace(/\/graphql$/, '') }));
    url = agreement.server.url;
    operator = await operatorToken(enrollmentUrl);
    await producer.connect();
    await agreement.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await producer.disconnect();
    await agreement?.platform.stop();
    await enrollment?.platform.stop();
  });

  const customer = (): Promise<Tenant> => signUpCustomer(enrollmentUrl);

  /** The partner's programme as agreement knows it from PartnerActivated (undefined: not yet). */
  async function programmeOf(partnerId: string): Promise<{ program: string; tenant_id: string } | undefined> {
    const [row] = await db().query('SELECT program, tenant_id FROM partner_projection WHERE partner_id = ?', [partnerId]);
    return row;
  }

  /**
   * A tenant enrolled and approved as a partner (a direct partner unless told), once agreement knows its
   * programme from enrollment's PartnerActivated; its admin, now ADMIN_AGENT, signs in again.
   */
  async function partner(program = 'DIRECT'): Promise<PartnerOrg> {
    const name = unique('ptr');
    const signUp = signUpInput(name);
    const { data } = await graphql(enrollmentUrl, SIGN_UP, { input: signUp });
    const enrolled = await graphql(enrollmentUrl, ENROLL, { input: enrolmentInput(name, await registerMpnProfile(enrollmentUrl), program) }, data.signUp.token);
    const partnerId: string = enrolled.data.enrollPartner.id;
    // The verification link's token travels only in enrollment's link event to notification: take it from the outbox.
    const [row] = await enrollment.platform.dataSource.query(
      "SELECT message FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%VerificationLinkIssued%'",
      [partnerId],
    );
    await graphql(enrollmentUrl, 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }', {
      token: JSON.parse(row.message).data.verificationToken,
    });
    const review = await graphql(
      enrollmentUrl,
      'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: APPROVE }) { status } }',
      { id: partnerId },
      operator,
    );
    expect(review.data.reviewEnrollment.status).toBe('ACTIVE');
    await eventually(`partner ${partnerId}'s programme in agreement's projection`, () => programmeOf(partnerId));
    return {
      partnerId,
      tenantId: data.signUp.tenant.id,
      userId: data.signUp.user.id,
      name,
      token: await signIn(enrollmentUrl, signUp.admin.email, signUp.admin.password),
    };
  }

  /** Sends a relationship event as the relationship subgraph would: a CloudEvent valid against its schema, keyed by the relationship. */
  async function relationshipEvent(
    kind: keyof typeof RELATIONSHIP_EVENTS,
    relationshipId: string,
    p: PartnerOrg,
    customerTenantId: string,
    roles: string[],
    at = new Date(),
  ) {
    const { type, moment, by } = RELATIONSHIP_EVENTS[kind];
    const data: Record<string, unknown> = {
      relationshipId,
      partnerId: p.partnerId,
      partnerTenantId: p.tenantId,
      partnerName: `${p.name} Ltd`,
      customerTenantId,
      customerName: null,
      roles,
      ...(by ? { [by]: randomUUID() } : { requestId: randomUUID() }),
      [moment]: at.toISOString(),
    };
    catalog.assertValid(type, data);
    const event = toCloudEvent('/channelgraph/relationship', { type, subject: relationshipId, tenantId: customerTenantId, data });
    await producer.send({
      topic: `${env.KAFKA_TOPIC_PREFIX}${catalog.contract(type).topic}`,
      messages: [{ key: relationshipId, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } }],
    });
  }

  async function projected(relationshipId: string, status: string, changedAt?: Date) {
    await eventually(`relationship ${relationshipId} ${status} in agreement's projection`, async () => {
      const [row] = await db().query('SELECT status, changed_at FROM relationship_projection WHERE id = ?', [relationshipId]);
      return row?.status === status && (!changedAt || new Date(row.changed_at).getTime() === changedAt.getTime()) ? true : undefined;
    });
  }

  /** An ACTIVE relationship between the partner and the customer, once agreement knows it. */
  async function relate(p: PartnerOrg, c: Tenant, roles = ['RESELLER', 'DELEGATED_ADMIN']): Promise<string> {
    const relationshipId = randomUUID();
    await relationshipEvent('established', relationshipId, p, c.tenantId, roles);
    await projected(relationshipId, 'ACTIVE');
    return relationshipId;
  }

  const current = async () => (await graphql(url, CURRENT, {}, operator)).data.currentAgreement as { id: string; version: string; publishedAt: string };
  const contact = (change: Record<string, string> = {}) => ({
    firstName: 'Casey',
    lastName: 'Customer',
    email: 'casey@customer.example.com',
    phone: '+1 206 555 0100',
    ...change,
  });
  const today = () => new Date().toISOString().slice(0, 10);

  async function confirmation(customerTenantId: string, change: Record<string, unknown> = {}) {
    return { customerId: customerTenantId, templateId: (await current()).id, dateAgreed: today(), contact: contact(), ...change };
  }
  const confirm = (input: Record<string, unknown>, token?: string) => graphql(url, CONFIRM, { input }, token);

  async function counts(customerTenantId: string) {
    const [row] = await db().query(
      "SELECT (SELECT COUNT(*) FROM agreement_acceptance WHERE customer_tenant_id = ?) AS acceptances, (SELECT COUNT(*) FROM outbox_event WHERE event_type LIKE '%AgreementAccepted%' AND aggregate_id = ?) AS events",
      [customerTenantId, customerTenantId],
    );
    return { acceptances: Number(row.acceptances), events: Number(row.events) };
  }

  /** Expects the error code (and field), and that nothing was recorded for the customer. */
  async function refused(call: () => Promise<GraphQLResponse>, code: string, field: string | undefined, customerTenantId: string) {
    const before = await counts(customerTenantId);
    const response = await call();
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0].extensions?.field).toBe(field);
    expect(await counts(customerTenantId)).toEqual(before);
    return response;
  }

  async function acceptedEvents(customerTenantId: string): Promise<any[]> {
    const rows: Array<{ message: string }> = await db().query(
      "SELECT message FROM outbox_event WHERE event_type = 'channelgraph.agreement.AgreementAccepted.v1' AND aggregate_id = ? ORDER BY seq",
      [customerTenantId],
    );
    return rows.map((row) => JSON.parse(row.message));
  }

  describe('confirmCustomerAcceptance', () => {
    it('records a partner’s confirmation for a customer it has an active relationship with, and raises AgreementAccepted', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      const template = await current();
      const input = await confirmation(c.tenantId, { contact: contact({ firstName: '  Casey ', email: 'Casey@Customer.Example.com' }) });
      const response = await confirm(input, p.token);
      expect(response.errors).toBeUndefined();
      const confirmed = response.data.confirmCustomerAcceptance;
      expect(confirmed).toMatchObject({
        method: 'CONFIRMED_BY_PARTNER',
        acceptedAt: `${today()}T00:00:00.000Z`,
        customer: { id: c.tenantId },
        template: { id: template.id, version: template.version },
        acceptedBy: null,
        contact: contact(),
        confirmedByPartner: { id: p.partnerId },
        confirmedBy: { id: p.userId },
      });

      const events = await acceptedEvents(c.tenantId);
      expect(events).toHaveLength(1);
      expect(events[0].data).toEqual({
        acceptanceId: confirmed.id,
        customerTenantId: c.tenantId,
        templateId: template.id,
        type: 'CUSTOMER_AGREEMENT',
        version: template.version,
        method: 'CONFIRMED_BY_PARTNER',
        acceptedAt: confirmed.acceptedAt,
        acceptedByUserId: null,
        contact: contact(),
      });
      const record = await graphql(url, CUSTOMER, { representations: [{ __typename: 'Customer', id: c.tenantId }] }, c.token);
      expect(record.data._entities[0]).toMatchObject({
        hasAcceptedCurrentAgreement: true,
        agreementAcceptances: [{ id: confirmed.id, method: 'CONFIRMED_BY_PARTNER' }],
      });
    });

    it('refuses a partner without a relationship with the customer, saying one is needed', async () => {
      const [p, c] = [await partner(), await customer()];
      const response = await refused(async () => confirm(await confirmation(c.tenantId), p.token), 'FORBIDDEN', undefined, c.tenantId);
      expect(response.errors![0].message).toMatch(/active relationship.*a relationship is needed/);
    });

    it('refuses a partner whose only relationship is with another customer', async () => {
      const [p, c, other] = [await partner(), await customer(), await customer()];
      await relate(p, other);
      await refused(async () => confirm(await confirmation(c.tenantId), p.token), 'FORBIDDEN', undefined, c.tenantId);
    });

    it.each([['terminated' as const], ['deleted' as const]])('refuses a partner whose relationship was %s', async (ending) => {
      const [p, c] = [await partner(), await customer()];
      const relationshipId = await relate(p, c);
      await relationshipEvent(ending, relationshipId, p, c.tenantId, ['DELEGATED_ADMIN']);
      await projected(relationshipId, 'TERMINATED');
      const response = await refused(async () => confirm(await confirmation(c.tenantId), p.token), 'FORBIDDEN', undefined, c.tenantId);
      expect(response.errors![0].message).toMatch(/has ended/);
    });

    it('keeps a relationship whose admin privileges were removed with the roles that remain: a reseller still confirms, one left with none does not (R4, R6)', async () => {
      const [p, c] = [await partner(), await customer()];
      const relationshipId = await relate(p, c);
      const removedAt = new Date();
      await relationshipEvent('adminPrivilegesRemoved', relationshipId, p, c.tenantId, ['RESELLER'], removedAt);
      await projected(relationshipId, 'ACTIVE', removedAt);
      expect(errorCodes(await confirm(await confirmation(c.tenantId), p.token))).toEqual([]);

      const other = await customer();
      const bare = await relate(p, other, ['DELEGATED_ADMIN']);
      const bareRemovedAt = new Date();
      await relationshipEvent('adminPrivilegesRemoved', bare, p, other.tenantId, [], bareRemovedAt);
      // Still a relationship, with no roles, until the customer deletes it or the partner ends it; it sells nothing.
      await projected(bare, 'ACTIVE', bareRemovedAt);
      const refusal = await refused(async () => confirm(await confirmation(other.tenantId), p.token), 'FORBIDDEN', undefined, other.tenantId);
      expect(refusal.errors![0].message).toMatch(/Only a reseller of this customer can confirm/);
    });

    it('keeps a relationship ended when an older event arrives late', async () => {
      const [p, c] = [await partner(), await customer()];
      const relationshipId = await relate(p, c);
      const terminatedAt = new Date();
      await relationshipEvent('terminated', relationshipId, p, c.tenantId, ['RESELLER'], terminatedAt);
      await projected(relationshipId, 'TERMINATED');
      const before = agreement.platform.consumer!.stats.handled;
      await relationshipEvent('established', relationshipId, p, c.tenantId, ['RESELLER'], new Date(terminatedAt.getTime() - 60_000));
      await eventually('the late event handled', async () => (agreement.platform.consumer!.stats.handled > before ? true : undefined));
      await projected(relationshipId, 'TERMINATED', terminatedAt);
    });

    it('refuses the customer’s own admin and a platform operator: confirming is for partners’ agents', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      const own = await refused(async () => confirm(await confirmation(c.tenantId), c.token), 'FORBIDDEN', undefined, c.tenantId);
      expect(own.errors![0].message).toMatch(/ADMIN_AGENT, SALES_AGENT/);
      await refused(async () => confirm(await confirmation(c.tenantId), operator), 'FORBIDDEN', undefined, c.tenantId);
      await refused(async () => confirm(await confirmation(c.tenantId)), 'UNAUTHENTICATED', undefined, c.tenantId);
    });

    it('refuses a date in the future, naming dateAgreed', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      const response = await refused(
        async () => confirm(await confirmation(c.tenantId, { dateAgreed: tomorrow }), p.token),
        'BAD_USER_INPUT',
        'dateAgreed',
        c.tenantId,
      );
      expect(response.errors![0].message).toMatch(/in the future/);
    });

    it('refuses a date before the version was published, and a version that was replaced', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      const old = await current();
      const version = unique('v');
      const published = await graphql(
        url,
        PUBLISH,
        { input: { type: 'CUSTOMER_AGREEMENT', version, documentUrl: `https://channelgraph.example/agreements/customer-agreement/${version}/en` } },
        operator,
      );
      const latest = published.data.publishAgreementTemplate;
      const dayBefore = new Date(new Date(latest.publishedAt).getTime() - 86_400_000).toISOString();
      const early = await refused(
        () => confirm({ customerId: c.tenantId, templateId: latest.id, dateAgreed: dayBefore, contact: contact() }, p.token),
        'BAD_USER_INPUT',
        'dateAgreed',
        c.tenantId,
      );
      expect(early.errors![0].message).toMatch(/was published on/);
      const replaced = await refused(
        () => confirm({ customerId: c.tenantId, templateId: old.id, dateAgreed: today(), contact: contact() }, p.token),
        'BAD_USER_INPUT',
        'templateId',
        c.tenantId,
      );
      expect(replaced.errors![0].message).toContain(`version ${latest.version}`);
    });

    it.each([
      ['an invalid email', 'contact.email', { email: 'casey@' }],
      ['an empty last name', 'contact.lastName', { lastName: ' ' }],
      ['a phone with letters', 'contact.phone', { phone: 'ask reception' }],
    ])('refuses a contact with %s, naming %s', async (_what, field, change) => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      await refused(async () => confirm(await confirmation(c.tenantId, { contact: contact(change) }), p.token), 'BAD_USER_INPUT', field, c.tenantId);
    });

    it('refuses the same confirmation twice, however the contact is written, with CONFLICT', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      const first = await confirm(await confirmation(c.tenantId), p.token);
      expect(first.errors).toBeUndefined();
      const again = await refused(async () => confirm(await confirmation(c.tenantId), p.token), 'CONFLICT', 'contact', c.tenantId);
      expect(again.errors![0].message).toMatch(/already recorded/);
      const rewritten = contact({ firstName: 'CASEY', email: 'CASEY@customer.example.com', phone: '+1 (206) 555-0100' });
      await refused(
        async () => confirm(await confirmation(c.tenantId, { contact: rewritten, dateAgreed: new Date().toISOString() }), p.token),
        'CONFLICT',
        'contact',
        c.tenantId,
      );
      expect(await counts(c.tenantId)).toEqual({ acceptances: 1, events: 1 });
    });

    it('records a confirmation naming another contact as a new acceptance', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      const first = await confirm(await confirmation(c.tenantId), p.token);
      const second = await confirm(await confirmation(c.tenantId, { contact: contact({ email: 'procurement@customer.example.com' }) }), p.token);
      expect(second.errors).toBeUndefined();
      expect(second.data.confirmCustomerAcceptance.id).not.toBe(first.data.confirmCustomerAcceptance.id);
      expect(await counts(c.tenantId)).toEqual({ acceptances: 2, events: 2 });
      expect((await acceptedEvents(c.tenantId)).map((e) => e.data.contact.email)).toEqual(['casey@customer.example.com', 'procurement@customer.example.com']);
    });
  });

  describe('the partner’s programme, from enrollment’s PartnerActivated (R4)', () => {
    /** PartnerActivated as enrollment publishes it, read back from enrollment's outbox. */
    async function activationOf(partnerId: string) {
      const [row] = await enrollment.platform.dataSource.query(
        "SELECT message FROM outbox_event WHERE aggregate_id = ? AND event_type = 'channelgraph.enrollment.PartnerActivated.v1'",
        [partnerId],
      );
      return JSON.parse(row.message) as { type: string; data: Record<string, unknown> };
    }

    it('projects the programme from the event enrollment published on approval, once however often it arrives', async () => {
      const p = await partner('INDIRECT_RESELLER');
      expect(await programmeOf(p.partnerId)).toEqual({ program: 'INDIRECT_RESELLER', tenant_id: p.tenantId });
      // A redelivery (a new copy of the same event) changes nothing.
      const activation = await activationOf(p.partnerId);
      const before = agreement.platform.consumer!.stats.handled;
      const copy = toCloudEvent('/channelgraph/enrollment', { type: activation.type, subject: p.partnerId, tenantId: p.tenantId, data: activation.data });
      await producer.send({
        topic: `${env.KAFKA_TOPIC_PREFIX}${catalog.contract(activation.type).topic}`,
        messages: [{ key: p.partnerId, value: serializeCloudEvent(copy), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } }],
      });
      await eventually('the copy handled', async () => (agreement.platform.consumer!.stats.handled > before ? true : undefined));
      expect(await db().query('SELECT program FROM partner_projection WHERE partner_id = ?', [p.partnerId])).toEqual([{ program: 'INDIRECT_RESELLER' }]);
    });

    it('refuses an indirect reseller with an active reseller relationship, saying who can confirm instead', async () => {
      const [p, c] = [await partner('INDIRECT_RESELLER'), await customer()];
      await relate(p, c, ['RESELLER']);
      const response = await refused(async () => confirm(await confirmation(c.tenantId), p.token), 'FORBIDDEN', undefined, c.tenantId);
      expect(response.errors![0].message).toMatch(/indirect reseller cannot confirm.*global admin to accept it in the console.*indirect provider/);
    });

    it('lets an indirect provider with its own reseller relationship confirm', async () => {
      const [p, c] = [await partner('INDIRECT_PROVIDER'), await customer()];
      await relate(p, c, ['RESELLER']);
      const response = await confirm(await confirmation(c.tenantId), p.token);
      expect(response.errors).toBeUndefined();
      expect(response.data.confirmCustomerAcceptance).toMatchObject({ method: 'CONFIRMED_BY_PARTNER', confirmedByPartner: { id: p.partnerId } });
    });

    it('refuses, to be tried again, while the programme is not known, and confirms once PartnerActivated has arrived', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c, ['RESELLER']);
      // As if agreement had not read the activation yet.
      await db().query('DELETE FROM partner_projection WHERE partner_id = ?', [p.partnerId]);
      const waiting = await refused(async () => confirm(await confirmation(c.tenantId), p.token), 'CONFLICT', undefined, c.tenantId);
      expect(waiting.errors![0].message).toMatch(/not known to the agreement service yet.*Try again/);

      const activation = await activationOf(p.partnerId);
      const event = toCloudEvent('/channelgraph/enrollment', { type: activation.type, subject: p.partnerId, tenantId: p.tenantId, data: activation.data });
      await producer.send({
        topic: `${env.KAFKA_TOPIC_PREFIX}${catalog.contract(activation.type).topic}`,
        messages: [{ key: p.partnerId, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } }],
      });
      await eventually('the activation projected again', () => programmeOf(p.partnerId));
      expect(errorCodes(await confirm(await confirmation(c.tenantId), p.token))).toEqual([]);
    });
  });

  describe('who sees a customer’s acceptances', () => {
    const record = (c: Tenant, token: string) => graphql(url, CUSTOMER, { representations: [{ __typename: 'Customer', id: c.tenantId }] }, token);

    it('shows them to partners with an active relationship to the customer, and to no other partner', async () => {
      const [p, c, stranger] = [await partner(), await customer(), await partner()];
      const relationshipId = await relate(p, c);
      const confirmed = (await confirm(await confirmation(c.tenantId), p.token)).data.confirmCustomerAcceptance;

      const seen = await record(c, p.token);
      expect(seen.errors).toBeUndefined();
      expect(seen.data._entities[0]).toMatchObject({
        hasAcceptedCurrentAgreement: true,
        agreementAcceptances: [{ id: confirmed.id, contact: { email: 'casey@customer.example.com' } }],
      });
      const byReference = await graphql(url, ACCEPTANCE, { representations: [{ __typename: 'AgreementAcceptance', id: confirmed.id }] }, p.token);
      expect(byReference.data._entities).toEqual([{ id: confirmed.id, method: 'CONFIRMED_BY_PARTNER', customer: { id: c.tenantId } }]);

      const refusedToStranger = await record(c, stranger.token);
      expect(errorCodes(refusedToStranger)).toContain('FORBIDDEN');
      expect(refusedToStranger.errors![0].message).toMatch(/partners with an active relationship/);
      expect(
        (await graphql(url, ACCEPTANCE, { representations: [{ __typename: 'AgreementAcceptance', id: confirmed.id }] }, stranger.token)).data._entities,
      ).toEqual([null]);

      await relationshipEvent('terminated', relationshipId, p, c.tenantId, ['RESELLER', 'DELEGATED_ADMIN']);
      await projected(relationshipId, 'TERMINATED');
      expect(errorCodes(await record(c, p.token))).toContain('FORBIDDEN');
      expect((await graphql(url, ACCEPTANCE, { representations: [{ __typename: 'AgreementAcceptance', id: confirmed.id }] }, p.token)).data._entities).toEqual([
        null,
      ]);
    });

    it('shows a customer’s own acceptance to its partner', async () => {
      const [p, c] = [await partner(), await customer()];
      await relate(p, c);
      const accepted = await graphql(
        url,
        'mutation($input: AcceptAgreementInput!) { acceptAgreement(input: $input) { id } }',
        { input: { templateId: (await current()).id, confirmRead: true } },
        c.token,
      );
      const seen = await record(c, p.token);
      expect(seen.data._entities[0]).toMatchObject({
        hasAcceptedCurrentAgreement: true,
        agreementAcceptances: [{ id: accepted.data.acceptAgreement.id, method: 'ACCEPTED_BY_CUSTOMER', contact: null }],
      });
    });
  });

  describe('RelationshipRequest.agreement', () => {
    const resolve = (representations: Array<Record<string, unknown>>, token?: string) => graphql(url, REQUEST_AGREEMENT, { representations }, token);

    it('is the current Customer Agreement when the request needs it, and null otherwise', async () => {
      const [needs, doesNot] = [randomUUID(), randomUUID()];
      const c = await customer();
      const response = await resolve(
        [
          { __typename: 'RelationshipRequest', id: needs, agreementRequired: true },
          { __typename: 'RelationshipRequest', id: doesNot, agreementRequired: false },
        ],
        c.token,
      );
      expect(response.errors).toBeUndefined();
      const template = await current();
      expect(response.data._entities).toEqual([
        { id: needs, agreement: { id: template.id, type: 'CUSTOMER_AGREEMENT', version: template.version, isCurrent: true } },
        { id: doesNot, agreement: null },
      ]);
    });

    it('needs a signed-in caller', async () => {
      const response = await resolve([{ __typename: 'RelationshipRequest', id: randomUUID(), agreementRequired: true }]);
      expect(errorCodes(response)).toContain('UNAUTHENTICATED');
    });
  });
});
