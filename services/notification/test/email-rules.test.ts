import {
  AdminAccessChangedV1,
  AdminAccessChangeRequestClosedV1,
  AdminAccessExpiringV1,
  InvitationLinkIssuedV2,
  AdminPrivilegesRemovedV1,
  AgreementTemplatePublishedV1,
  AgreementTemplatePublishedV2,
  IndirectLinkRevokedV1,
  IndirectProviderAuthorizedV1,
  InvitationLinkIssuedV1,
  Links,
  PartnerActivatedV1,
  PartnerEnrollmentResubmittedV1,
  PartnerRejectedV1,
  PartnerRejectedV2,
  PartnersContactedV1,
  PrimaryContactVerifiedV1,
  ProviderAdminAccessRemovedV1,
  RelationshipDeletedV1,
  RelationshipEstablishedV1,
  RelationshipRequestDeclinedV1,
  RelationshipTerminatedV1,
  PartnerUserAssignedV1,
  PartnerUserUnassignedV1,
  TenantSignedUpV1,
  VerificationLinkIssuedV1,
} from '@channelgraph/common';
import {
  adminAccessChangedEmails,
  adminAccessChangeClosedEmails,
  adminAccessChangeRequestEmails,
  adminAccessExpiringEmails,
} from '../src/domain/admin-access.emails';
import { customerAgreementUpdatedEmails } from '../src/domain/agreement.emails';
import { partnerContactFacts, partnerContactKnown, tenantAdminFacts, tenantAdminsKnown } from '../src/domain/awaited-facts';
import { leadEmails } from '../src/domain/directory.emails';
import type { Email, EmailDecision } from '../src/domain/emails';
import { activatedEmails, inReviewEmails, rejectedEmails, resubmittedEmails, verificationEmails, welcomeEmails } from '../src/domain/enrollment.emails';
import { resellerInvitationEmails } from '../src/domain/invitation.emails';
import { laneOf } from '../src/domain/lanes';
import { linkRevokedEmails, providerAdminAccessRemovedEmails, providerAuthorizedEmails } from '../src/domain/link.emails';
import type { PartnerContact, TenantAdmin, TenantUser } from '../src/domain/recipients';
import {
  adminPrivilegesRemovedEmails,
  relationshipAcceptedEmails,
  relationshipDeclinedEmails,
  relationshipDeletedEmails,
  relationshipTerminatedEmails,
} from '../src/domain/relationship.emails';
import { partnerUserAssignedEmails, partnerUserUnassignedEmails } from '../src/domain/partner-assignment.emails';
import { adminRoleList, customerLabel, daysLeftInWords, durationInWords, roleList } from '../src/domain/wording';
import { EmailTemplates } from '../src/mail/templates';

const links = new Links('https://console.channelgraph.test');
const at = '2026-11-23T17:58:15.000Z';
const atText = 'Mon, 23 Nov 2026 17:58:15 GMT';

/** Every email the tests below see, rendered at the end with its template (strict: a missing value fails). */
const seen: Email[] = [];

function sent(decision: EmailDecision): Email[] {
  if ('waitFor' in decision) throw new Error(`expected emails, got a wait for ${decision.waitFor}`);
  seen.push(...decision.send);
  return decision.send;
}

const contact = (name: string): PartnerContact => ({
  tenantId: `tenant-of-${name}`,
  legalName: `${name} Ltd`,
  firstName: name,
  email: `${name.toLowerCase()}@${name.toLowerCase()}.example`,
});
const admin = (tenantId: string, email: string, fullName: string | null): TenantAdmin => ({ tenantId, email, fullName });

const primaryContact = { firstName: 'Paula', lastName: 'Prime', email: 'paula@partner.example' };
const partner = { partnerId: 'p-1', tenantId: 't-partner', program: 'INDIRECT_PROVIDER' as const, legalName: 'Partner Ltd', primaryContact };

const relationship = {
  relationshipId: 'rel-1',
  partnerId: 'p-1',
  partnerTenantId: 't-partner',
  partnerName: 'Partner Ltd',
  customerTenantId: 't-customer',
  customerName: 'Customer Inc',
  roles: ['RESELLER', 'DELEGATED_ADMIN'] as RelationshipEstablishedV1['roles'],
};

const link = {
  linkId: 'l-1',
  providerId: 'p-prov',
  providerTenantId: 't-prov',
  providerName: 'Provider Ltd',
  resellerId: 'p-res',
  resellerTenantId: 't-res',
  resellerName: 'Reseller Ltd',
};

describe('how event values read in an email', () => {
  it('lists roles in words', () => {
    expect(roleList(['RESELLER', 'DELEGATED_ADMIN', 'MPSA'])).toBe('reseller, delegated admin and multi-partner purchase (MPSA) partner');
    expect(roleList(['ADVISOR'])).toBe('advisor');
    expect(roleList([])).toBe('');
  });

  it('names a customer relationship has not heard of by its tenant', () => {
    expect(customerLabel(null, 't-9')).toBe('a customer (tenant t-9)');
    expect(customerLabel('Customer Inc', 't-9')).toBe('Customer Inc');
  });

  it('puts only the new Customer Agreement announcement in the bulk lane', () => {
    expect(laneOf('CUSTOMER_AGREEMENT_UPDATED')).toBe('BULK');
    expect(laneOf('PRIMARY_CONTACT_VERIFICATION')).toBe('TRANSACTIONAL');
  });
});

