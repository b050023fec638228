import { serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '@channelgraph/common';
import { startEnrollment } from '@channelgraph/enrollment/main';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { errorCodes, eventually, graphql, GraphQLResponse, SIGN_UP, signUpInput, unique } from '../../../test/support/graphql';
import { operatorToken } from '../../../test/support/partners';
import { testEnv } from '../../../test/support/stack';
import { ENTITIES_QUERY } from '../../../test/support/subgraph';
import { loadAgreementConfig } from '../src/config';
import { announceUnannouncedTemplates } from '../src/application/announce-templates';
import { startAgreement } from '../src/main';
import { agreementTemplateEntity } from '../src/store/entities';
import { SEEDED_TEMPLATES } from '../src/store/migrations/1763900000002-versions-and-acceptances';

const CURRENT =
  'query($type: AgreementType!, $language: String) { currentAgreement(type: $type, language: $language) { id type version documentUrl language isCurrent } }';
const TEMPLATES = 'query($type: AgreementType!) { agreementTemplates(type: $type) { id version language isCurrent publishedAt } }';
const PUBLISH =
  'mutation($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { id type version documentUrl language isCurrent publishedAt } }';
const ACCEPT =
  'mutation($input: AcceptAgreementInput!) { acceptAgreement(input: $input) { id method acceptedAt customer { id } template { id version } acceptedBy { id } } }';
const CUSTOMER = ENTITIES_QUERY(
  '... on Customer { id hasAcceptedCurrentAgreement currentAgreementDeadline agreementAcceptances { id method acceptedAt template { id version } } }',
);
const REQUEST_ACCEPTED = 'channelgraph.relationship.RelationshipRequestAccepted.v1';

describe('the agreement subgraph, with tokens from enrollment and events from Kafka', () => {
  const env = testEnv();
  let enrollment: Awaited<ReturnType<typeof startEnrollment>>;
  let agreement: Awaited<ReturnType<typeof startAgreement>>;
  let url: string;
  let operator: string;
  const kafka = new Kafka({ clientId: 'agreement-test', brokers: String(env.KAFKA_BROKERS).split(','), logLevel: logLevel.NOTHING });
  const db = () => agreement.platform.dataSource;

  beforeAll(async () => {
    enrollment = await startEnrollment(loadEnrollmentConfig(env));
    agreement = await startAgreement(loadAgreementConfig({ ...env, ENROLLMENT_URL: enrollment.server.url.replace(/\/graphql$/, '') }));
    url = agreement.server.url;
    operator = await operatorToken(enrollment.server.url);
    await agreement.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await agreement?.platform.stop();
    await enrollment?.platform.stop();
  });

  /** A signed-up organisation: its tenant id, its global admin's id and token. */
  async function tenant() {
    const { data } = await graphql(enrollment.server.url, SIGN_UP, { input: signUpInput(unique('agr')) });
    return { tenantId: data.signUp.tenant.id as string, userId: data.signUp.user.id as string, token: data.signUp.token as string };
  }

  const current = async (type = 'CUSTOMER_AGREEMENT') => (await graphql(url, CURRENT, { type }, operator)).data.currentAgreement;
  const publish = (input: Record<string, unknown>, token = operator) => graphql(url, PUBLISH, { input }, token);
  const documentUrl = (version: string) => `https://channelgraph.example/agreements/customer-agreement/${version}/en`;

  async function publishCustomerVersion() {
    const version = unique('v');
    const response = await publish({ type: 'CUSTOMER_AGREEMENT', version, documentUrl: documentUrl(version) });
    expect(response.errors).toBeUndefined();
    return response.data.publishAgreementTemplate;
  }

  async function counts(customerTenantId?: string) {
    const [row] = await db().query(
      'SELECT (SELECT COUNT(*) FROM agreement_template) AS templates, (SELECT COUNT(*) FROM agreement_acceptance WHERE customer_tenant_id = ?) AS acceptances, (SELECT COUNT(*) FROM outbox_event) AS events',
      [customerTenantId ?? ''],
    );
    return { templates: Number(row.templates), acceptances: Number(row.acceptances), events: Number(row.events) };
  }

  /** Expects the error code (and field), and that nothing was written. */
  async function refused(call: () => Promise<GraphQLResponse>, code: string, field?: string, customerTenantId?: string) {
    const before = await counts(customerTenantId);
    const response = await call();
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0].extensions?.field).toBe(field);
    expect(await counts(customerTenantId)).toEqual(before);
    return response;
  }

  async function eventsOf(type: string, aggregateId: string): Promise<any[]> {
    const rows: Array<{ message: string }> = await db().query('SELECT message FROM outbox_event WHERE event_type = ? AND aggregate_id = ? ORDER BY seq', [
      type,
      aggregateId,
    ]);
    return rows.map((row) => JSON.parse(row.message));
  }

  async function customerRecord(customerTenantId: string, token: string) {
    const response = await graphql(url, CUSTOMER, { representations: [{ __typename: 'Customer', id: customerTenantId }] }, token);
    expect(response.errors).toBeUndefined();
    return response.data._entities[0];
  }

  describe('templates', () => {
    it('starts with version 1 of each agreement, published and announced', async () => {
      for (const seed of SEEDED_TEMPLATES) {
        const { data } = await graphql(url, TEMPLATES, { type: seed.type }, operator);
        // Other test files add versions to this database, some dated before the seed: find it by id.
        expect(data.agreementTemplates).toContainEqual(expect.objectContaining({ id: seed.id, version: '1', language: 'en' }));
        const [announced] = await eventsOf('channelgraph.agreement.AgreementTemplatePublished.v2', seed.type);
        expect(announced.data).toMatchObject({
          templateId: seed.id,
          version: '1',
          documentUrl: seed.documentUrl,
          publishedByUserId: null,
          supersededTemplateId: null,
        });
      }
      expect((await current('PARTNER_AGREEMENT')).documentUrl).toMatch(/^https:\/\/channelgraph\.example\/agreements\//);
    });

    it('announces at start-up only current versions, never one superseded before it was announced', async () => {
      const templates = db().getRepository(agreementTemplateEntity);
      const aYearAgo = new Date(Date.now() - 365 * 86_400_000);
      const stale = {
        id: randomUUID(),
        type: 'CUSTOMER_AGREEMENT' as const,
        version: unique('v'),
        documentUrl: documentUrl('stale'),
        language: 'en',
        publishedAt: aYearAgo,
        supersededAt: aYearAgo,
        versionsAcceptedUntilDeadline: [],
      };
      await templates.insert(stale);
      expect(await announceUnannouncedTemplates(agreement.platform.unitOfWork)).toBe(0);
      expect((await templates.findOneByOrFail({ id: stale.id })).announcedAt).toBeInstanceOf(Date);
      const announced = await eventsOf('channelgraph.agreement.AgreementTemplatePublished.v2', 'CUSTOMER_AGREEMENT');
      expect(announced.map((event) => event.data.templateId)).not.toContain(stale.id);
    });

    it('lets an operator publish a version that replaces the current one, and announces it', async () => {
      const before = await current();
      const published = await publishCustomerVersion();
      expect(published).toMatchObject({ type: 'CUSTOMER_AGREEMENT', language: 'en', isCurrent: true });
      expect(await current()).toMatchObject({ id: published.id, isCurrent: true });

      const { data } = await graphql(url, TEMPLATES, { type: 'CUSTOMER_AGREEMENT' }, (await tenant()).token);
      expect(data.agreementTemplates[0].id).toBe(published.id);
      expect(data.agreementTemplates.find((t: any) => t.id === before.id).isCurrent).toBe(false);
      expect(data.agreementTemplates.filter((t: any) => t.isCurrent)).toHaveLength(1);
      const dates = data.agreementTemplates.map((t: any) => t.publishedAt);
      expect(dates).toEqual([...dates].sort().reverse());

      const events = await eventsOf('channelgraph.agreement.AgreementTemplatePublished.v2', 'CUSTOMER_AGREEMENT');
      expect(events.at(-1).data).toMatchObject({ templateId: published.id, version: published.version, supersededTemplateId: before.id });
    });

    it('lets only a platform operator publish', async () => {
      const version = unique('v');
      const input = { type: 'CUSTOMER_AGREEMENT', version, documentUrl: documentUrl(version) };
      await refused(async () => publish(input, (await tenant()).token), 'FORBIDDEN');
      await refused(() => graphql(url, PUBLISH, { input }), 'UNAUTHENTICATED');
    });

    it('refuses a version already published in that language, but takes it in another', async () => {
      const published = await publishCustomerVersion();
      const again = await refused(
        () => publish({ type: 'CUSTOMER_AGREEMENT', version: published.version, documentUrl: documentUrl('other') }),
        'CONFLICT',
        'version',
      );
      expect(again.errors![0].message).toMatch(/already published/);
      const german = await publish({ type: 'CUSTOMER_AGREEMENT', version: published.version, documentUrl: documentUrl('de'), language: 'de' });
      expect(german.data.publishAgreementTemplate).toMatchObject({ version: published.version, language: 'de', isCurrent: true });
    });

    it('takes a translation of the current version as that version: current too, chosen by language, accepted once for both', async () => {
      const published = await publishCustomerVersion();
      const customer = await tenant();
      const accepted = await graphql(url, ACCEPT, { input: { templateId: published.id, confirmRead: true } }, customer.token);
      expect(accepted.errors).toBeUndefined();
      const italian = (await publish({ type: 'CUSTOMER_AGREEMENT', version: published.version, documentUrl: documentUrl('it'), language: 'it' })).data
        .publishAgreementTemplate;
      expect(italian).toMatchObject({ version: published.version, language: 'it', isCurrent: true });

      // Each reader gets their language, English without one, and the English text stays current.
      expect(await current()).toMatchObject({ id: published.id, language: 'en', isCurrent: true });
      expect((await graphql(url, CURRENT, { type: 'CUSTOMER_AGREEMENT', language: 'it-CH' }, customer.token)).data.currentAgreement).toMatchObject({
        id: italian.id,
      });
      expect((await graphql(url, CURRENT, { type: 'CUSTOMER_AGREEMENT', language: 'fr' }, customer.token)).data.currentAgreement).toMatchObject({
        id: published.id,
      });
      // Accepted in English, the Italian text asks nothing more; an Italian reader accepts the Italian text as the same version.
      expect((await customerRecord(customer.tenantId, customer.token)).hasAcceptedCurrentAgreement).toBe(true);
      const other = await tenant();
      expect((await graphql(url, ACCEPT, { input: { templateId: italian.id, confirmRead: true } }, other.token)).errors).toBeUndefined();
      expect((await customerRecord(other.tenantId, other.token)).hasAcceptedCurrentAgreement).toBe(true);

      const [event] = (await eventsOf('channelgraph.agreement.AgreementTemplatePublished.v2', 'CUSTOMER_AGREEMENT')).filter(
        (e) => e.data.templateId === italian.id,
      );
      expect(event.data).toMatchObject({ version: published.version, translationOf: published.id, supersededTemplateId: null });
    });

    it('refuses to publish a replaced version in another language', async () => {
      const replaced = await publishCustomerVersion();
      await publishCustomerVersion();
      const response = await refused(
        () => publish({ type: 'CUSTOMER_AGREEMENT', version: replaced.version, documentUrl: documentUrl('de'), language: 'de' }),
        'CONFLICT',
        'version',
      );
      expect(response.errors![0].message).toMatch(/has been replaced by version .*only the current version can be published in another language/);
    });

    it('lets earlier acceptances count until a reacceptance deadline, telling each customer its date (R4)', async () => {
      const before = await publishCustomerVersion();
      const honoured = await tenant();
      await graphql(url, ACCEPT, { input: { templateId: before.id, confirmRead: true } }, honoured.token);
      const never = await tenant();
      const deadline = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
      const version = unique('v');
      const response = await publish({ type: 'CUSTOMER_AGREEMENT', version, documentUrl: documentUrl(version), reacceptanceDeadline: deadline });
      expect(response.errors).toBeUndefined();
      const templates = (
        await graphql(url, 'query { currentAgreement(type: CUSTOMER_AGREEMENT) { reacceptanceDeadline versionsAcceptedUntilDeadline } }', {}, operator)
      ).data;
      expect(templates.currentAgreement).toEqual({ reacceptanceDeadline: deadline, versionsAcceptedUntilDeadline: [before.version] });

      expect(await customerRecord(honoured.tenantId, honoured.token)).toMatchObject({ hasAcceptedCurrentAgreement: false, currentAgreementDeadline: deadline });
      expect(await customerRecord(never.tenantId, never.token)).toMatchObject({ hasAcceptedCurrentAgreement: false, currentAgreementDeadline: null });
      const [event] = (await eventsOf('channelgraph.agreement.AgreementTemplatePublished.v2', 'CUSTOMER_AGREEMENT')).filter((e) => e.data.version === version);
      expect(event.data).toMatchObject({ reacceptanceDeadline: deadline, versionsAcceptedUntilDeadline: [before.version], translationOf: null });

      await graphql(url, ACCEPT, { input: { templateId: response.data.publishAgreementTemplate.id, confirmRead: true } }, honoured.token);
      expect(await customerRecord(honoured.tenantId, honoured.token)).toMatchObject({ hasAcceptedCurrentAgreement: true, currentAgreementDeadline: null });
    });

    it('refuses a reacceptance deadline in the past, naming the field, and one on a translation', async () => {
      const version = unique('v');
      const past = new Date(Date.now() - 60_000).toISOString();
      const response = await refused(
        () => publish({ type: 'CUSTOMER_AGREEMENT', version, documentUrl: documentUrl(version), reacceptanceDeadline: past }),
        'BAD_USER_INPUT',
        'reacceptanceDeadline',
      );
      expect(response.errors![0].message).toMatch(/must be in the future/);
      const published = await publishCustomerVersion();
      const future = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
      await refused(
        () => publish({ type: 'CUSTOMER_AGREEMENT', version: published.version, documentUrl: documentUrl('de'), language: 'de', reacceptanceDeadline: future }),
        'BAD_USER_INPUT',
        'reacceptanceDeadline',
      );
    });

    it('refuses a document that is not served over https, naming documentUrl', async () => {
      const response = await refused(
        () => publish({ type: 'PARTNER_AGREEMENT', version: unique('v'), documentUrl: 'http://channelgraph.example/pa.pdf' }),
        'BAD_USER_INPUT',
        'documentUrl',
      );
      expect(response.errors![0].message).toMatch(/https/);
    });

    it('keeps one current version per type in the database itself', async () => {
      const [row] = await db().query("SELECT id FROM agreement_template WHERE type = 'CUSTOMER_AGREEMENT' AND current_type IS NULL LIMIT 1");
      await expect(db().query("UPDATE agreement_template SET current_type = 'CUSTOMER_AGREEMENT' WHERE id = ?", [row.id])).rejects.toThrow(/Duplicate entry/);
    });

    it('shows the current agreement and the versions to any signed-in user only', async () => {
      const customer = await tenant();
      expect((await graphql(url, CURRENT, { type: 'CUSTOMER_AGREEMENT' }, customer.token)).data.currentAgreement.isCurrent).toBe(true);
      expect(errorCodes(await graphql(url, CURRENT, { type: 'CUSTOMER_AGREEMENT' }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await graphql(url, TEMPLATES, { type: 'PARTNER_AGREEMENT' }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('acceptAgreement (R3, R4)', () => {
    it('records the global admin’s acceptance of the current version, once, with one event', async () => {
      const customer = await tenant();
      const template = await current();
      const first = await graphql(url, ACCEPT, { input: { templateId: template.id, confirmRead: true } }, customer.token);
      expect(first.errors).toBeUndefined();
      expect(first.data.acceptAgreement).toMatchObject({
        method: 'ACCEPTED_BY_CUSTOMER',
        customer: { id: customer.tenantId },
        template: { id: template.id, version: template.version },
        acceptedBy: { id: customer.userId },
      });

      const second = await graphql(url, ACCEPT, { input: { templateId: template.id, confirmRead: true } }, customer.token);
      expect(second.data.acceptAgreement).toEqual(first.data.acceptAgreement);
      expect((await counts(customer.tenantId)).acceptances).toBe(1);
      const events = await eventsOf('channelgraph.agreement.AgreementAccepted.v1', customer.tenantId);
      expect(events).toHaveLength(1);
      expect(events[0].data).toEqual({
        acceptanceId: first.data.acceptAgreement.id,
        customerTenantId: customer.tenantId,
        templateId: template.id,
        type: 'CUSTOMER_AGREEMENT',
        version: template.version,
        method: 'ACCEPTED_BY_CUSTOMER',
        acceptedAt: first.data.acceptAgreement.acceptedAt,
        acceptedByUserId: customer.userId,
        contact: null,
      });
      expect(await customerRecord(customer.tenantId, customer.token)).toMatchObject({
        hasAcceptedCurrentAgreement: true,
        agreementAcceptances: [{ id: first.data.acceptAgreement.id }],
      });
    });

    it('refuses a replaced version, saying which one is current', async () => {
      const customer = await tenant();
      const old = await current();
      const latest = await publishCustomerVersion();
      const response = await refused(
        () => graphql(url, ACCEPT, { input: { templateId: old.id, confirmRead: true } }, customer.token),
        'BAD_USER_INPUT',
        'templateId',
        customer.tenantId,
      );
      expect(response.errors![0].message).toContain(`version ${latest.version}`);
    });

    it.each([
      ['an unknown template', () => randomUUID()],
      ['a template id that is not a UUID', () => 'not-a-template'],
      ['the Partner Agreement', async () => (await current('PARTNER_AGREEMENT')).id],
    ])('refuses %s on templateId', async (_what, templateId) => {
      const customer = await tenant();
      const id = await templateId();
      await refused(
        () => graphql(url, ACCEPT, { input: { templateId: id, confirmRead: true } }, customer.token),
        'BAD_USER_INPUT',
        'templateId',
        customer.tenantId,
      );
    });

    it('refuses an acceptance whose document was not confirmed read', async () => {
      const customer = await tenant();
      const response = await refused(
        async () => graphql(url, ACCEPT, { input: { templateId: (await current()).id, confirmRead: false } }, customer.token),
        'BAD_USER_INPUT',
        'confirmRead',
        customer.tenantId,
      );
      expect(response.errors![0].message).toMatch(/read/);
    });

    it('needs a signed-in global admin', async () => {
      const templateId = (await current()).id;
      await refused(() => graphql(url, ACCEPT, { input: { templateId, confirmRead: true } }, operator), 'FORBIDDEN');
      await refused(() => graphql(url, ACCEPT, { input: { templateId, confirmRead: true } }), 'UNAUTHENTICATED');
    });

    it('asks again after a new version, and keeps the history newest first', async () => {
      const customer = await tenant();
      const first = await graphql(url, ACCEPT, { input: { templateId: (await current()).id, confirmRead: true } }, customer.token);
      const latest = await publishCustomerVersion();
      expect((await customerRecord(customer.tenantId, customer.token)).hasAcceptedCurrentAgreement).toBe(false);
      const second = await graphql(url, ACCEPT, { input: { templateId: latest.id, confirmRead: true } }, customer.token);
      const record = await customerRecord(customer.tenantId, customer.token);
      expect(record.hasAcceptedCurrentAgreement).toBe(true);
      expect(record.agreementAcceptances.map((a: any) => a.id)).toEqual([second.data.acceptAgreement.id, first.data.acceptAgreement.id]);
    });
  });

  describe('tenant isolation', () => {
    it('refuses one tenant the agreement record of another, and shows it to a platform operator', async () => {
      const [a, b] = [await tenant(), await tenant()];
      await graphql(url, ACCEPT, { input: { templateId: (await current()).id, confirmRead: true } }, b.token);
      const response = await graphql(url, CUSTOMER, { representations: [{ __typename: 'Customer', id: b.tenantId }] }, a.token);
      expect(errorCodes(response)).toContain('FORBIDDEN');
      expect(response.errors![0].message).toMatch(/own users, its partners with an active relationship to it, and platform operators/);
      expect(response.data?._entities).toEqual([null]);
      expect(await customerRecord(b.tenantId, operator)).toMatchObject({
        hasAcceptedCurrentAgreement: true,
        agreementAcceptances: [{ method: 'ACCEPTED_BY_CUSTOMER' }],
      });
    });

    it('records an acceptance only for the caller’s own tenant: there is no way to name another', async () => {
      const [a, b] = [await tenant(), await tenant()];
      const templateId = (await current()).id;
      const forB = await graphql(url, ACCEPT, { input: { templateId, confirmRead: true, customerId: b.tenantId } }, a.token);
      expect(errorCodes(forB)).toEqual(['BAD_USER_INPUT']);
      const own = await graphql(url, ACCEPT, { input: { templateId, confirmRead: true } }, a.token);
      expect(own.data.acceptAgreement.customer.id).toBe(a.tenantId);
      expect((await counts(b.tenantId)).acceptances).toBe(0);
      expect((await customerRecord(b.tenantId, b.token)).hasAcceptedCurrentAgreement).toBe(false);
    });
  });

  describe('acceptances carried by RelationshipRequestAccepted', () => {
    function requestAccepted(customerTenantId: string, templateId: string | null, acceptedAt = new Date()) {
      const requestId = randomUUID();
      const event = toCloudEvent('/channelgraph/relationship', {
        type: REQUEST_ACCEPTED,
        subject: requestId,
        tenantId: customerTenantId,
        data: {
          requestId,
          kind: 'CUSTOMER',
          partnerId: randomUUID(),
          indirectProviderId: null,
          customerTenantId,
          roles: ['RESELLER', 'DELEGATED_ADMIN'],
          acceptedByUserId: randomUUID(),
          acceptedAt: acceptedAt.toISOString(),
          agreementAcceptance: templateId ? { templateId, confirmRead: true } : null,
        },
      });
      return { key: requestId, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } };
    }

    async function publishToKafka(...messages: Array<{ key: string; value: string; headers: Record<string, string> }>) {
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: `${env.KAFKA_TOPIC_PREFIX}channelgraph.relationship.request`, messages });
      await producer.disconnect();
    }

    const stats = () => ({ ...agreement.platform.consumer!.stats });
    const acceptancesOf = async (customerTenantId: string) => (await counts(customerTenantId)).acceptances;

    it('records the acceptance once when the same event arrives twice', async () => {
      const customer = await tenant();
      const template = await current();
      const before = stats();
      const message = requestAccepted(customer.tenantId, template.id);
      await publishToKafka(message, message);
      await eventually('both deliveries consumed', async () => (stats().handled > before.handled && stats().duplicate > before.duplicate ? true : undefined));
      expect(await acceptancesOf(customer.tenantId)).toBe(1);
      expect(await eventsOf('channelgraph.agreement.AgreementAccepted.v1', customer.tenantId)).toHaveLength(1);
      const [row] = await db().query('SELECT relationship_request_id, method, version FROM agreement_acceptance WHERE customer_tenant_id = ?', [
        customer.tenantId,
      ]);
      expect(row).toEqual({ relationship_request_id: message.key, method: 'ACCEPTED_BY_CUSTOMER', version: template.version });
      expect((await customerRecord(customer.tenantId, customer.token)).hasAcceptedCurrentAgreement).toBe(true);
    });

    it('adds nothing for a second request accepted with a version the customer already accepted', async () => {
      const customer = await tenant();
      const templateId = (await current()).id;
      await graphql(url, ACCEPT, { input: { templateId, confirmRead: true } }, customer.token);
      const before = stats();
      await publishToKafka(requestAccepted(customer.tenantId, templateId));
      await eventually('the event handled', async () => (stats().handled > before.handled ? true : undefined));
      expect(await acceptancesOf(customer.tenantId)).toBe(1);
      expect(await eventsOf('channelgraph.agreement.AgreementAccepted.v1', customer.tenantId)).toHaveLength(1);
    });

    it('records nothing for a request accepted without the agreement', async () => {
      const customer = await tenant();
      const before = stats();
      await publishToKafka(requestAccepted(customer.tenantId, null));
      await eventually('the event handled', async () => (stats().handled > before.handled ? true : undefined));
      expect(await acceptancesOf(customer.tenantId)).toBe(0);
    });

    it('records an acceptance made before a newer version was published while the event travelled', async () => {
      const customer = await tenant();
      const accepted = await current();
      const acceptedAt = new Date();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await publishCustomerVersion();
      const before = stats();
      await publishToKafka(requestAccepted(customer.tenantId, accepted.id, acceptedAt));
      await eventually('the event handled', async () => (stats().handled > before.handled ? true : undefined));
      const record = await customerRecord(customer.tenantId, customer.token);
      expect(record.agreementAcceptances).toMatchObject([{ template: { id: accepted.id }, acceptedAt: acceptedAt.toISOString() }]);
      expect(record.hasAcceptedCurrentAgreement).toBe(false);
    });

    it('sends an acceptance it must refuse to the dead-letter topic, and moves on', async () => {
      const customer = await tenant();
      const before = stats();
      await publishToKafka(requestAccepted(customer.tenantId, randomUUID()), requestAccepted(customer.tenantId, (await current()).id));
      await eventually('the refused event dead-lettered and the next one handled', async () =>
        stats()['dead-lettered'] > before['dead-lettered'] && stats().handled > before.handled ? true : undefined,
      );
      expect(await acceptancesOf(customer.tenantId)).toBe(1);
    });
  });
});
