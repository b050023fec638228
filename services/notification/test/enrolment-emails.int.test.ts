import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { isolatedEnv } from '../../../test/support/stack';
import { address, awaitMails, eventPublisher, mailsOfKind, now } from './support/events';
import { untilHandled } from './support/facts';

describe('the emails of a rejected and resubmitted enrolment (R10), from Kafka to SMTP', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifenrolment');
  const publisher = eventPublisher(env);
  let service: Awaited<ReturnType<typeof startNotification>>;

  beforeAll(async () => {
    service = await startNotification(loadNotificationConfig(env));
    await service.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await publisher.close();
    await service?.platform.stop();
  });

  function application() {
    const partnerId = randomUUID();
    const tenantId = randomUUID();
    const primaryContact = { firstName: 'Rita', lastName: 'Resubmit', email: address('rita', 'partner.example.com') };
    return { partnerId, tenantId, facts: { partnerId, tenantId, program: 'INDIRECT_RESELLER', legalName: 'Fixed Up Ltd', mpnId: '7400001', primaryContact } };
  }

  it('lists each reason’s sentence in the rejection email, with where to fix them, and the reviewer’s note', async () => {
    const { partnerId, tenantId, facts } = application();
    await publisher.publish(
      'channelgraph.enrollment.PartnerRejected.v2',
      partnerId,
      {
        ...facts,
        reasons: [
          { code: 'LEGAL_NAME_MISMATCH', message: 'The legal name does not match the profile: give it as the registry holds it.' },
          { code: 'DOCUMENTS_REQUIRED', message: 'We need documents proving your organisation is registered.' },
        ],
        note: 'The registry spells it with a hyphen.',
        rejectedAt: now(),
      },
      { tenantId },
    );
    const [mail] = await awaitMails(facts.primaryContact.email, 'PARTNER_REJECTED');
    expect(mail.subject).toBe("Fixed Up Ltd's partner application was not approved");
    expect(mail.text).toContain(
      '- The legal name does not match the profile: give it as the registry holds it.\n- We need documents proving your organisation is registered.',
    );
    expect(mail.text).toContain('The reviewer adds: The registry spells it with a hyphen.');
    expect(mail.text).toMatch(/https?:\/\/\S+\/enroll/);
    expect(mail.html).toContain('<li>We need documents proving your organisation is registered.</li>');
  });

  it('tells a resubmitted application is in review again, once, and sends nothing of its own for one back in verification', async () => {
    const { partnerId, tenantId, facts } = application();
    await publisher.publish(
      'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1',
      partnerId,
      { ...facts, status: 'IN_REVIEW', resubmittedAt: now() },
      { tenantId, times: 2 },
    );
    const [mail] = await awaitMails(facts.primaryContact.email, 'ENROLLMENT_IN_REVIEW');
    expect(mail.subject).toBe("Fixed Up Ltd's partner application is in review again");
    expect(mail.text).toContain('It is in review again.');

    const pending = application();
    const event = await publisher.publish(
      'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1',
      pending.partnerId,
      { ...pending.facts, status: 'EMAIL_VERIFICATION_PENDING', resubmittedAt: now() },
      { tenantId: pending.tenantId },
    );
    await untilHandled(service.platform.dataSource, event.id);
    expect(await mailsOfKind(pending.facts.primaryContact.email, 'ENROLLMENT_IN_REVIEW')).toEqual([]);
    expect(await mailsOfKind(facts.primaryContact.email, 'ENROLLMENT_IN_REVIEW')).toHaveLength(1);
  });

  it('remembers a changed primary contact as the partner’s (PartnerEnrollmentUpdated), for the emails that follow', async () => {
    const { partnerId, tenantId, facts } = application();
    const newContact = { ...facts.primaryContact, email: address('new', 'partner.example.com') };
    const event = await publisher.publish(
      'channelgraph.enrollment.PartnerEnrollmentUpdated.v1',
      partnerId,
      { ...facts, primaryContact: newContact, status: 'REJECTED', primaryContactChanged: true, updatedAt: now() },
      { tenantId },
    );
    await untilHandled(service.platform.dataSource, event.id);
    const [row] = await service.platform.dataSource.query('SELECT email FROM partner_contact WHERE partner_id = ?', [partnerId]);
    expect(row.email).toBe(newContact.email);
  });
});
