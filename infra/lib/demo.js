'use strict';
// Demo data created through the public graph on every start, as a person would: a customer, and an
// indirect provider and an indirect reseller enrolled, verified and approved by the operator. What
// exists already is left as it is. Their contacts are *.example addresses, which no mailbox can hold:
// enrollment's own command verifies those (`verifyContacts`), so seeding never reads mail back and
// works with any SMTP server.

const PASSWORD = 'Demo-Passw0rd-2026';

const MPN_PROFILES = [
  { mpnId: '4100001', organizationName: 'Northwind Distribution', country: 'US', status: 'ACTIVE' },
  { mpnId: '4100002', organizationName: 'Fabrikam Solutions', country: 'US', status: 'ACTIVE' },
  { mpnId: '4100003', organizationName: 'Dormant Partners', country: 'US', status: 'INACTIVE' },
  { mpnId: '4100004', organizationName: 'Contoso GmbH', country: 'DE', status: 'ACTIVE' },
];

const ORGANISATIONS = [
  { label: 'customer admin', domain: 'contoso.example', displayName: 'Contoso', admin: 'Casey Customer' },
  {
    label: 'provider admin',
    domain: 'northwind.example',
    displayName: 'Northwind Distribution',
    admin: 'Nora Provider',
    program: 'INDIRECT_PROVIDER',
    mpnId: '4100001',
  },
  {
    label: 'reseller admin',
    domain: 'fabrikam.example',
    displayName: 'Fabrikam Solutions',
    admin: 'Felix Reseller',
    program: 'INDIRECT_RESELLER',
    mpnId: '4100002',
  },
];

/**
 * `verifyContacts(partnerIds)` verifies applications' *.example contacts (enrollment's
 * verify-demo-contacts command); `sendInvitation` says whether the demo invitation is emailed
 * (only to a mail catcher: an outside server cannot deliver to contoso.example).
 */
async function seedDemo({ gatewayUrl, operator, verifyContacts, sendInvitation }) {
  const call = async (query, variables, token) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const must = (what, body) => {
    if (body.errors) throw new Error(`Could not seed the demo (${what}): ${body.errors[0].message}`);
    return body.data;
  };
  const signIn = async (email, password) =>
    must(`sign in ${email}`, await call('mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: { email, password } })).signIn.token;

  const operatorToken = await signIn(operator.email, operator.password);
  for (const profile of MPN_PROFILES) {
    must('MPN profile', await call('mutation($i: UpsertMpnProfileInput!) { upsertMpnProfile(input: $i) { mpnId } }', { i: profile }, operatorToken));
  }

  const accounts = [];
  for (const org of ORGANISATIONS) {
    const email = `admin@${org.domain}`;
    accounts.push({ label: org.label, email, password: PASSWORD });
    const input = { domain: org.domain, displayName: org.displayName, country: 'US', admin: { fullName: org.admin, email, password: PASSWORD } };
    const signUp = await call('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', { i: input });
    if (signUp.errors?.[0]?.extensions?.code === 'CONFLICT') continue;
    const { token } = must(`sign up ${org.domain}`, signUp).signUp;
    if (!org.program) continue;

    const contact = `partners@${org.domain}`;
    const enrolment = {
      program: org.program,
      mpnId: org.mpnId,
      legalName: org.displayName,
      address: { line1: '1 Demo Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
      primaryContact: { firstName: org.admin.split(' ')[0], lastName: org.admin.split(' ')[1], email: contact, phone: '+1 206 555 0100' },
      supportContact: { email: `support@${org.domain}`, phone: '+1 206 555 0199', website: `https://support.${org.domain}` },
    };
    const partnerId = must(`enrol ${org.domain}`, await call('mutation($i: EnrollPartnerInput!) { enrollPartner(input: $i) { id } }', { i: enrolment }, token))
      .enrollPartner.id;
    await verifyContacts([partnerId]);
    must(
      'approve',
      await call('mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: APPROVE }) { status } }', { id: partnerId }, operatorToken),
    );
  }
  const invitation = await inviteDemoCustomer(call, must, signIn, sendInvitation);
  return { accounts, invitation };
}

/**
 * Until Contoso has accepted one, each start has Fabrikam email Contoso an invitation to be its
 * reseller and delegated admin (R3), so the mail catcher always holds a link to try the console with.
 */
async function inviteDemoCustomer(call, must, signIn, sendInvitation) {
  const customer = 'admin@contoso.example';
  const customerToken = await signIn(customer, PASSWORD);
  const me = must('read Contoso', await call('{ me { tenant { id } } }', {}, customerToken)).me;
  const { relationships } = must(
    'read Contoso partners',
    await call('query($id: ID!) { customer(id: $id) { relationships { status partnerName } } }', { id: me.tenant.id }, customerToken),
  ).customer;
  if (!sendInvitation) return null;
  if (relationships.some((relationship) => relationship.status === 'ACTIVE' && relationship.partnerName === 'Fabrikam Solutions')) return null;
  const resellerToken = await signIn('admin@fabrikam.example', PASSWORD);
  const request = must(
    'invite Contoso',
    await call(
      'mutation($i: RequestRelationshipInput!) { requestRelationship(input: $i) { id emailDraft { subject body } } }',
      { i: { roles: ['RESELLER', 'DELEGATED_ADMIN'], customerEmail: customer } },
      resellerToken,
    ),
  ).requestRelationship;
  must(
    'send the invitation',
    await call(
      'mutation($i: SendRelationshipRequestEmailInput!) { sendRelationshipRequestEmail(input: $i) { id } }',
      { i: { requestId: request.id, to: customer, subject: request.emailDraft.subject, body: request.emailDraft.body } },
      resellerToken,
    ),
  );
  return { to: customer, subject: request.emailDraft.subject };
}

module.exports = { seedDemo };
