import { errorCodes, eventually, graphql, signUpCustomer } from '../support/graphql';
import { activePartner, addSignedInUser } from '../support/partners';
import { Stack, startStack } from '../support/stack';

/*
 * B1–B3 end to end through the gateway: granular admin roles, consent role by role, changes in place and a
 * clock compressed by ADMIN_ACCESS_DAY_MS (one day of admin access lasts 250 ms here, so P2Y is about three
 * minutes and P40D ten seconds), never by sleeping for days.
 */

const DAY_MS = 250;

const REQUEST = `mutation($input: RequestRelationshipInput!) {
  requestRelationship(input: $input) { id kind roles adminRoles adminAccessDuration autoExtend invitationUrl }
}`;
const BY_TOKEN = `query($token: String!) { relationshipRequestByToken(token: $token) { kind adminRoles adminAccessDuration autoExtend relationship { id adminRoles } } }`;
const RELATIONSHIP = 'id roles adminPrivileges adminRoles adminAccessExpiresAt adminAccessStatus autoExtend';
const ACCEPT = `mutation($input: AcceptRelationshipRequestInput!) { acceptRelationshipRequest(input: $input) { ${RELATIONSHIP} } }`;
const CHANGE = `mutation($input: RequestAdminAccessChangeInput!) { requestAdminAccessChange(input: $input) { id kind adminRoles adminAccessDuration invitationUrl } }`;
const DECLINE = `mutation($token: String!) { declineRelationshipRequest(input: { token: $token }) { status } }`;
const REMOVE_ROLES = `mutation($input: RemoveAdminRolesInput!) { removeAdminRoles(input: $input) { ${RELATIONSHIP} } }`;
const AUTO_EXTEND = `mutation($input: SetAutoExtendInput!) { setAutoExtend(input: $input) { ${RELATIONSHIP} } }`;
const AUTO_EXTEND_MANY = `mutation($input: SetAutoExtendForManyInput!) {
  setAutoExtendForMany(input: $input) { relationships { id autoExtend } refused { relationshipId code message } }
}`;
const CUSTOMER_VIEW = `query($id: ID!) { customer(id: $id) { relationships { ${RELATIONSHIP} } } }`;
const ADMIN_ACCESS = `query($id: ID!, $status: AdminAccessStatus, $within: Int) {
  partner(id: $id) {
    adminAccess(status: $status, expiresWithinDays: $within) { totalCount edges { node { id adminAccessStatus } } }
    adminAccessExpiry { within1Day within7Days within30Days expired }
  }
}`;
const AUTHORIZE = `query($p: ID!, $c: ID!, $permission: Permission!, $userId: ID) {
  authorize(partnerId: $p, customerId: $c, permission: $permission, userId: $userId) { allowed reasons }
}`;
const ASSIGN = `mutation($input: AssignAdminAccessInput!) { assignAdminAccess(input: $input) { id adminRoles users { id } relationship { id } } }`;
const UNASSIGN = `mutation($input: RemoveAdminAccessAssignmentInput!) { removeAdminAccessAssignment(input: $input) { id } }`;
const ASSIGNMENTS = `query($id: ID!) { partner(id: $id) { customers { edges { node { id adminAccessAssignments { id adminRoles users { id } } } } } } }`;

const tokenOf = (invitationUrl: string) => new URL(invitationUrl).searchParams.get('token')!;

