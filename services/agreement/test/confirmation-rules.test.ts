import { failure } from '../../../test/support/domain';
import type { TemplateFacts } from '../src/domain/acceptance';
import {
  checkConfirmingPartner,
  checkContact,
  checkPartnerConfirmation,
  CLOCK_TOLERANCE_MS,
  confirmationKey,
  ContactInput,
  PartnerProgram,
} from '../src/domain/confirmation';
import { projectRelationship, ProjectedRelationship, RelationshipChange } from '@channelgraph/common';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

const PARTNER_TENANT = 'partner-tenant';
const CUSTOMER = 'customer-tenant';

describe('who may confirm a customer’s acceptance', () => {
  const relationship = (status: 'ACTIVE' | 'TERMINATED', partnerTenantId = PARTNER_TENANT, customerTenantId = CUSTOMER, roles = ['RESELLER']) => ({
    id: `rel-${status}-${partnerTenantId}`,
    partnerId: `partner-of-${partnerTenantId}`,
    partnerTenantId,
    customerTenantId,
    status,
    roles,
  });
  const caller = (roles: string[], tenantId = PARTNER_TENANT) => ({ tenantId, roles });
  // The caller's partner is a direct partner unless a test says otherwise.
  const DIRECT = new Map<string, PartnerProgram>([[`partner-of-${PARTNER_TENANT}`, 'DIRECT']]);
  const check =
    (
      who: { tenantId: string; roles: string[] },
      relationships = [relationship('ACTIVE')],
      customer = CUSTOMER,
      programs: ReadonlyMap<string, string> = DIRECT,
    ) =>
    () =>
      checkConfirmingPartner(who, customer, relationships, programs);

  it.each([['ADMIN_AGENT'], ['SALES_AGENT']])('lets a partner’s %s with an active relationship confirm, returning that relationship', (role) => {
    expect(check(caller([role]))()).toMatchObject({ id: 'rel-ACTIVE-partner-tenant', partnerId: 'partner-of-partner-tenant' });
  });

  it('finds the active relationship beside an ended one', () => {
    expect(check(caller(['SALES_AGENT']), [relationship('TERMINATED'), relationship('ACTIVE')])()).toMatchObject({ status: 'ACTIVE' });
  });

  it.each([['HELPDESK_AGENT'], ['BILLING_ADMIN'], ['GLOBAL_ADMIN'], ['USER_MANAGEMENT_ADMIN'], ['PLATFORM_OPERATOR']])(
    'refuses a %s, naming the roles needed',
    (role) => {
      expect(failure(check(caller([role])))).toBe('FORBIDDEN');
      expect(messageOf(check(caller([role])))).toMatch(/ADMIN_AGENT, SALES_AGENT/);
    },
  );

  it.each([[['DELEGATED_ADMIN']], [['ADVISOR']], [[]]])('refuses a partner whose active relationship has the roles %j, not RESELLER (R4)', (roles) => {
    const notReseller = check(caller(['ADMIN_AGENT']), [relationship('ACTIVE', PARTNER_TENANT, CUSTOMER, roles)]);
    expect(failure(notReseller)).toBe('FORBIDDEN');
    expect(messageOf(notReseller)).toMatch(/Only a reseller of this customer can confirm/);
  });

  it('refuses the customer’s own tenant, pointing to acceptAgreement', () => {
    const own = check(caller(['ADMIN_AGENT'], CUSTOMER));
    expect(failure(own)).toBe('FORBIDDEN');
    expect(messageOf(own)).toMatch(/acceptAgreement/);
  });

  it('refuses a partner without a relationship, saying one is needed', () => {
    expect(failure(check(caller(['ADMIN_AGENT']), []))).toBe('FORBIDDEN');
    expect(messageOf(check(caller(['ADMIN_AGENT']), []))).toMatch(/active relationship.*no relationship with this customer/);
  });

  it('refuses a partner whose relationship ended, saying so', () => {
    const ended = check(caller(['ADMIN_AGENT']), [relationship('TERMINATED')]);
    expect(failure(ended)).toBe('FORBIDDEN');
    expect(messageOf(ended)).toMatch(/active relationship.*has ended/);
  });

  it.each([['DIRECT'], ['INDIRECT_PROVIDER']])('lets a %s partner with a reseller relationship confirm', (program) => {
    expect(check(caller(['ADMIN_AGENT']), undefined, CUSTOMER, new Map([[`partner-of-${PARTNER_TENANT}`, program]]))()).toMatchObject({
      id: 'rel-ACTIVE-partner-tenant',
    });
  });

  it('refuses an indirect reseller, even with an active reseller relationship, saying the customer accepts itself or its provider confirms (R4)', () => {
    const indirect = check(caller(['ADMIN_AGENT']), undefined, CUSTOMER, new Map([[`partner-of-${PARTNER_TENANT}`, 'INDIRECT_RESELLER']]));
    expect(failure(indirect)).toBe('FORBIDDEN');
    expect(messageOf(indirect)).toMatch(/indirect reseller cannot confirm/);
    expect(messageOf(indirect)).toMatch(/global admin to accept it in the console/);
    expect(messageOf(indirect)).toMatch(/your indirect provider.*to confirm it/);
  });

  it('refuses, to be tried again, while the partner’s programme is not known yet, rather than allowing it', () => {
    const unknown = check(caller(['SALES_AGENT']), undefined, CUSTOMER, new Map());
    expect(failure(unknown)).toBe('CONFLICT');
    expect(messageOf(unknown)).toMatch(/not known to the agreement service yet.*Try again in a minute/);
  });

  it('lets a tenant enrolled as indirect reseller and indirect provider confirm through the provider’s reseller relationship', () => {
    const asReseller = { ...relationship('ACTIVE'), id: 'rel-as-reseller', partnerId: 'reseller-enrolment' };
    const asProvider = { ...relationship('ACTIVE'), id: 'rel-as-provider', partnerId: 'provider-enrolment' };
    const programs = new Map([
      ['reseller-enrolment', 'INDIRECT_RESELLER'],
      ['provider-enrolment', 'INDIRECT_PROVIDER'],
    ]);
    expect(check(caller(['ADMIN_AGENT']), [asReseller, asProvider], CUSTOMER, programs)()).toMatchObject({ id: 'rel-as-provider' });
    // Until the provider enrolment is known, the refusal is one to try again, not the indirect reseller's.
    expect(failure(check(caller(['ADMIN_AGENT']), [asReseller, asProvider], CUSTOMER, new Map([['reseller-enrolment', 'INDIRECT_RESELLER']])))).toBe(
      'CONFLICT',
    );
  });

  it('says an indirect reseller whose relationship is not a reseller one needs that role first, not its programme', () => {
    const advisor = check(caller(['ADMIN_AGENT']), [relationship('ACTIVE', PARTNER_TENANT, CUSTOMER, ['ADVISOR'])], CUSTOMER, new Map());
    expect(messageOf(advisor)).toMatch(/Only a reseller of this customer can confirm/);
  });

  it('does not count another partner’s relationship, nor one with another customer', () => {
    expect(failure(check(caller(['ADMIN_AGENT']), [relationship('ACTIVE', 'another-partner')]))).toBe('FORBIDDEN');
    expect(failure(check(caller(['ADMIN_AGENT']), [relationship('ACTIVE', PARTNER_TENANT, 'another-customer')]))).toBe('FORBIDDEN');
  });
});