describe('the emails of enrolment (R9, R10)', () => {
  it('welcomes the global admin of a new organisation (TenantSignedUp)', () => {
    const data: TenantSignedUpV1 = {
      tenantId: 't-new',
      domain: 'new.example',
      displayName: 'New Co',
      country: 'US',
      admin: { userId: 'u-1', fullName: 'Ada Admin', email: 'ada@new.example' },
      signedUpAt: at,
    };
    expect(sent(welcomeEmails(data, links))).toEqual([
      {
        kind: 'WELCOME',
        template: 'welcome',
        to: 'ada@new.example',
        tenantId: 't-new',
        lane: 'TRANSACTIONAL',
        values: {
          fullName: 'Ada Admin',
          displayName: 'New Co',
          domain: 'new.example',
          signInUrl: links.signIn(),
          to: 'ada@new.example',
          recipientName: 'Ada Admin',
        },
      },
    ]);
  });

  it('sends the primary contact its verification link (VerificationLinkIssued, and the v1 PrimaryContactVerificationRequested)', () => {
    const data: VerificationLinkIssuedV1 = { ...partner, verificationToken: 'tok-123', expiresAt: at };
    const [email] = sent(verificationEmails(data, links));
    expect(email).toMatchObject({
      kind: 'PRIMARY_CONTACT_VERIFICATION',
      template: 'partner-verification',
      to: 'paula@partner.example',
      tenantId: 't-partner',
      lane: 'TRANSACTIONAL',
    });
    expect(email.values).toMatchObject({
      firstName: 'Paula',
      legalName: 'Partner Ltd',
      programName: 'an indirect provider',
      verifyUrl: links.verifyPrimaryContact('tok-123'),
      expiresAt: atText,
      recipientName: 'Paula',
    });
  });

  it('tells the primary contact the application is in review (PrimaryContactVerified)', () => {
    const data: PrimaryContactVerifiedV1 = { ...partner, program: 'DIRECT', verifiedAt: at };
    expect(sent(inReviewEmails(data))).toEqual([
      expect.objectContaining({
        kind: 'ENROLLMENT_IN_REVIEW',
        template: 'partner-in-review',
        to: 'paula@partner.example',
        tenantId: 't-partner',
        values: expect.objectContaining({ programName: 'a direct partner' }),
      }),
    ]);
  });

  it('tells the primary contact the partner is active (PartnerActivated)', () => {
    const data: PartnerActivatedV1 = { ...partner, mpnId: '1234567', adminAgentUserId: null, activatedAt: at };
    expect(sent(activatedEmails(data, links))).toEqual([
      expect.objectContaining({
        kind: 'PARTNER_ACTIVATED',
        template: 'partner-activated',
        to: 'paula@partner.example',
        values: expect.objectContaining({ signInUrl: links.signIn() }),
      }),
    ]);
  });

  it('tells the primary contact each thing to fix, and where, when the application is rejected (PartnerRejected v2)', () => {
    const data: PartnerRejectedV2 = {
      ...partner,
      mpnId: '1234567',
      reasons: [
        { code: 'LEGAL_NAME_MISMATCH', message: 'The legal name does not match the profile: give it as the registry holds it.' },
        { code: 'OTHER', message: 'Add the registered office address.' },
      ],
      note: 'Add the registered office address.',
      rejectedAt: at,
    };
    const [email] = sent(rejectedEmails(data, links));
    expect(email).toMatchObject({
      kind: 'PARTNER_REJECTED',
      template: 'partner-rejected',
      to: 'paula@partner.example',
      tenantId: 't-partner',
      values: {
        reasons: ['The legal name does not match the profile: give it as the registry holds it.', 'Add the registered office address.'],
        enrolmentUrl: links.enrolment(),
      },
    });
    const { text, html } = new EmailTemplates().render(email.template, email.values);
    expect(text).toContain('- The legal name does not match the profile: give it as the registry holds it.\n- Add the registered office address.');
    expect(html).toContain('<li>Add the registered office address.</li>');
    expect(text).toContain(links.enrolment());
    expect(text).not.toContain('The reviewer adds');
    const noted = sent(rejectedEmails({ ...data, reasons: [data.reasons[0]], note: 'Spelled with a hyphen.' }, links))[0];
    expect(new EmailTemplates().render(noted.template, noted.values).text).toContain('The reviewer adds: Spelled with a hyphen.');
  });

  it("still tells the reviewer's reason of a rejection from before reason codes (PartnerRejected v1)", () => {
    const data: PartnerRejectedV1 = { ...partner, reason: 'The MPN id does not match the legal name.', rejectedAt: at };
    expect(sent(rejectedEmails(data, links))).toEqual([
      expect.objectContaining({
        kind: 'PARTNER_REJECTED',
        template: 'partner-rejected',
        tenantId: 't-partner',
        values: expect.objectContaining({ reasons: ['The MPN id does not match the legal name.'] }),
      }),
    ]);
  });

  it('tells the primary contact a resubmitted application is in review again, and leaves one back in verification to its link', () => {
    const data: PartnerEnrollmentResubmittedV1 = { ...partner, mpnId: '1234567', status: 'IN_REVIEW', resubmittedAt: at };
    expect(sent(resubmittedEmails(data))).toEqual([
      expect.objectContaining({ kind: 'ENROLLMENT_IN_REVIEW', template: 'partner-back-in-review', to: 'paula@partner.example', tenantId: 't-partner' }),
    ]);
    expect(resubmittedEmails({ ...data, status: 'EMAIL_VERIFICATION_PENDING' })).toEqual({ send: [] });
  });
});

