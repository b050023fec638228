import { ACCESS, mayCall, PUBLIC, rolesFor, SIGNED_IN } from '../src/auth/access';
import { requireAccess } from '../src/auth/guards';

const inPartner = (...roles: string[]) => ({ roles, partnerId: 'a-partner' });
const inCustomer = (...roles: string[]) => ({ roles });
const operator = { roles: ['PLATFORM_OPERATOR'] };

/** R12's own words, held against the table every subgraph enforces (docs/access.md). */
describe('R12: each user sees only what their roles need', () => {
  it('a helpdesk agent sees customers and notifications but cannot invite or manage users', () => {
    const helpdesk = inPartner('HELPDESK_AGENT');
    expect(mayCall('Partner.customers', helpdesk)).toBe(true);
    expect(mayCall('Query.customer', helpdesk)).toBe(true);
    expect(mayCall('Query.notifications', helpdesk)).toBe(true);
    for (const operation of [
      'Mutation.requestRelationship',
      'Mutation.inviteCustomerWithProvider',
      'Mutation.inviteIndirectReseller',
      'Mutation.sendRelationshipRequestEmail',
    ] as const) {
      expect(mayCall(operation, helpdesk)).toBe(false);
    }
    for (const operation of ['Mutation.addUser', 'Mutation.updateUserRoles', 'Mutation.removeUser', 'Tenant.users'] as const) {
      expect(mayCall(operation, helpdesk)).toBe(false);
    }
  });

  it('a sales agent invites and sees customers, and manages no users', () => {
    const sales = inPartner('SALES_AGENT');
    for (const operation of [
      'Mutation.requestRelationship',
      'Mutation.sendRelationshipRequestEmail',
      'Mutation.cancelRelationshipRequest',
      'Partner.customers',
      'Partner.relationshipRequests',
    ] as const) {
      expect(mayCall(operation, sales)).toBe(true);
    }
    expect(mayCall('Mutation.addUser', sales)).toBe(false);
  });

  it('a billing admin sees agreements and acceptances, and invites nobody', () => {
    for (const billing of [inPartner('BILLING_ADMIN'), inCustomer('BILLING_ADMIN')]) {
      expect(mayCall('Customer.agreementAcceptances', billing)).toBe(true);
      expect(mayCall('Customer.hasAcceptedCurrentAgreement', billing)).toBe(true);
      expect(mayCall('Query.currentAgreement', billing)).toBe(true);
      expect(mayCall('Mutation.requestRelationship', billing)).toBe(false);
      expect(mayCall('Mutation.addUser', billing)).toBe(false);
    }
    expect(mayCall('Customer.agreementAcceptances', inPartner('HELPDESK_AGENT'))).toBe(false);
  });

  it('a user-management admin manages users and sees nothing of the business', () => {
    for (const admin of [inPartner('USER_MANAGEMENT_ADMIN'), inCustomer('USER_MANAGEMENT_ADMIN')]) {
      for (const operation of ['Mutation.addUser', 'Mutation.updateUserRoles', 'Mutation.removeUser', 'Tenant.users'] as const) {
        expect(mayCall(operation, admin)).toBe(true);
      }
      for (const operation of ['Partner.customers', 'Query.notifications', 'Customer.agreementAcceptances', 'Mutation.requestRelationship'] as const) {
        expect(mayCall(operation, admin)).toBe(false);
      }
    }
  });

  it('in a partner organisation its admin agents manage users, its global admin does not (R11); a customer’s global admin does', () => {
    expect(mayCall('Mutation.addUser', inPartner('ADMIN_AGENT'))).toBe(true);
    expect(mayCall('Mutation.addUser', inPartner('GLOBAL_ADMIN'))).toBe(false);
    expect(mayCall('Mutation.addUser', inCustomer('GLOBAL_ADMIN'))).toBe(true);
    expect(mayCall('Mutation.addUser', inPartner('GLOBAL_ADMIN', 'ADMIN_AGENT'))).toBe(true);
  });

  it('a platform operator is only that: its own operations and reading, nothing an organisation decides', () => {
    expect(mayCall('Mutation.reviewEnrollment', operator)).toBe(true);
    expect(mayCall('Partner.customers', operator)).toBe(true);
    expect(mayCall('Mutation.acceptRelationshipRequest', operator)).toBe(false);
    expect(mayCall('Mutation.reviewEnrollment', inCustomer('GLOBAL_ADMIN'))).toBe(false);
  });

  it('leaves no operation that nobody could call', () => {
    for (const [operation, rule] of Object.entries(ACCESS)) {
      if (rule === PUBLIC) continue;
      const someone = rule.operator || rule.partner === SIGNED_IN || rule.customer === SIGNED_IN || rule.partner.length + rule.customer.length > 0;
      expect([operation, someone]).toEqual([operation, true]);
    }
  });

  it('refuses with FORBIDDEN naming the roles that would do, in the caller’s kind of organisation', () => {
    const caller = { userId: 'u', tenantId: 't', partnerId: 'p', roles: ['HELPDESK_AGENT'], mustChangePassword: false };
    expect(() => requireAccess(caller, 'Mutation.requestRelationship')).toThrow(
      expect.objectContaining({
        message: 'This needs one of these roles in a partner organisation: ADMIN_AGENT, SALES_AGENT.',
        extensions: { code: 'FORBIDDEN', requiredRoles: ['ADMIN_AGENT', 'SALES_AGENT'] },
      }),
    );
    const customer = { ...caller, partnerId: undefined, roles: ['GLOBAL_ADMIN'] };
    expect(() => requireAccess(customer, 'Mutation.requestRelationship')).toThrow(
      'This is for users of an enrolled partner organisation with one of these roles: ADMIN_AGENT, SALES_AGENT. If your organisation enrolled after you signed in, sign in again.',
    );
    expect(() => requireAccess(customer, 'Mutation.reviewEnrollment')).toThrow('Nobody in an organisation that is not an enrolled partner can do this.');
    expect(rolesFor('Mutation.requestRelationship', customer)).toEqual([]);
    expect(() => requireAccess({ ...caller, roles: ['PLATFORM_OPERATOR'] }, 'Mutation.requestRelationship')).toThrow('A platform operator cannot do this');
    expect(requireAccess(customer, 'Query.me')).toBe(customer);
  });
});