describe('delegated admin done right (B1–B4)', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack({ ADMIN_ACCESS_DAY_MS: String(DAY_MS), EXPIRY_SWEEP_MS: '100' });
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** The relationship's events in relationship's outbox, oldest first, as their data. */
  async function eventsOf(subject: string, type: string): Promise<Array<Record<string, any>>> {
    const rows: Array<{ message: string }> = await stack.relationship.platform.dataSource.query(
      'SELECT message FROM outbox_event WHERE aggregate_id = ? AND event_type = ? ORDER BY seq',
      [subject, type],
    );
    return rows.map((row) => JSON.parse(row.message).data);
  }

  /** A partner invites a new customer with these inputs; the customer accepts with `approve`. */
  async function grant(input: Record<string, unknown>, approve?: Record<string, unknown>) {
    const partner = await activePartner(url);
    const customer = await signUpCustomer(url);
    const requested = await graphql(url, REQUEST, { input: { customerEmail: customer.email, ...input } }, partner.token);
    expect(requested.errors).toBeUndefined();
    const token = tokenOf(requested.data.requestRelationship.invitationUrl);
    const accepted = await graphql(url, ACCEPT, { input: { token, ...approve } }, customer.token);
    expect(accepted.errors).toBeUndefined();
    return { partner, customer, request: requested.data.requestRelationship, relationship: accepted.data.acceptRelationshipRequest };
  }

  it('asks for three admin roles; the customer approves two; the relationship holds exactly those, and authorize allows exactly their permissions', async () => {
    const adminRoles = ['USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'];
    const { partner, customer, request, relationship } = await grant(
      { roles: ['DELEGATED_ADMIN'], adminRoles, adminAccessDuration: 'P1Y' },
      { approvedAdminRoles: ['USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR'] },
    );
    expect(request).toMatchObject({ adminRoles, adminAccessDuration: 'P1Y', autoExtend: false });
    expect(relationship).toMatchObject({
      roles: ['DELEGATED_ADMIN'],
      adminPrivileges: true,
      adminRoles: ['USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR'],
      adminAccessStatus: 'ACTIVE',
      autoExtend: false,
    });
    // P1Y is 365 days of 250 ms from the acceptance.
    expect(Math.abs(new Date(relationship.adminAccessExpiresAt).getTime() - (Date.now() + 365 * DAY_MS))).toBeLessThan(5000);
    const [granted] = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessChanged.v1');
    expect(granted).toMatchObject({ change: 'GRANTED', adminRoles: ['USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR'], previousAdminRoles: [] });

    const allowed: Record<string, boolean> = {};
    for (const permission of [
      'MANAGE_USERS',
      'RESET_PASSWORDS',
      'MANAGE_SUPPORT_INCIDENTS',
      'READ_DIRECTORY',
      'MANAGE_LICENSES',
      'MANAGE_BILLING',
      'READ_SECURITY_SETTINGS',
    ]) {
      const decision = await graphql(url, AUTHORIZE, { p: partner.partnerId, c: customer.tenantId, permission }, partner.token);
      expect(decision.errors).toBeUndefined();
      allowed[permission] = decision.data.authorize.allowed;
      if (!decision.data.authorize.allowed) expect(decision.data.authorize.reasons.join(' ')).toMatch(/ADMINISTRATOR|READER/);
    }
    expect(allowed).toEqual({
      MANAGE_USERS: true,
      RESET_PASSWORDS: true,
      MANAGE_SUPPORT_INCIDENTS: true,
      READ_DIRECTORY: true,
      MANAGE_LICENSES: false,
      MANAGE_BILLING: false,
      READ_SECURITY_SETTINGS: false,
    });
  });

  it('refuses admin roles without DELEGATED_ADMIN, durations outside P1D–P2Y, auto-extend with global admin, and approving a role not asked', async () => {
    const partner = await activePartner(url);
    const customer = await signUpCustomer(url);
    const refused = async (input: Record<string, unknown>) => {
      const response = await graphql(url, REQUEST, { input: { customerEmail: customer.email, roles: ['DELEGATED_ADMIN'], ...input } }, partner.token);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      return response.errors![0];
    };
    expect((await refused({ roles: ['ADVISOR'], adminRoles: ['USER_ADMINISTRATOR'] })).extensions!.field).toBe('adminRoles');
    expect((await refused({ adminAccessDuration: 'P3Y' })).message).toContain('1095 days');
    expect((await refused({ adminAccessDuration: 'PT12H' })).extensions!.field).toBe('adminAccessDuration');
    expect((await refused({ adminAccessDuration: 'P0D' })).extensions!.field).toBe('adminAccessDuration');
    expect((await refused({ autoExtend: true })).extensions!.field).toBe('autoExtend');

    const requested = await graphql(
      url,
      REQUEST,
      { input: { customerEmail: customer.email, roles: ['DELEGATED_ADMIN'], adminRoles: ['SECURITY_READER'] } },
      partner.token,
    );
    const token = tokenOf(requested.data.requestRelationship.invitationUrl);
    const wrong = await graphql(url, ACCEPT, { input: { token, approvedAdminRoles: ['GLOBAL_ADMINISTRATOR'] } }, customer.token);
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0].extensions!.field).toBe('approvedAdminRoles');
    // The default is the seed's delegated admin: global administrator, for two years.
    const plain = await grant({ roles: ['DELEGATED_ADMIN'] });
    expect(plain.relationship.adminRoles).toEqual(['GLOBAL_ADMINISTRATOR']);
    expect(Math.abs(new Date(plain.relationship.adminAccessExpiresAt).getTime() - (Date.now() + 730 * DAY_MS))).toBeLessThan(5000);
  });

  it('changes admin access in place: the customer approves part of a change request; the same relationship gets the roles and a new expiry', async () => {
    const { partner, customer, relationship } = await grant({ roles: ['DELEGATED_ADMIN', 'ADVISOR'], adminRoles: ['HELPDESK_ADMINISTRATOR'] });
    const asked = ['HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR', 'BILLING_ADMINISTRATOR'];
    const same = await graphql(url, CHANGE, { input: { relationshipId: relationship.id, adminRoles: ['HELPDESK_ADMINISTRATOR'] } }, partner.token);
    expect(errorCodes(same)).toEqual(['BAD_USER_INPUT']);
    const changed = await graphql(url, CHANGE, { input: { relationshipId: relationship.id, adminRoles: asked, adminAccessDuration: 'P90D' } }, partner.token);
    expect(changed.errors).toBeUndefined();
    expect(changed.data.requestAdminAccessChange).toMatchObject({ kind: 'ADMIN_ACCESS_CHANGE', adminRoles: asked, adminAccessDuration: 'P90D' });
    const again = await graphql(url, CHANGE, { input: { relationshipId: relationship.id, adminRoles: asked } }, partner.token);
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const token = tokenOf(changed.data.requestAdminAccessChange.invitationUrl);
    const opened = await graphql(url, BY_TOKEN, { token }, customer.token);
    expect(opened.data.relationshipRequestByToken).toMatchObject({
      kind: 'ADMIN_ACCESS_CHANGE',
      adminRoles: asked,
      relationship: { id: relationship.id, adminRoles: ['HELPDESK_ADMINISTRATOR'] },
    });
    const other = await signUpCustomer(url);
    expect(errorCodes(await graphql(url, ACCEPT, { input: { token } }, other.token))).toEqual(['FORBIDDEN']);
    const approved = await graphql(url, ACCEPT, { input: { token, approvedAdminRoles: ['HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'] } }, customer.token);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.acceptRelationshipRequest).toMatchObject({
      id: relationship.id,
      roles: ['DELEGATED_ADMIN', 'ADVISOR'],
      adminRoles: ['HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'],
    });
    expect(Math.abs(new Date(approved.data.acceptRelationshipRequest.adminAccessExpiresAt).getTime() - (Date.now() + 90 * DAY_MS))).toBeLessThan(5000);
    const changes = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessChanged.v1');
    expect(changes.map((event) => event.change)).toEqual(['GRANTED', 'CHANGE_APPROVED']);
    expect(changes[1]).toMatchObject({ previousAdminRoles: ['HELPDESK_ADMINISTRATOR'], requestId: changed.data.requestAdminAccessChange.id });
    const [closed] = await eventsOf(changed.data.requestAdminAccessChange.id, 'channelgraph.relationship.AdminAccessChangeRequestClosed.v1');
    expect(closed).toMatchObject({ status: 'ACCEPTED', approvedAdminRoles: ['HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'] });

    // A declined change changes nothing and is closed with its own event.
    const next = await graphql(url, CHANGE, { input: { relationshipId: relationship.id, adminRoles: ['GLOBAL_ADMINISTRATOR'] } }, partner.token);
    expect((await graphql(url, DECLINE, { token: tokenOf(next.data.requestAdminAccessChange.invitationUrl) }, customer.token)).errors).toBeUndefined();
    const [declined] = await eventsOf(next.data.requestAdminAccessChange.id, 'channelgraph.relationship.AdminAccessChangeRequestClosed.v1');
    expect(declined).toMatchObject({ status: 'DECLINED', approvedAdminRoles: [] });
    const view = await graphql(url, CUSTOMER_VIEW, { id: customer.tenantId }, customer.token);
    expect(view.data.customer.relationships[0].adminRoles).toEqual(['HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR']);
  });

  it('the customer removes single roles; removing the last is R6: delegated admin goes, the other roles stay', async () => {
    const { customer, relationship } = await grant({ roles: ['DELEGATED_ADMIN', 'ADVISOR'], adminRoles: ['USER_ADMINISTRATOR', 'GLOBAL_READER'] });
    const notHeld = await graphql(url, REMOVE_ROLES, { input: { relationshipId: relationship.id, adminRoles: ['BILLING_ADMINISTRATOR'] } }, customer.token);
    expect(errorCodes(notHeld)).toEqual(['BAD_USER_INPUT']);
    const one = await graphql(url, REMOVE_ROLES, { input: { relationshipId: relationship.id, adminRoles: ['GLOBAL_READER'] } }, customer.token);
    expect(one.data.removeAdminRoles).toMatchObject({ roles: ['DELEGATED_ADMIN', 'ADVISOR'], adminRoles: ['USER_ADMINISTRATOR'], adminAccessStatus: 'ACTIVE' });
    const last = await graphql(url, REMOVE_ROLES, { input: { relationshipId: relationship.id, adminRoles: ['USER_ADMINISTRATOR'] } }, customer.token);
    expect(last.data.removeAdminRoles).toMatchObject({
      roles: ['ADVISOR'],
      adminPrivileges: false,
      adminRoles: [],
      adminAccessExpiresAt: null,
      adminAccessStatus: 'NONE',
    });
    expect(await eventsOf(relationship.id, 'channelgraph.relationship.AdminPrivilegesRemoved.v1')).toHaveLength(1);
    const changes = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessChanged.v1');
    expect(changes.map((event) => [event.change, event.adminRoles])).toEqual([
      ['GRANTED', ['USER_ADMINISTRATOR', 'GLOBAL_READER']],
      ['ROLES_REMOVED', ['USER_ADMINISTRATOR']],
      ['ROLES_REMOVED', []],
    ]);
  });

  it('on a compressed clock: warns at 30, 7 and 1 days, then ends the access at its expiry while the other roles stay', async () => {
    const { partner, customer, relationship } = await grant({
      roles: ['DELEGATED_ADMIN', 'ADVISOR'],
      adminRoles: ['HELPDESK_ADMINISTRATOR'],
      adminAccessDuration: 'P40D',
    });
    expect(relationship.adminAccessStatus).toBe('ACTIVE');
    const listed = await graphql(url, ADMIN_ACCESS, { id: partner.partnerId, status: null, within: null }, partner.token);
    expect(listed.data.partner.adminAccess.edges).toEqual([{ node: { id: relationship.id, adminAccessStatus: 'ACTIVE' } }]);

    const ended = await eventually(
      'the admin access to end',
      async () => {
        const view = await graphql(url, CUSTOMER_VIEW, { id: customer.tenantId }, customer.token);
        const current = view.data.customer.relationships[0];
        return current.adminAccessStatus === 'EXPIRED' ? current : undefined;
      },
      30000,
    );
    expect(ended).toMatchObject({ roles: ['ADVISOR'], adminPrivileges: false, adminRoles: [], autoExtend: false });
    const expired = await eventually('the expiry event', async () => {
      const events = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessChanged.v1');
      return events.some((event) => event.change === 'EXPIRED') ? events : undefined;
    });
    expect(expired.map((event) => event.change)).toEqual(['GRANTED', 'EXPIRED']);
    expect(expired[1]).toMatchObject({ roles: ['ADVISOR'], adminRoles: [], previousAdminRoles: ['HELPDESK_ADMINISTRATOR'] });
    const warnings = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessExpiring.v1');
    expect(warnings.map((event) => event.daysLeft)).toEqual([30, 7, 1]);
    const decision = await graphql(url, AUTHORIZE, { p: partner.partnerId, c: customer.tenantId, permission: 'MANAGE_USERS' }, partner.token);
    expect(decision.data.authorize.allowed).toBe(false);

    const after = await graphql(url, ADMIN_ACCESS, { id: partner.partnerId, status: 'EXPIRED', within: null }, partner.token);
    expect(after.data.partner.adminAccess.totalCount).toBe(1);
    expect(after.data.partner.adminAccessExpiry).toEqual({ within1Day: 0, within7Days: 0, within30Days: 0, expired: 1 });
  });

  it('auto-extends by 180 days at expiry; refused with global admin; switched one by one or in bulk, each change an event', async () => {
    const { partner, relationship } = await grant({
      roles: ['DELEGATED_ADMIN'],
      adminRoles: ['USER_ADMINISTRATOR'],
      adminAccessDuration: 'P10D',
      autoExtend: true,
    });
    expect(relationship).toMatchObject({ autoExtend: true, adminAccessStatus: 'EXPIRING' });
    const firstExpiry = new Date(relationship.adminAccessExpiresAt).getTime();
    const extended = await eventually('the auto-extension', async () => {
      const events = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessChanged.v1');
      return events.find((event) => event.change === 'AUTO_EXTENDED');
    });
    expect(new Date(extended.adminAccessExpiresAt).getTime()).toBe(firstExpiry + 180 * DAY_MS);
    expect(extended).toMatchObject({ adminRoles: ['USER_ADMINISTRATOR'], autoExtend: true });

    const off = await graphql(url, AUTO_EXTEND, { input: { relationshipId: relationship.id, autoExtend: false } }, partner.token);
    expect(off.data.setAutoExtend.autoExtend).toBe(false);
    const global = await grant({ roles: ['DELEGATED_ADMIN'] });
    const refused = await graphql(url, AUTO_EXTEND, { input: { relationshipId: global.relationship.id, autoExtend: true } }, global.partner.token);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.field).toBe('autoExtend');

    const bulk = await graphql(
      url,
      AUTO_EXTEND_MANY,
      { input: { relationshipIds: [relationship.id, global.relationship.id], autoExtend: true } },
      partner.token,
    );
    expect(bulk.errors).toBeUndefined();
    expect(bulk.data.setAutoExtendForMany.relationships).toEqual([{ id: relationship.id, autoExtend: true }]);
    // Another partner's relationship does not exist for this one.
    expect(bulk.data.setAutoExtendForMany.refused).toEqual([{ relationshipId: global.relationship.id, code: 'NOT_FOUND', message: expect.any(String) }]);
    const changes = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessChanged.v1');
    expect(changes.filter((event) => event.change === 'AUTO_EXTEND_SET').map((event) => event.autoExtend)).toEqual([false, true]);
  });

  it('B3: an assignment limits a partner user to the admin roles assigned, never more than granted, and shrinks with the grant', async () => {
    const { partner, customer, relationship } = await grant({ roles: ['DELEGATED_ADMIN'], adminRoles: ['USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'] }, {});
    const domain = partner.admin.email.split('@')[1];
    const licensing = await addSignedInUser(url, partner.token, `licensing@${domain}`, ['HELPDESK_AGENT']);
    const other = await addSignedInUser(url, partner.token, `other@${domain}`, ['HELPDESK_AGENT']);
    const stranger = await signUpCustomer(url);
    const strangerId = (await graphql(url, '{ me { id } }', {}, stranger.token)).data.me.id;
    const ask = async (permission: string, userId: string) =>
      (await graphql(url, AUTHORIZE, { p: partner.partnerId, c: customer.tenantId, permission, userId }, partner.token)).data.authorize;

    const notGranted = await graphql(
      url,
      ASSIGN,
      { input: { relationshipId: relationship.id, userIds: [licensing.userId], adminRoles: ['GLOBAL_ADMINISTRATOR'] } },
      partner.token,
    );
    expect(errorCodes(notGranted)).toEqual(['BAD_USER_INPUT']);
    expect(notGranted.errors![0].extensions!.field).toBe('adminRoles');
    const notOurs = await graphql(
      url,
      ASSIGN,
      { input: { relationshipId: relationship.id, userIds: [strangerId], adminRoles: ['LICENSE_ADMINISTRATOR'] } },
      partner.token,
    );
    expect(errorCodes(notOurs)).toEqual(['BAD_USER_INPUT']);
    expect(notOurs.errors![0].extensions!.field).toBe('userIds');
    // The relationship subgraph learns of new users by event.
    const assigned = await eventually('the assignment', async () => {
      const response = await graphql(
        url,
        ASSIGN,
        { input: { relationshipId: relationship.id, userIds: [licensing.userId], adminRoles: ['LICENSE_ADMINISTRATOR'] } },
        partner.token,
      );
      return response.errors ? undefined : response.data.assignAdminAccess;
    });
    expect(assigned).toMatchObject({ adminRoles: ['LICENSE_ADMINISTRATOR'], users: [{ id: licensing.userId }], relationship: { id: relationship.id } });
    expect(
      errorCodes(
        await graphql(
          url,
          ASSIGN,
          { input: { relationshipId: relationship.id, userIds: [licensing.userId], adminRoles: ['LICENSE_ADMINISTRATOR'] } },
          customer.token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);

    expect(await ask('MANAGE_LICENSES', licensing.userId)).toEqual({
      allowed: true,
      reasons: ['Granted by the DELEGATED_ADMIN role with the admin role LICENSE_ADMINISTRATOR, assigned to this user.'],
    });
    const users = await ask('MANAGE_USERS', licensing.userId);
    expect(users.allowed).toBe(false);
    expect(users.reasons).toEqual(['MANAGE_USERS needs an admin access assignment with USER_ADMINISTRATOR for this user, who holds none that covers it.']);
    expect((await ask('MANAGE_LICENSES', other.userId)).allowed).toBe(false);
    expect((await ask('MANAGE_LICENSES', strangerId)).reasons[0]).toContain('is not a user of this partner');
    // Without a user, the partner as a whole holds what the customer granted.
    expect(
      (await graphql(url, AUTHORIZE, { p: partner.partnerId, c: customer.tenantId, permission: 'MANAGE_USERS' }, partner.token)).data.authorize.allowed,
    ).toBe(true);
    const listed = await graphql(url, ASSIGNMENTS, { id: partner.partnerId }, partner.token);
    expect(listed.data.partner.customers.edges[0].node.adminAccessAssignments).toEqual([
      { id: assigned.id, adminRoles: ['LICENSE_ADMINISTRATOR'], users: [{ id: licensing.userId }] },
    ]);

    // The customer takes LICENSE_ADMINISTRATOR away: the assignment has nothing left and ends.
    await graphql(url, REMOVE_ROLES, { input: { relationshipId: relationship.id, adminRoles: ['LICENSE_ADMINISTRATOR'] } }, customer.token);
    expect((await ask('MANAGE_LICENSES', licensing.userId)).allowed).toBe(false);
    expect((await graphql(url, ASSIGNMENTS, { id: partner.partnerId }, partner.token)).data.partner.customers.edges[0].node.adminAccessAssignments).toEqual([]);
    const changes = await eventsOf(relationship.id, 'channelgraph.relationship.AdminAccessAssignmentChanged.v1');
    expect(changes.map((event) => [event.change, event.adminRoles])).toEqual([
      ['ASSIGNED', ['LICENSE_ADMINISTRATOR']],
      ['REMOVED', []],
    ]);

    // An assignment of both roles keeps the one still granted; the partner ends it itself.
    const both = await graphql(
      url,
      ASSIGN,
      { input: { relationshipId: relationship.id, userIds: [other.userId], adminRoles: ['USER_ADMINISTRATOR'] } },
      partner.token,
    );
    expect((await ask('MANAGE_USERS', other.userId)).allowed).toBe(true);
    expect((await graphql(url, UNASSIGN, { input: { assignmentId: both.data.assignAdminAccess.id } }, partner.token)).errors).toBeUndefined();
    expect((await ask('MANAGE_USERS', other.userId)).allowed).toBe(false);
  });

  it("B4: a customer's global admin makes a user relationship admin, who accepts an invitation with no agreement due, but not one that needs the agreement", async () => {
    const partner = await activePartner(url);
    const customer = await signUpCustomer(url);
    const domain = customer.email.split('@')[1];
    const relationshipAdmin = await addSignedInUser(url, customer.token, `partners@${domain}`, ['RELATIONSHIP_ADMIN']);
    const userManager = await addSignedInUser(url, customer.token, `users@${domain}`, ['USER_MANAGEMENT_ADMIN']);
    const byUserManager = await graphql(
      url,
      'mutation($input: AddUserInput!) { addUser(input: $input) { user { id } } }',
      { input: { fullName: 'Not Given', email: `not.given@${domain}`, roles: ['RELATIONSHIP_ADMIN'] } },
      userManager.token,
    );
    expect(errorCodes(byUserManager)).toEqual(['FORBIDDEN']);
    expect(byUserManager.errors![0].message).toContain('global admin');
    // A partner organisation's own partners are its global admin's: the role is a customer's.
    const inPartner = await graphql(
      url,
      'mutation($input: AddUserInput!) { addUser(input: $input) { user { id } } }',
      { input: { fullName: 'Not Given', email: `not.given@${partner.admin.email.split('@')[1]}`, roles: ['RELATIONSHIP_ADMIN'] } },
      partner.token,
    );
    expect(errorCodes(inPartner)).toEqual(['BAD_USER_INPUT']);
    expect(inPartner.errors![0].extensions!.field).toBe('roles');

    const admin = await graphql(
      url,
      REQUEST,
      { input: { customerEmail: customer.email, roles: ['DELEGATED_ADMIN'], adminRoles: ['HELPDESK_ADMINISTRATOR'] } },
      partner.token,
    );
    const accepted = await graphql(url, ACCEPT, { input: { token: tokenOf(admin.data.requestRelationship.invitationUrl) } }, relationshipAdmin.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptRelationshipRequest).toMatchObject({ roles: ['DELEGATED_ADMIN'], adminRoles: ['HELPDESK_ADMINISTRATOR'] });

    const reseller = await graphql(url, REQUEST, { input: { customerEmail: customer.email, roles: ['RESELLER'] } }, partner.token);
    const resellerToken = tokenOf(reseller.data.requestRelationship.invitationUrl);
    const refused = await graphql(url, ACCEPT, { input: { token: resellerToken } }, relationshipAdmin.token);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0].extensions!.field).toBe('acceptAgreement');
    expect((await graphql(url, DECLINE, { token: resellerToken }, relationshipAdmin.token)).data.declineRelationshipRequest.status).toBe('DECLINED');
    const removed = await graphql(
      url,
      REMOVE_ROLES,
      { input: { relationshipId: accepted.data.acceptRelationshipRequest.id, adminRoles: ['HELPDESK_ADMINISTRATOR'] } },
      relationshipAdmin.token,
    );
    expect(removed.data.removeAdminRoles).toMatchObject({ adminPrivileges: false, adminAccessStatus: 'NONE' });
  });
});