describe('the lead email (R1, PartnersContacted)', () => {
  const lead = (partners: PartnersContactedV1['partners']): PartnersContactedV1 => ({
    leadId: 'lead-1',
    customerTenantId: 't-customer',
    customerName: 'Customer Inc',
    contactEmail: 'buyer@customer.example',
    need: 'Licences for 40 seats\nand migration help',
    partners,
    contactedAt: at,
  });
  const one = (n: number, email = `contact${n}@p${n}.example`) => ({
    partnerId: `p-${n}`,
    tenantId: `t-${n}`,
    legalName: `Partner ${n}`,
    primaryContactEmail: email,
    primaryContactFirstName: `First${n}`,
  });

  it("goes to each contacted partner's primary contact, filed under that partner's tenant", () => {
    const emails = sent(leadEmails(lead([one(1), one(2)]), links));
    expect(emails.map((email) => [email.to, email.tenantId, email.values.recipientName])).toEqual([
      ['contact1@p1.example', 't-1', 'First1'],
      ['contact2@p2.example', 't-2', 'First2'],
    ]);
    expect(emails[0].values).toMatchObject({
      quotedNeed: '> Licences for 40 seats\n> and migration help',
      otherPartners: 'one other partner',
      legalNameByEmail: { 'contact1@p1.example': 'Partner 1', 'contact2@p2.example': 'Partner 2' },
      contactedAt: atText,
    });
  });

  it('sends one email to two partners sharing a primary contact (the first one’s)', () => {
    const emails = sent(leadEmails(lead([one(1, 'shared@p.example'), one(2, 'Shared@P.example'), one(3)]), links));
    expect(emails.map((email) => email.to)).toEqual(['shared@p.example', 'contact3@p3.example']);
    expect(emails[0].values.otherPartners).toBe('2 other partners');
  });
});

describe("an indirect provider's invitation to a reseller (R13)", () => {
  const invitation = (kind: InvitationLinkIssuedV1['kind']): InvitationLinkIssuedV1 => ({
    requestId: 'req-1',
    kind,
    partnerId: 'p-prov',
    partnerTenantId: 't-prov',
    partnerName: 'Provider Ltd',
    indirectProviderId: null,
    indirectProviderName: null,
    roles: [],
    inviteeEmail: 'reseller@res.example',
    invitationToken: 'inv-tok',
    expiresAt: at,
    requestedAt: at,
  });

  it('goes to the invitee at once, with the authorisation link (InvitationLinkIssued, IndirectResellerInvited)', () => {
    expect(sent(resellerInvitationEmails(invitation('INDIRECT_RESELLER'), links))).toEqual([
      expect.objectContaining({
        kind: 'INDIRECT_RESELLER_INVITATION',
        to: 'reseller@res.example',
        tenantId: 't-prov',
        values: expect.objectContaining({
          providerName: 'Provider Ltd',
          authorizeUrl: links.invitation('INDIRECT_RESELLER', 'inv-tok'),
          recipientName: 'reseller@res.example',
        }),
      }),
    ]);
  });

  it("is not sent for a customer's invitation: its partner sends that one (R17)", () => {
    expect(resellerInvitationEmails(invitation('CUSTOMER'), links)).toEqual({ send: [] });
    expect(resellerInvitationEmails(invitation('CUSTOMER_WITH_PROVIDER'), links)).toEqual({ send: [] });
  });
});