describe('a partner’s confirmation of the Customer Agreement', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const current: TemplateFacts = {
    id: 'current-id',
    type: 'CUSTOMER_AGREEMENT',
    version: '3',
    isCurrent: true,
    publishedAt: new Date('2026-11-20T15:00:00Z'),
    supersededAt: null,
  };
  const replaced: TemplateFacts = {
    id: 'old-id',
    type: 'CUSTOMER_AGREEMENT',
    version: '2',
    isCurrent: false,
    publishedAt: new Date('2026-06-01T00:00:00Z'),
    supersededAt: new Date('2026-11-20T15:00:00Z'),
  };
  const partnerAgreement: TemplateFacts = {
    id: 'partner-id',
    type: 'PARTNER_AGREEMENT',
    version: '1',
    isCurrent: true,
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    supersededAt: null,
  };
  const contact: ContactInput = { firstName: ' Casey ', lastName: 'Van  Customer', email: ' Casey@Customer.Example.com ', phone: ' +1 (206) 555-0100 ' };
  const confirm =
    (template: TemplateFacts | null, change: { dateAgreed?: Date; contact?: ContactInput | null } = {}) =>
    () =>
      checkPartnerConfirmation(template, current, { dateAgreed: new Date('2026-11-22T00:00:00Z'), contact, ...change }, now);

  it('accepts the current version with a past date and a full contact, normalizing the contact', () => {
    expect(confirm(current)()).toMatchObject({
      dateAgreed: new Date('2026-11-22T00:00:00Z'),
      contact: { firstName: 'Casey', lastName: 'Van Customer', email: 'casey@customer.example.com', phone: '+1 (206) 555-0100' },
      dedupeKey: expect.stringMatching(/^PARTNER:[0-9a-f]{64}$/),
    });
  });

  it('refuses an unknown template, naming the current version', () => {
    expect(failure(confirm(null))).toBe('BAD_USER_INPUT:templateId');
    expect(messageOf(confirm(null))).toMatch(/current Customer Agreement is version 3 \(templateId current-id\)/);
  });

  it('refuses the Partner Agreement', () => {
    expect(failure(confirm(partnerAgreement))).toBe('BAD_USER_INPUT:templateId');
    expect(messageOf(confirm(partnerAgreement))).toMatch(/Partner Agreement.*Customer Agreement/);
  });

  it('refuses a replaced version, even for a date when it was current: only the current one is confirmed', () => {
    const old = confirm(replaced, { dateAgreed: new Date('2026-10-01T00:00:00Z') });
    expect(failure(old)).toBe('BAD_USER_INPUT:templateId');
    expect(messageOf(old)).toMatch(/Version 2 .* has been replaced.*version 3/);
  });

  it('refuses a date in the future, beyond a few minutes of clock difference', () => {
    const tomorrow = confirm(current, { dateAgreed: new Date('2026-11-24T00:00:00Z') });
    expect(failure(tomorrow)).toBe('BAD_USER_INPUT:dateAgreed');
    expect(messageOf(tomorrow)).toMatch(/in the future/);
    expect(failure(confirm(current, { dateAgreed: new Date(now.getTime() + CLOCK_TOLERANCE_MS + 1) }))).toBe('BAD_USER_INPUT:dateAgreed');
    expect(failure(confirm(current, { dateAgreed: new Date(now.getTime() + CLOCK_TOLERANCE_MS) }))).toBe('no error');
  });

  it('refuses a date before the version was published, naming the day of publication', () => {
    const early = confirm(current, { dateAgreed: new Date('2026-11-19T23:59:59Z') });
    expect(failure(early)).toBe('BAD_USER_INPUT:dateAgreed');
    expect(messageOf(early)).toMatch(/published on 2026-11-20.*2026-11-19/);
  });

  it('takes the day of publication as a bare date, though it means midnight, before the moment of publication', () => {
    expect(failure(confirm(current, { dateAgreed: new Date('2026-11-20') }))).toBe('no error');
  });

  it('refuses a date that is not one', () => {
    expect(failure(confirm(current, { dateAgreed: new Date('not a date') }))).toBe('BAD_USER_INPUT:dateAgreed');
  });

  it('judges the template before the date, and the date before the contact', () => {
    expect(failure(confirm(replaced, { dateAgreed: new Date('2030-01-01'), contact: null }))).toBe('BAD_USER_INPUT:templateId');
    expect(failure(confirm(current, { dateAgreed: new Date('2030-01-01'), contact: null }))).toBe('BAD_USER_INPUT:dateAgreed');
  });

  it('refuses a confirmation without a contact', () => {
    expect(failure(confirm(current, { contact: null }))).toBe('BAD_USER_INPUT:contact');
    expect(messageOf(confirm(current, { contact: null }))).toMatch(/firstName, lastName, email and phone/);
  });

  it.each<[string, Partial<ContactInput>, string]>([
    ['an empty first name', { firstName: '  ' }, 'contact.firstName'],
    ['an empty last name', { lastName: '' }, 'contact.lastName'],
    ['a first name over 100 characters', { firstName: 'A'.repeat(101) }, 'contact.firstName'],
    ['a last name over 100 characters', { lastName: 'B'.repeat(101) }, 'contact.lastName'],
    ['an email without a domain', { email: 'casey@' }, 'contact.email'],
    ['an email that is not one', { email: 'casey at customer dot com' }, 'contact.email'],
    ['an empty email', { email: '' }, 'contact.email'],
    ['a phone with letters', { phone: '+1 206 CALL-NOW' }, 'contact.phone'],
    ['a phone shorter than 6 characters', { phone: '12345' }, 'contact.phone'],
    ['a phone longer than 32 characters', { phone: '1'.repeat(33) }, 'contact.phone'],
    ['a phone with fewer than 6 digits', { phone: '+1 (2) 3-4' }, 'contact.phone'],
    ['a phone with other signs', { phone: '+1 206 555 0100 #12' }, 'contact.phone'],
    ['an empty phone', { phone: '   ' }, 'contact.phone'],
  ])('refuses %s, naming %s', (_what, change, field) => {
    expect(failure(() => checkContact({ ...contact, ...change }))).toBe(`BAD_USER_INPUT:${field}`);
  });

  it('explains what a phone number may contain', () => {
    expect(messageOf(() => checkContact({ ...contact, phone: 'call me' }))).toMatch(/digits, spaces and \+ \( \) - \. \//);
  });

  it('keys the same contact alike however it is written, and a changed contact differently', () => {
    const key = (change: Partial<ContactInput>) => confirmationKey(checkContact({ ...contact, ...change }));
    const same = key({});
    expect(key({ firstName: 'CASEY', lastName: 'van customer', email: 'casey@customer.example.com', phone: '+1 206 555 0100' })).toBe(same);
    expect(key({ phone: '+1.206.555.0100' })).toBe(same);
    expect(key({ phone: '1 206 555 0100' })).toBe(same);
    expect(key({ firstName: 'Kasey' })).not.toBe(same);
    expect(key({ email: 'procurement@customer.example.com' })).not.toBe(same);
    expect(key({ phone: '+1 206 555 0101' })).not.toBe(same);
  });
});

