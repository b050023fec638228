import { errorCodes, graphql, GraphQLResponse, SIGN_UP, signUpInput, unique } from '../../../test/support/graphql';
import { ENROLL, enrolmentInput, SIGN_IN } from '../../../test/support/partners';
import { OPERATOR, testEnv } from '../../../test/support/stack';
import { loadEnrollmentConfig } from '../src/config';
import { startEnrollment } from '../src/main';

const VERIFY = 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }';
const REVIEW = 'mutation($input: ReviewEnrollmentInput!) { reviewEnrollment(input: $input) { status rejectionReason rejectionReasons { code message } } }';
const UPDATE = 'mutation($input: UpdateEnrollmentInput!) { updateEnrollment(input: $input) { id status legalName mpnId primaryContact { email } } }';
const RESUBMIT = 'mutation($id: ID!) { resubmitEnrollment(input: { partnerId: $id }) { id status rejectionReasons { code } } }';
const RESEND = 'mutation($id: ID!) { resendVerificationEmail(input: { partnerId: $id }) { id status } }';
const PARTNER = 'query($id: ID!) { partner(id: $id) { status rejectionReason rejectionReasons { code message } } }';

describe('an enrolment that can be completed (R10): resend, update, reasons, resubmit', () => {
  let service: Awaited<ReturnType<typeof startEnrollment>>;
  let url: string;
  const db = () => service.platform.dataSource;

  beforeAll(async () => {
    service = await startEnrollment(loadEnrollmentConfig(testEnv({ VERIFICATION_EMAILS_PER_PARTNER_PER_HOUR: '3' })));
    url = service.server.url;
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  const signIn = async (email: string, password: string) => (await graphql(url, SIGN_IN, { input: { email, password } })).data.signIn.token as string;
  const operator = () => signIn(OPERATOR.email, OPERATOR.password);

  async function mpn(country = 'US') {
    const mpnId = String(Math.floor(1e6 + Math.random() * 8.9e9));
    const response = await graphql(
      url,
      'mutation($input: UpsertMpnProfileInput!) { upsertMpnProfile(input: $input) { mpnId } }',
      { input: { mpnId, organizationName: 'Org', country, status: 'ACTIVE' } },
      await operator(),
    );
    expect(response.errors).toBeUndefined();
    return mpnId;
  }

  /** A signed-up tenant that has applied: its admin's token, its application's id and input. */
  async function applicant(mpnId?: string) {
    const input = signUpInput(unique('t'));
    const { data } = await graphql(url, SIGN_UP, { input });
    const name = input.domain.split('.')[0];
    const enrol = enrolmentInput(name, mpnId ?? (await mpn()));
    const enrolled = await graphql(url, ENROLL, { input: enrol }, data.signUp.token);
    expect(enrolled.errors).toBeUndefined();
    return { token: data.signUp.token as string, name, enrol, partnerId: enrolled.data.enrollPartner.id as string, signUp: input };
  }

  /** The token of the partner's newest verification link, from the event that emails it. */
  async function newestLink(partnerId: string) {
    const rows = await db().query(
      "SELECT message FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%VerificationLinkIssued%' ORDER BY seq DESC LIMIT 1",
      [partnerId],
    );
    return JSON.parse(rows[0].message).data.verificationToken as string;
  }

  async function eventsOf(partnerId: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
    const rows: Array<{ event_type: string; message: string }> = await db().query(
      'SELECT event_type, message FROM outbox_event WHERE aggregate_id = ? ORDER BY seq',
      [partnerId],
    );
    return rows.map((row) => ({ type: row.event_type.replace('channelgraph.enrollment.', ''), data: JSON.parse(row.message).data }));
  }

  async function inReview(partnerId: string) {
    expect((await graphql(url, VERIFY, { token: await newestLink(partnerId) })).data.verifyPrimaryContact.status).toBe('IN_REVIEW');
  }

  async function reject(partnerId: string, reasonCodes: string[], reason?: string) {
    const response = await graphql(url, REVIEW, { input: { partnerId, decision: 'REJECT', reasonCodes, reason } }, await operator());
    expect(response.errors).toBeUndefined();
    return response.data.reviewEnrollment;
  }

  const expectError = (response: GraphQLResponse, code: string, field?: string) => {
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0].extensions?.field).toBe(field);
    expect(response.errors![0].message).toMatch(/^[A-Z].{15,}[.]$/);
  };

  describe('resendVerificationEmail', () => {
    it('sends a new link, ends the old one, and the new one verifies', async () => {
      const a = await applicant();
      const first = await newestLink(a.partnerId);
      expect((await graphql(url, RESEND, { id: a.partnerId }, a.token)).data.resendVerificationEmail.status).toBe('EMAIL_VERIFICATION_PENDING');
      const second = await newestLink(a.partnerId);
      expect(second).not.toBe(first);
      expectError(await graphql(url, VERIFY, { token: first }), 'BAD_USER_INPUT', 'token');
      expect((await graphql(url, VERIFY, { token: second })).data.verifyPrimaryContact.status).toBe('IN_REVIEW');
      expect((await eventsOf(a.partnerId)).map((e) => e.type)).toEqual([
        'PartnerEnrollmentSubmitted.v1',
        'PrimaryContactVerificationRequested.v2',
        'VerificationLinkIssued.v1',
        'PrimaryContactVerificationRequested.v2',
        'VerificationLinkIssued.v1',
        'PrimaryContactVerified.v1',
      ]);
    });

    it('is CONFLICT once the contact verified, NOT_FOUND for another tenant, FORBIDDEN without an admin', async () => {
      const a = await applicant();
      const b = await applicant();
      expectError(await graphql(url, RESEND, { id: a.partnerId }, b.token), 'NOT_FOUND');
      expectError(await graphql(url, RESEND, { id: a.partnerId }, await operator()), 'FORBIDDEN');
      expect(errorCodes(await graphql(url, RESEND, { id: a.partnerId }))).toEqual(['UNAUTHENTICATED']);
      await inReview(a.partnerId);
      const verified = await graphql(url, RESEND, { id: a.partnerId }, a.token);
      expectError(verified, 'CONFLICT');
      expect(verified.errors![0].message).toMatch(/already verified/);
      const links = await db().query('SELECT COUNT(*) AS n FROM verification_token WHERE partner_id = ?', [a.partnerId]);
      expect(Number(links[0].n)).toBe(1);
    });

    it('is limited per application, saying when to try again', async () => {
      const a = await applicant();
      for (let i = 0; i < 3; i++) expect((await graphql(url, RESEND, { id: a.partnerId }, a.token)).errors).toBeUndefined();
      const limited = await graphql(url, RESEND, { id: a.partnerId }, a.token);
      expectError(limited, 'FORBIDDEN');
      expect(limited.errors![0].message).toMatch(/Too many verification emails for this application: at most 3 per hour\. Try again in/);
    });
  });

  describe('updateEnrollment', () => {
    it('changes an application in review; a changed primary contact verifies again with a new link, the old one ended', async () => {
      const a = await applicant();
      const oldLink = await newestLink(a.partnerId);
      const sameContact = await graphql(url, UPDATE, { input: { partnerId: a.partnerId, legalName: `${a.name} Holdings` } }, a.token);
      expect(sameContact.data.updateEnrollment).toMatchObject({ status: 'EMAIL_VERIFICATION_PENDING', legalName: `${a.name} Holdings` });
      expect(await newestLink(a.partnerId)).toBe(oldLink);
      await inReview(a.partnerId);

      const newContact = { ...a.enrol.primaryContact, email: `new.contact@${a.name}.example.com` };
      const moved = await graphql(url, UPDATE, { input: { partnerId: a.partnerId, primaryContact: newContact } }, a.token);
      expect(moved.data.updateEnrollment).toMatchObject({ status: 'EMAIL_VERIFICATION_PENDING', primaryContact: { email: newContact.email } });
      const events = await eventsOf(a.partnerId);
      expect(events.slice(-3).map((e) => e.type)).toEqual([
        'PartnerEnrollmentUpdated.v1',
        'PrimaryContactVerificationRequested.v2',
        'VerificationLinkIssued.v1',
      ]);
      expect(events.at(-3)!.data).toMatchObject({ status: 'EMAIL_VERIFICATION_PENDING', primaryContactChanged: true, legalName: `${a.name} Holdings` });
      expect(events.at(-1)!.data).toMatchObject({ primaryContact: { email: newContact.email } });
      // Reviewing waits for the new contact.
      expectError(await graphql(url, REVIEW, { input: { partnerId: a.partnerId, decision: 'APPROVE' } }, await operator()), 'CONFLICT');
      await inReview(a.partnerId);
    });

    it('checks the fields as enrollPartner does, naming the field, and changes nothing when refused', async () => {
      const a = await applicant();
      const webmail = { ...a.enrol.primaryContact, email: 'pat@gmail.com' };
      expectError(
        await graphql(url, UPDATE, { input: { partnerId: a.partnerId, primaryContact: webmail } }, a.token),
        'BAD_USER_INPUT',
        'primaryContact.email',
      );
      expectError(await graphql(url, UPDATE, { input: { partnerId: a.partnerId, mpnId: '12' } }, a.token), 'BAD_USER_INPUT', 'mpnId');
      expectError(await graphql(url, UPDATE, { input: { partnerId: a.partnerId, mpnId: await mpn('DE') } }, a.token), 'BAD_USER_INPUT', 'mpnId');
      const support = { ...a.enrol.supportContact, website: 'ftp://x' };
      expectError(
        await graphql(url, UPDATE, { input: { partnerId: a.partnerId, supportContact: support } }, a.token),
        'BAD_USER_INPUT',
        'supportContact.website',
      );
      expect((await eventsOf(a.partnerId)).map((e) => e.type)).not.toContain('PartnerEnrollmentUpdated.v1');
    });

    it('is CONFLICT once ACTIVE, and another tenant’s application does not exist for the caller', async () => {
      const a = await applicant();
      const b = await applicant();
      expectError(await graphql(url, UPDATE, { input: { partnerId: a.partnerId, legalName: 'Taken Over Ltd' } }, b.token), 'NOT_FOUND');
      await inReview(a.partnerId);
      await graphql(url, REVIEW, { input: { partnerId: a.partnerId, decision: 'APPROVE' } }, await operator());
      const active = await graphql(url, UPDATE, { input: { partnerId: a.partnerId, legalName: 'Renamed Ltd' } }, a.token);
      expectError(active, 'CONFLICT');
      expect(active.errors![0].message).toMatch(/approved/);
    });

    it('refuses an MPN id another tenant holds in the programme (CONFLICT on mpnId)', async () => {
      const holder = await applicant();
      const other = await applicant();
      const response = await graphql(url, UPDATE, { input: { partnerId: other.partnerId, mpnId: holder.enrol.mpnId } }, other.token);
      expectError(response, 'CONFLICT', 'mpnId');
      expect(response.errors![0].message).toContain(`MPN id ${holder.enrol.mpnId} is already enrolled`);
    });
  });

  describe('reviewEnrollment with reason codes, and resubmitEnrollment', () => {
    it('needs a reason code to reject, and the reviewer’s words with OTHER', async () => {
      const a = await applicant();
      await inReview(a.partnerId);
      const op = await operator();
      expectError(
        await graphql(url, REVIEW, { input: { partnerId: a.partnerId, decision: 'REJECT', reason: 'Just no thanks' } }, op),
        'BAD_USER_INPUT',
        'reasonCodes',
      );
      expectError(
        await graphql(url, REVIEW, { input: { partnerId: a.partnerId, decision: 'REJECT', reasonCodes: ['OTHER'] } }, op),
        'BAD_USER_INPUT',
        'reason',
      );
      expectError(
        await graphql(url, REVIEW, { input: { partnerId: a.partnerId, decision: 'APPROVE', reasonCodes: ['OTHER'] } }, op),
        'BAD_USER_INPUT',
        'reasonCodes',
      );
      expect((await graphql(url, PARTNER, { id: a.partnerId }, a.token)).data.partner.status).toBe('IN_REVIEW');
    });

    it('rejects with two reasons the applicant reads, who fixes them and resubmits, back to review', async () => {
      const a = await applicant();
      await inReview(a.partnerId);
      const rejected = await reject(a.partnerId, ['LEGAL_NAME_MISMATCH', 'OTHER'], 'Add the registered office address.');
      expect(rejected.status).toBe('REJECTED');
      const seen = (await graphql(url, PARTNER, { id: a.partnerId }, a.token)).data.partner;
      expect(seen.rejectionReasons).toEqual([
        { code: 'LEGAL_NAME_MISMATCH', message: expect.stringMatching(/legal name .* registry/) },
        { code: 'OTHER', message: 'Add the registered office address.' },
      ]);
      const stranger = await applicant();
      expect((await graphql(url, PARTNER, { id: a.partnerId }, stranger.token)).errors).toBeDefined();
      const [event] = (await eventsOf(a.partnerId)).filter((e) => e.type.startsWith('PartnerRejected'));
      expect(event).toMatchObject({
        type: 'PartnerRejected.v2',
        data: { reasons: seen.rejectionReasons, note: 'Add the registered office address.', mpnId: a.enrol.mpnId },
      });

      expectError(await graphql(url, RESUBMIT, { id: a.partnerId }, stranger.token), 'NOT_FOUND');
      const address = { ...a.enrol.address, line1: '2 Registered Office Road' };
      const fixed = await graphql(url, UPDATE, { input: { partnerId: a.partnerId, legalName: `${a.name} Limited`, address } }, a.token);
      expect(fixed.data.updateEnrollment.status).toBe('REJECTED');
      const resubmitted = await graphql(url, RESUBMIT, { id: a.partnerId }, a.token);
      expect(resubmitted.data.resubmitEnrollment).toEqual({ id: a.partnerId, status: 'IN_REVIEW', rejectionReasons: null });
      expect((await eventsOf(a.partnerId)).at(-1)).toMatchObject({
        type: 'PartnerEnrollmentResubmitted.v1',
        data: { status: 'IN_REVIEW', legalName: `${a.name} Limited` },
      });
      expectError(await graphql(url, RESUBMIT, { id: a.partnerId }, a.token), 'CONFLICT');
      expect((await graphql(url, REVIEW, { input: { partnerId: a.partnerId, decision: 'APPROVE' } }, await operator())).data.reviewEnrollment.status).toBe(
        'ACTIVE',
      );
    });

    it('sends a resubmitted application to verification first when its contact changed or was the reason', async () => {
      const a = await applicant();
      await inReview(a.partnerId);
      await reject(a.partnerId, ['CONTACT_NOT_VERIFIED']);
      expectError(await graphql(url, RESEND, { id: a.partnerId }, a.token), 'CONFLICT');
      const resubmitted = await graphql(url, RESUBMIT, { id: a.partnerId }, a.token);
      expect(resubmitted.data.resubmitEnrollment.status).toBe('EMAIL_VERIFICATION_PENDING');
      expect((await eventsOf(a.partnerId)).slice(-3).map((e) => e.type)).toEqual([
        'PartnerEnrollmentResubmitted.v1',
        'PrimaryContactVerificationRequested.v2',
        'VerificationLinkIssued.v1',
      ]);
      await inReview(a.partnerId);

      const b = await applicant();
      await inReview(b.partnerId);
      await reject(b.partnerId, ['DOCUMENTS_REQUIRED']);
      const newContact = { ...b.enrol.primaryContact, email: `other.person@${b.name}.example.com` };
      expect((await graphql(url, UPDATE, { input: { partnerId: b.partnerId, primaryContact: newContact } }, b.token)).data.updateEnrollment.status).toBe(
        'REJECTED',
      );
      // A rejected application verifies on resubmission: no link before.
      expect((await eventsOf(b.partnerId)).at(-1)!.type).toBe('PartnerEnrollmentUpdated.v1');
      expect((await graphql(url, RESUBMIT, { id: b.partnerId }, b.token)).data.resubmitEnrollment.status).toBe('EMAIL_VERIFICATION_PENDING');
      expect((await eventsOf(b.partnerId)).at(-1)!.data).toMatchObject({ primaryContact: { email: newContact.email } });
    });
  });

  describe('one tenant per MPN id and programme', () => {
    it('refuses to resubmit an application whose MPN id another tenant took meanwhile', async () => {
      const impostor = await applicant();
      await inReview(impostor.partnerId);
      await reject(impostor.partnerId, ['LEGAL_NAME_MISMATCH']);
      const owner = await applicant(impostor.enrol.mpnId);
      expect(owner.partnerId).toBeDefined();
      const response = await graphql(url, RESUBMIT, { id: impostor.partnerId }, impostor.token);
      expectError(response, 'CONFLICT', 'mpnId');
      expect((await graphql(url, PARTNER, { id: impostor.partnerId }, impostor.token)).data.partner.status).toBe('REJECTED');
    });

    it('lets one of two tenants enrolling with one MPN id at once hold it, and the database refuses a second holder', async () => {
      const mpnId = await mpn();
      const tenants = await Promise.all(
        [0, 1].map(async () => {
          const input = signUpInput(unique('t'));
          const { data } = await graphql(url, SIGN_UP, { input });
          return { token: data.signUp.token as string, name: input.domain.split('.')[0] };
        }),
      );
      const results = await Promise.all(tenants.map((t) => graphql(url, ENROLL, { input: enrolmentInput(t.name, mpnId) }, t.token)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const refusal = results.find((r) => r.errors)!;
      expectError(refusal, 'CONFLICT', 'mpnId');

      // Even a write that skipped the check could not make a second holder.
      const other = await applicant();
      await expect(db().query('UPDATE partner SET mpn_id = ? WHERE id = ?', [mpnId, other.partnerId])).rejects.toThrow(/uq_partner_program_mpn_claim/);
    });
  });
});