describe('relationship emails (R3, R5, R6, R7, R19)', () => {
  const established: RelationshipEstablishedV1 = { ...relationship, requestId: 'req-1', establishedAt: at };

  it("tells the partner's primary contact the customer accepted (RelationshipEstablished)", () => {
    expect(sent(relationshipAcceptedEmails(established, contact('Pat'), links))).toEqual([
      {
        kind: 'RELATIONSHIP_ACCEPTED',
        template: 'relationship-accepted',
        to: 'pat@pat.example',
        tenantId: 'tenant-of-Pat',
        lane: 'TRANSACTIONAL',
        values: {
          partnerName: 'Partner Ltd',
          customerName: 'Customer Inc',
          roles: 'reseller and delegated admin',
          establishedAt: atText,
          signInUrl: links.signIn(),
          recipientPartnerName: 'Pat Ltd',
          to: 'pat@pat.example',
          recipientName: 'Pat',
        },
      },
    ]);
  });

  it('sends nothing for a relationship established without an invitation (an import)', () => {
    expect(relationshipAcceptedEmails({ ...established, requestId: null }, contact('Pat'), links)).toEqual({ send: [] });
    expect(relationshipAcceptedEmails({ ...established, requestId: null }, null, links)).toEqual({ send: [] });
  });

  it("waits for the partner's contact when it is not known yet", () => {
    expect(relationshipAcceptedEmails(established, null, links)).toEqual({ waitFor: partnerContactKnown('p-1') });
  });

  const declined = (kind: RelationshipRequestDeclinedV1['kind'], more: Partial<RelationshipRequestDeclinedV1> = {}): RelationshipRequestDeclinedV1 => ({
    requestId: 'req-2',
    kind,
    partnerId: 'p-1',
    partnerTenantId: 't-partner',
    partnerName: 'Partner Ltd',
    indirectProviderId: null,
    indirectProviderName: null,
    roles: ['RESELLER', 'DELEGATED_ADMIN'],
    inviteeEmail: 'buyer@customer.example',
    declinedByTenantId: 't-customer',
    declinedAt: at,
    ...more,
  });

  it('tells the inviting partner the invitee declined, and whether admin privileges were asked for (RelationshipRequestDeclined, R5)', () => {
    const [email] = sent(relationshipDeclinedEmails(declined('CUSTOMER'), { partner: contact('Pat'), indirectProvider: null }, links));
    expect(email).toMatchObject({ kind: 'RELATIONSHIP_DECLINED', to: 'pat@pat.example', tenantId: 'tenant-of-Pat' });
    expect(email.values).toMatchObject({
      invitedTo: 'a relationship with Partner Ltd as its reseller and delegated admin',
      askedForAdmin: true,
      isReseller: false,
      declinedAt: atText,
    });
    const reseller = sent(relationshipDeclinedEmails(declined('INDIRECT_RESELLER'), { partner: contact('Pat'), indirectProvider: null }, links));
    expect(reseller[0].values).toMatchObject({ invitedTo: 'authorise Partner Ltd as its indirect provider', askedForAdmin: false, isReseller: true });
  });

  it('tells both partners of a combined invitation that it was declined (R19)', () => {
    const combined = declined('CUSTOMER_WITH_PROVIDER', { indirectProviderId: 'p-prov', indirectProviderName: 'Provider Ltd' });
    const emails = sent(relationshipDeclinedEmails(combined, { partner: contact('Pat'), indirectProvider: contact('Prov') }, links));
    expect(emails.map((email) => [email.to, email.tenantId])).toEqual([
      ['pat@pat.example', 'tenant-of-Pat'],
      ['prov@prov.example', 'tenant-of-Prov'],
    ]);
    expect(emails[0].values.invitedTo).toBe('a relationship with Partner Ltd as its reseller and delegated admin, and Provider Ltd as its reseller');
    // Invitations made before R19 asked the reseller for RESELLER alone.
    const older = sent(relationshipDeclinedEmails({ ...combined, roles: ['RESELLER'] }, { partner: contact('Pat'), indirectProvider: contact('Prov') }, links));
    expect(older[0].values.invitedTo).toBe('a relationship with Partner Ltd and Provider Ltd as its resellers');
  });

  it("waits for the first partner whose contact is not known: the inviting partner's, then the provider's", () => {
    const combined = declined('CUSTOMER_WITH_PROVIDER', { indirectProviderId: 'p-prov', indirectProviderName: 'Provider Ltd' });
    expect(relationshipDeclinedEmails(combined, { partner: null, indirectProvider: null }, links)).toEqual({ waitFor: partnerContactKnown('p-1') });
    expect(relationshipDeclinedEmails(combined, { partner: contact('Pat'), indirectProvider: null }, links)).toEqual({
      waitFor: partnerContactKnown('p-prov'),
    });
    // A provider named by an invitation of another kind is not written to, so not waited for.
    expect(
      sent(relationshipDeclinedEmails(declined('CUSTOMER', { indirectProviderId: 'p-prov' }), { partner: contact('Pat'), indirectProvider: null }, links)),
    ).toHaveLength(1);
  });

  it('tells the partner the customer removed its admin privileges (AdminPrivilegesRemoved, R6)', () => {
    const data: AdminPrivilegesRemovedV1 = { ...relationship, roles: ['RESELLER'], removedByUserId: 'u-c', removedAt: at };
    expect(sent(adminPrivilegesRemovedEmails(data, contact('Pat'), links))).toEqual([
      expect.objectContaining({
        kind: 'ADMIN_PRIVILEGES_REMOVED',
        to: 'pat@pat.example',
        values: expect.objectContaining({ roles: 'reseller', removedAt: atText }),
      }),
    ]);
    expect(adminPrivilegesRemovedEmails(data, null, links)).toEqual({ waitFor: partnerContactKnown('p-1') });
  });

  it('tells the partner the customer deleted the relationship (RelationshipDeleted, R7)', () => {
    const data: RelationshipDeletedV1 = { ...relationship, customerName: null, deletedByUserId: 'u-c', deletedAt: at };
    expect(sent(relationshipDeletedEmails(data, contact('Pat'), links))).toEqual([
      expect.objectContaining({
        kind: 'RELATIONSHIP_DELETED',
        to: 'pat@pat.example',
        values: expect.objectContaining({ customerName: 'a customer (tenant t-customer)', deletedAt: atText }),
      }),
    ]);
    expect(relationshipDeletedEmails(data, null, links)).toEqual({ waitFor: partnerContactKnown('p-1') });
  });

  const terminated: RelationshipTerminatedV1 = { ...relationship, terminatedByUserId: 'u-p', terminatedAt: at };

  it("tells each of the customer's global admins the partner ended the relationship (RelationshipTerminated)", () => {
    const emails = sent(
      relationshipTerminatedEmails(terminated, [admin('t-customer', 'a@customer.example', 'Ann'), admin('t-customer', 'b@customer.example', null)], links),
    );
    expect(emails.map((email) => [email.kind, email.to, email.tenantId, email.values.recipientName])).toEqual([
      ['RELATIONSHIP_TERMINATED', 'a@customer.example', 't-customer', 'Ann'],
      ['RELATIONSHIP_TERMINATED', 'b@customer.example', 't-customer', 'b@customer.example'],
    ]);
  });

  it("waits for the customer's admins when none is known yet", () => {
    expect(relationshipTerminatedEmails(terminated, [], links)).toEqual({ waitFor: tenantAdminsKnown('t-customer') });
  });
});

