import { checkInviteeOfLead } from '../src/domain/leads';
import { sourceOfRequest, sourceOnEstablishing } from '../src/domain/sources';

describe('where a customer came from (R18)', () => {
  it('records a plain invitation as the partner’s own marketing', () => {
    expect(sourceOfRequest('CUSTOMER', {})).toBe('OWN_MARKETING');
    expect(sourceOfRequest('CUSTOMER', { leadId: null, referralId: null })).toBe('OWN_MARKETING');
  });

  it('records an invitation answering a lead as a directory lead, one following a referral as a vendor referral', () => {
    expect(sourceOfRequest('CUSTOMER', { leadId: 'lead' })).toBe('DIRECTORY_LEAD');
    expect(sourceOfRequest('CUSTOMER', { referralId: 'referral' })).toBe('VENDOR_REFERRAL');
  });

  it('records a combined invitation with an indirect provider as coming through the indirect provider (R19)', () => {
    expect(sourceOfRequest('CUSTOMER_WITH_PROVIDER', {})).toBe('INDIRECT_PROVIDER');
  });

  it('refuses an invitation that names both a lead and a referral', () => {
    expect(() => sourceOfRequest('CUSTOMER', { leadId: 'lead', referralId: 'referral' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'leadId' }),
    );
  });

  it('keeps the source of an ACTIVE relationship when roles are added, and takes the new one for a new or ended relationship', () => {
    expect(sourceOnEstablishing({ status: 'ACTIVE', source: 'DIRECTORY_LEAD' }, 'OWN_MARKETING')).toBe('DIRECTORY_LEAD');
    expect(sourceOnEstablishing({ status: 'TERMINATED', source: 'DIRECTORY_LEAD' }, 'VENDOR_REFERRAL')).toBe('VENDOR_REFERRAL');
    expect(sourceOnEstablishing(null, 'IMPORTED')).toBe('IMPORTED');
  });
});

describe('an invitation from a directory lead (R18)', () => {
  const lead = { contactEmail: 'Buyer@Acme.example.com' };

  it('goes to the lead’s contact, or to any address at the organisation’s domain', () => {
    expect(() => checkInviteeOfLead('buyer@acme.example.com', lead, 'acme.example.com')).not.toThrow();
    expect(() => checkInviteeOfLead('it@acme.example.com', lead, 'acme.example.com')).not.toThrow();
    expect(() => checkInviteeOfLead('buyer@acme.example.com', lead, null)).not.toThrow();
  });

  it('refuses an address elsewhere, naming the organisation’s domain', () => {
    expect(() => checkInviteeOfLead('someone@other.example.org', lead, 'acme.example.com')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'customerEmail', message: expect.stringContaining('acme.example.com') }),
    );
    expect(() => checkInviteeOfLead('someone@other.example.org', lead, null)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