describe('agreement’s projection of relationships', () => {
  const at = (iso: string) => new Date(iso);
  const change = (kind: RelationshipChange['kind'], roles: string[], when: string): RelationshipChange => ({
    kind,
    relationshipId: 'rel',
    partnerId: 'partner',
    partnerTenantId: 'partner-tenant',
    customerTenantId: 'customer-tenant',
    roles,
    at: at(when),
  });
  const known = (status: 'ACTIVE' | 'TERMINATED', when: string): ProjectedRelationship => ({
    id: 'rel',
    partnerId: 'partner',
    partnerTenantId: 'partner-tenant',
    customerTenantId: 'customer-tenant',
    status,
    roles: ['RESELLER', 'DELEGATED_ADMIN'],
    changedAt: at(when),
    lastSequence: null,
  });

  it('makes an established relationship ACTIVE with its roles', () => {
    expect(projectRelationship(null, change('ESTABLISHED', ['RESELLER', 'DELEGATED_ADMIN'], '2026-11-01T00:00:00Z'))).toEqual({
      ...known('ACTIVE', '2026-11-01T00:00:00Z'),
    });
  });

  it('keeps a relationship ACTIVE with the roles left after admin privileges are removed', () => {
    expect(
      projectRelationship(known('ACTIVE', '2026-11-01T00:00:00Z'), change('ADMIN_PRIVILEGES_REMOVED', ['RESELLER'], '2026-11-02T00:00:00Z')),
    ).toMatchObject({
      status: 'ACTIVE',
      roles: ['RESELLER'],
    });
  });

  it('keeps a relationship ACTIVE with no roles when delegated admin was its only role (R6)', () => {
    expect(projectRelationship(known('ACTIVE', '2026-11-01T00:00:00Z'), change('ADMIN_PRIVILEGES_REMOVED', [], '2026-11-02T00:00:00Z'))).toMatchObject({
      status: 'ACTIVE',
      roles: [],
    });
  });

  it('ends a deleted or terminated relationship', () => {
    expect(projectRelationship(known('ACTIVE', '2026-11-01T00:00:00Z'), change('ENDED', ['DELEGATED_ADMIN'], '2026-11-02T00:00:00Z'))).toMatchObject({
      status: 'TERMINATED',
    });
    expect(projectRelationship(null, change('ENDED', ['RESELLER'], '2026-11-02T00:00:00Z'))).toMatchObject({ status: 'TERMINATED' });
  });

  it('makes a relationship established again ACTIVE again', () => {
    expect(projectRelationship(known('TERMINATED', '2026-11-02T00:00:00Z'), change('ESTABLISHED', ['RESELLER'], '2026-11-03T00:00:00Z'))).toMatchObject({
      status: 'ACTIVE',
    });
  });

  it('ignores an event older than what it knows, and applies one of the same moment', () => {
    expect(projectRelationship(known('TERMINATED', '2026-11-02T00:00:00Z'), change('ESTABLISHED', ['RESELLER'], '2026-11-01T00:00:00Z'))).toBeNull();
    expect(projectRelationship(known('ACTIVE', '2026-11-02T00:00:00Z'), change('ENDED', ['RESELLER'], '2026-11-02T00:00:00Z'))).toMatchObject({
      status: 'TERMINATED',
    });
  });

  it("orders by the events' sequence when both carry one, whatever moments they state", () => {
    const terminated = { ...known('TERMINATED', '2026-11-02T00:00:00Z'), lastSequence: 3 };
    // Published after sequence 3 was applied, but committed before it: ignored, even with a later moment.
    expect(projectRelationship(terminated, { ...change('ESTABLISHED', ['RESELLER'], '2026-11-03T00:00:00Z'), sequence: 2 })).toBeNull();
    expect(projectRelationship(terminated, { ...change('ESTABLISHED', ['RESELLER'], '2026-11-03T00:00:00Z'), sequence: 3 })).toBeNull();
    expect(projectRelationship(terminated, { ...change('ESTABLISHED', ['RESELLER'], '2026-11-01T00:00:00Z'), sequence: 4 })).toMatchObject({
      status: 'ACTIVE',
      lastSequence: 4,
    });
    // An event without one (produced before sequences) keeps the sequence known.
    expect(projectRelationship(terminated, change('ESTABLISHED', ['RESELLER'], '2026-11-03T00:00:00Z'))).toMatchObject({ status: 'ACTIVE', lastSequence: 3 });
  });
});