describe('indirect provider link emails (R13)', () => {
  it('tells the provider a reseller authorised it (IndirectProviderAuthorized)', () => {
    const data: IndirectProviderAuthorizedV1 = { ...link, requestId: 'req-3', authorizedAt: at };
    expect(sent(providerAuthorizedEmails(data, contact('Prov'), links))).toEqual([
      expect.objectContaining({
        kind: 'INDIRECT_PROVIDER_AUTHORIZED',
        to: 'prov@prov.example',
        tenantId: 'tenant-of-Prov',
        values: expect.objectContaining({ resellerName: 'Reseller Ltd', authorizedAt: atText }),
      }),
    ]);
    expect(providerAuthorizedEmails(data, null, links)).toEqual({ waitFor: partnerContactKnown('p-prov') });
  });

  it('tells the provider the reseller removed its admin access (ProviderAdminAccessRemoved)', () => {
    const data: ProviderAdminAccessRemovedV1 = { ...link, removedAt: at };
    expect(sent(providerAdminAccessRemovedEmails(data, contact('Prov'), links))).toEqual([
      expect.objectContaining({ kind: 'PROVIDER_ADMIN_ACCESS_REMOVED', to: 'prov@prov.example', values: expect.objectContaining({ removedAt: atText }) }),
    ]);
    expect(providerAdminAccessRemovedEmails(data, null, links)).toEqual({ waitFor: partnerContactKnown('p-prov') });
  });

  it('tells only the side that did not revoke the link, saying who did (IndirectLinkRevoked)', () => {
    const byReseller: IndirectLinkRevokedV1 = { ...link, revokedByPartnerId: 'p-res', revokedAt: at };
    expect(sent(linkRevokedEmails(byReseller, { provider: contact('Prov'), reseller: null }, links))).toEqual([
      expect.objectContaining({
        kind: 'INDIRECT_LINK_REVOKED',
        to: 'prov@prov.example',
        tenantId: 'tenant-of-Prov',
        values: expect.objectContaining({ toProvider: true, revokedBy: 'Reseller Ltd', revokedAt: atText }),
      }),
    ]);
    const byProvider: IndirectLinkRevokedV1 = { ...link, revokedByPartnerId: 'p-prov', revokedAt: at };
    expect(sent(linkRevokedEmails(byProvider, { provider: null, reseller: contact('Res') }, links))).toEqual([
      expect.objectContaining({
        to: 'res@res.example',
        tenantId: 'tenant-of-Res',
        values: expect.objectContaining({ toProvider: false, revokedBy: 'Provider Ltd', recipientPartnerName: 'Res Ltd' }),
      }),
    ]);
  });

  it("waits for the other side's contact when it is not known yet", () => {
    expect(linkRevokedEmails({ ...link, revokedByPartnerId: 'p-res', revokedAt: at }, { provider: null, reseller: contact('Res') }, links)).toEqual({
      waitFor: partnerContactKnown('p-prov'),
    });
  });
});

describe('a new Customer Agreement version (R4, AgreementTemplatePublished)', () => {
  const published: AgreementTemplatePublishedV1 = {
    templateId: 'tpl-2',
    type: 'CUSTOMER_AGREEMENT',
    version: '2',
    documentUrl: 'https://channelgraph.example/agreements/customer-agreement/v2/en',
    language: 'en',
    publishedAt: at,
    publishedByUserId: 'u-op',
    supersededTemplateId: 'tpl-1',
  };
  const behind = [
    { ...admin('t-a', 'a@a.example', 'Ann'), acceptedVersion: '1' },
    { ...admin('t-b', 'b@b.example', 'Bob'), acceptedVersion: null },
  ];

  it("goes to the admins of customers behind on it, in the bulk lane, about this version, filed under each admin's tenant", () => {
    const emails = sent(customerAgreementUpdatedEmails(published, behind, links));
    expect(emails.map((email) => [email.to, email.tenantId, email.lane, email.relatedEntityId])).toEqual([
      ['a@a.example', 't-a', 'BULK', 'tpl-2'],
      ['b@b.example', 't-b', 'BULK', 'tpl-2'],
    ]);
    expect(emails[0].values).toMatchObject({ version: '2', publishedAt: atText, signInUrl: links.signIn() });
  });

  it('sends nothing for the first version of a type, nor for another agreement, nor when nobody is behind', () => {
    expect(customerAgreementUpdatedEmails({ ...published, supersededTemplateId: null }, behind, links)).toEqual({ send: [] });
    expect(customerAgreementUpdatedEmails({ ...published, type: 'PARTNER_AGREEMENT' }, behind, links)).toEqual({ send: [] });
    expect(customerAgreementUpdatedEmails(published, [], links)).toEqual({ send: [] });
  });

  const v2: AgreementTemplatePublishedV2 = {
    ...published,
    reacceptanceDeadline: '2027-01-15T00:00:00.000Z',
    versionsAcceptedUntilDeadline: ['1'],
    translationOf: null,
  };

  it('tells the admins of customers whose version is still honoured the deadline, and the others nothing of one', () => {
    const emails = sent(customerAgreementUpdatedEmails(v2, behind, links));
    const byAddress = Object.fromEntries(emails.map((email) => [email.to, email.values]));
    expect(byAddress['a@a.example']).toMatchObject({ version: '2', deadline: new Date('2027-01-15T00:00:00.000Z').toUTCString() });
    expect(byAddress['b@b.example']).not.toHaveProperty('deadline');
  });

  it('sends nothing for a translation of the current version', () => {
    expect(customerAgreementUpdatedEmails({ ...v2, supersededTemplateId: null, translationOf: 'tpl-2' }, behind, links)).toEqual({ send: [] });
  });
});

describe('partner assignment emails (R2 PARTNER role)', () => {
  const assignedUser = { userId: 'u-1', fullName: 'Paola Rossi', email: 'paola@customer.example' };
  const facts = { ...relationship, roles: ['PARTNER'] as RelationshipEstablishedV1['roles'], assignedUser };
  const assigned: PartnerUserAssignedV1 = { ...facts, assignedByUserId: 'u-admin', assignedAt: at };
  const unassigned = (reason: PartnerUserUnassignedV1['reason']): PartnerUserUnassignedV1 => ({
    ...facts,
    reason,
    unassignedByUserId: 'u-admin',
    unassignedAt: at,
  });

  it('tells the assigned user, under the customer’s tenant, which customer assigned them to which partner', () => {
    const [email] = sent(partnerUserAssignedEmails(assigned, links));
    expect(email).toMatchObject({ kind: 'PARTNER_USER_ASSIGNED', template: 'partner-user-assigned', to: assignedUser.email, tenantId: 't-customer' });
    expect(email.values).toMatchObject({
      customerName: 'Customer Inc',
      partnerName: 'Partner Ltd',
      roles: 'partner',
      recipientName: 'Paola Rossi',
      assignedAt: atText,
    });
    const rendered = new EmailTemplates().render(email.template, email.values);
    expect(rendered.subject).toBe('Customer Inc assigned you to work with Partner Ltd');
  });

  it('tells the user the assignment ended and why, except once the user was removed', () => {
    const because = (reason: PartnerUserUnassignedV1['reason']) => sent(partnerUserUnassignedEmails(unassigned(reason), links))[0]?.values.endedBecause;
    expect(because('UNASSIGNED')).toBe('Customer Inc ended it.');
    expect(because('REASSIGNED')).toBe('Customer Inc assigned another colleague to work with Partner Ltd.');
    expect(because('RELATIONSHIP_ENDED')).toBe('the relationship between Customer Inc and Partner Ltd has ended.');
    expect(because('PARTNER_ROLE_REMOVED')).toBe('Partner Ltd no longer holds the partner role for Customer Inc.');
    expect(partnerUserUnassignedEmails(unassigned('USER_REMOVED'), links)).toEqual({ send: [] });
    const [email] = sent(partnerUserUnassignedEmails(unassigned('UNASSIGNED'), links));
    expect(email).toMatchObject({ kind: 'PARTNER_USER_UNASSIGNED', to: assignedUser.email, tenantId: 't-customer' });
  });
});

describe('delegated admin access emails (B1, B2)', () => {
  const user = (tenantId: string, name: string, roles: string[]): TenantUser => ({ tenantId, email: `${name}@${tenantId}.example`, fullName: name, roles });
  const agent = user('t-partner', 'agent', ['ADMIN_AGENT']);
  const partnerAdmin = user('t-partner', 'padmin', ['GLOBAL_ADMIN']);
  const customerAdmin = user('t-customer', 'cadmin', ['GLOBAL_ADMIN']);
  const relationshipAdmin = user('t-customer', 'radmin', ['RELATIONSHIP_ADMIN', 'BILLING_ADMIN']);
  const readers = { partnerUsers: [agent, partnerAdmin], customerUsers: [customerAdmin, relationshipAdmin] };
  const access = { adminRoles: ['USER_ADMINISTRATOR', 'SECURITY_READER'] as AdminAccessChangedV1['adminRoles'], adminAccessExpiresAt: at, autoExtend: false };
  const changed = (change: AdminAccessChangedV1['change'], overrides: Partial<AdminAccessChangedV1> = {}): AdminAccessChangedV1 => ({
    ...relationship,
    ...access,
    change,
    previousAdminRoles: ['USER_ADMINISTRATOR'],
    previousAdminAccessExpiresAt: at,
    changedByUserId: null,
    requestId: null,
    changedAt: at,
    ...overrides,
  });
  const recipientsOf = (emails: Email[]) => emails.map((email) => [email.to, email.tenantId, email.values.toPartner]);

  it('words admin roles, durations and days left', () => {
    expect(adminRoleList(['USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR', 'GLOBAL_READER'])).toBe('User administrator, License administrator and Global reader');
    expect(adminRoleList([])).toBe('');
    expect(durationInWords('P2Y')).toBe('2 years');
    expect(durationInWords('P1Y6M')).toBe('1 year and 6 months');
    expect(durationInWords('P1D')).toBe('1 day');
    expect(daysLeftInWords(1)).toBe('in 1 day');
    expect(daysLeftInWords(30)).toBe('in 30 days');
    expect(daysLeftInWords(0)).toBe('today');
  });

  it("warns the partner's admin agents (not its global admin) and the customer's global and relationship admins, each under their tenant", () => {
    const expiring: AdminAccessExpiringV1 = { ...relationship, ...access, daysLeft: 30, warnedAt: at };
    const emails = sent(adminAccessExpiringEmails(expiring, readers, links));
    expect(recipientsOf(emails)).toEqual([
      [agent.email, 't-partner', true],
      [customerAdmin.email, 't-customer', false],
      [relationshipAdmin.email, 't-customer', false],
    ]);
    expect(emails.map((email) => email.values.recipientRole)).toEqual(['an admin agent', 'a global admin', 'a relationship admin']);
    expect(emails[0].values).toMatchObject({ adminRoles: 'User administrator and Security reader', expiresAt: atText, daysLeft: 'in 30 days' });
    // A partner without admin agents: its global admins; nobody known on one side: every email waits.
    expect(recipientsOf(sent(adminAccessExpiringEmails(expiring, { ...readers, partnerUsers: [partnerAdmin] }, links)))[0]).toEqual([
      partnerAdmin.email,
      't-partner',
      true,
    ]);
    expect(adminAccessExpiringEmails(expiring, { ...readers, customerUsers: [] }, links)).toEqual({ waitFor: tenantAdminsKnown('t-customer') });
    expect(adminAccessExpiringEmails(expiring, { ...readers, partnerUsers: [] }, links)).toEqual({ waitFor: tenantAdminsKnown('t-partner') });
  });

  it('tells both sides of every change, but only the customer of an auto-extend switched on or off, and nobody what another email says', () => {
    const changes: AdminAccessChangedV1['change'][] = ['GRANTED', 'CHANGE_APPROVED', 'ROLES_REMOVED', 'EXPIRED', 'AUTO_EXTENDED', 'MIGRATED'];
    for (const change of changes) expect(sent(adminAccessChangedEmails(changed(change), readers, links))).toHaveLength(3);
    const switched = sent(adminAccessChangedEmails(changed('AUTO_EXTEND_SET', { autoExtend: true, previousAdminRoles: access.adminRoles }), readers, links));
    expect(recipientsOf(switched)).toEqual([
      [customerAdmin.email, 't-customer', false],
      [relationshipAdmin.email, 't-customer', false],
    ]);
    expect(switched[0].values.before).toBe('');
    sent(adminAccessChangedEmails(changed('AUTO_EXTEND_SET', { autoExtend: false, previousAdminRoles: access.adminRoles }), readers, links));
    // What another email already says is not said twice: an acceptance (RELATIONSHIP_ACCEPTED), and R6's removal of every role (ADMIN_PRIVILEGES_REMOVED).
    expect(adminAccessChangedEmails(changed('GRANTED', { requestId: 'r-1', previousAdminRoles: [] }), readers, links)).toEqual({ send: [] });
    expect(adminAccessChangedEmails(changed('ROLES_REMOVED', { adminRoles: [], adminAccessExpiresAt: null }), readers, links)).toEqual({ send: [] });
    const [removedSome] = sent(
      adminAccessChangedEmails(changed('ROLES_REMOVED', { adminRoles: ['SECURITY_READER'], previousAdminRoles: access.adminRoles }), readers, links),
    );
    expect(removedSome.values).toMatchObject({
      hasAdminRoles: true,
      subject: 'Customer Inc removed admin roles of Partner Ltd',
      before: `Before this change: User administrator and Security reader, until ${atText}.`,
    });
    const [migrated] = sent(
      adminAccessChangedEmails(
        changed('MIGRATED', { adminRoles: ['GLOBAL_ADMINISTRATOR'], previousAdminRoles: [], previousAdminAccessExpiresAt: null }),
        readers,
        links,
      ),
    );
    expect(migrated.values).toMatchObject({
      isMigrated: true,
      before: '',
      autoExtendWords: expect.stringContaining('Global administrator cannot auto-extend'),
    });
  });

  const linkIssued: InvitationLinkIssuedV2 = {
    requestId: 'req-1',
    kind: 'ADMIN_ACCESS_CHANGE',
    partnerId: 'p-1',
    partnerTenantId: 't-partner',
    partnerName: 'Partner Ltd',
    indirectProviderId: null,
    indirectProviderName: null,
    roles: ['DELEGATED_ADMIN'],
    inviteeEmail: null,
    invitationToken: 'a'.repeat(43),
    expiresAt: at,
    requestedAt: at,
    adminRoles: ['HELPDESK_ADMINISTRATOR'],
    adminAccessDuration: null,
    autoExtend: true,
    relationshipId: 'rel-1',
    customerTenantId: 't-customer',
  };

  it("emails a change of admin access to the customer's admins at once, and never lets its link wait", () => {
    const emails = sent(adminAccessChangeRequestEmails(linkIssued, readers.customerUsers, links));
    expect(emails.map((email) => email.to)).toEqual([customerAdmin.email, relationshipAdmin.email]);
    expect(emails[0].values).toMatchObject({
      acceptUrl: links.invitation('ADMIN_ACCESS_CHANGE', 'a'.repeat(43)),
      duration: '',
      adminRoles: 'Helpdesk administrator',
    });
    expect(adminAccessChangeRequestEmails(linkIssued, [], links)).toEqual({ send: [] });
    expect(adminAccessChangeRequestEmails({ ...linkIssued, kind: 'CUSTOMER', inviteeEmail: 'x@y.example' }, readers.customerUsers, links)).toEqual({
      send: [],
    });
    expect(resellerInvitationEmails(linkIssued, links)).toEqual({ send: [] });
  });

  it("tells the partner's admin agents of a change declined, expired or cancelled, and nothing of an accepted one", () => {
    const closed = (status: AdminAccessChangeRequestClosedV1['status']): AdminAccessChangeRequestClosedV1 => ({
      requestId: 'req-1',
      relationshipId: 'rel-1',
      partnerId: 'p-1',
      partnerTenantId: 't-partner',
      partnerName: 'Partner Ltd',
      customerTenantId: 't-customer',
      customerName: null,
      adminRoles: ['USER_ADMINISTRATOR'],
      adminAccessDuration: 'P90D',
      currentAdminRoles: [],
      status,
      approvedAdminRoles: [],
      closedByTenantId: null,
      closedAt: at,
    });
    expect(adminAccessChangeClosedEmails(closed('ACCEPTED'), readers.partnerUsers, links)).toEqual({ send: [] });
    for (const status of ['DECLINED', 'EXPIRED', 'CANCELLED'] as const) {
      const emails = sent(adminAccessChangeClosedEmails(closed(status), readers.partnerUsers, links));
      expect(emails.map((email) => [email.to, email.tenantId])).toEqual([[agent.email, 't-partner']]);
      expect(emails[0].values.happened).toContain('User administrator for 90 days');
    }
  });
});

describe('the facts an event makes known', () => {
  it("releases what waits for a partner's contact, or a tenant's admins", () => {
    expect(partnerContactFacts({ partnerId: 'p-1' })).toEqual([partnerContactKnown('p-1')]);
    expect(tenantAdminFacts({ tenantId: 't-1' })).toEqual([tenantAdminsKnown('t-1')]);
  });
});

describe('every email above', () => {
  it('renders with its template, every value it reads given', () => {
    const templates = new EmailTemplates();
    expect(seen.length).toBeGreaterThan(20);
    for (const email of seen) {
      const rendered = templates.render(email.template, email.values);
      expect(rendered.subject.length).toBeGreaterThan(0);
      expect(rendered.text.length).toBeGreaterThan(0);
    }
  });
});
