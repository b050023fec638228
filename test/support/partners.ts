import { eventually, graphql, SIGN_UP, signUpInput, unique } from './graphql';
import { mailTo } from './mailbox';
import { OPERATOR } from './stack';

export const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token mustChangePassword user { id roles } } }';

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await graphql(url, SIGN_IN, { input: { email, password } });
  if (response.errors) throw new Error(`sign-in failed: ${response.errors[0].message}`);
  return response.data.signIn.token;
}

export function operatorToken(url: string): Promise<string> {
  return signIn(url, OPERATOR.email, OPERATOR.password);
}

/** A fresh MPN id, registered ACTIVE in the given country by the operator. */
export async function registerMpnProfile(url: string, country = 'US', status = 'ACTIVE'): Promise<string> {
  const mpnId = String(Math.floor(1e6 + Math.random() * 8.9e9));
  const response = await graphql(
    url,
    'mutation($input: UpsertMpnProfileInput!) { upsertMpnProfile(input: $input) { mpnId } }',
    { input: { mpnId, organizationName: `Org ${mpnId}`, country, status } },
    await operatorToken(url),
  );
  if (response.errors) throw new Error(response.errors[0].message);
  return mpnId;
}

export function enrolmentInput(name: string, mpnId: string, program = 'INDIRECT_RESELLER') {
  return {
    program,
    mpnId,
    legalName: `${name} Ltd`,
    address: { line1: '1 Partner Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
    primaryContact: { firstName: 'Pat', lastName: 'Primary', email: `pat@${name}.example.com`, phone: '+1 206 555 0100' },
    supportContact: { email: `support@${name}.example.com`, phone: '+1 206 555 0199', website: `https://${name}.example.com/support` },
  };
}

export const ENROLL = `mutation($input: EnrollPartnerInput!) { enrollPartner(input: $input) { id status program legalName } }`;

/** The token in the newest verification email to an address (read from the SMTP catcher). */
export async function verificationTokenFrom(email: string): Promise<string> {
  return eventually(`the verification email to ${email}`, async () => {
    const mail = (await mailTo(email)).filter((m) => m.subject.startsWith('Verify your email')).at(-1);
    return mail ? new URL(/https?:\/\/\S+verify-contact\S+/.exec(mail.text)![0]).searchParams.get('token')! : undefined;
  });
}

/** A signed-up tenant enrolled and approved as an ACTIVE partner; returns its admin's fresh token (now ADMIN_AGENT). */
export async function activePartner(url: string, program = 'INDIRECT_RESELLER', mpnId?: string) {
  const name = unique('partner');
  const signUp = signUpInput(name);
  const { data } = await graphql(url, SIGN_UP, { input: signUp });
  const enrol = enrolmentInput(name, mpnId ?? (await registerMpnProfile(url)), program);
  const enrolled = await graphql(url, ENROLL, { input: enrol }, data.signUp.token);
  if (enrolled.errors) throw new Error(enrolled.errors[0].message);
  const partnerId = enrolled.data.enrollPartner.id;
  const token = await verificationTokenFrom(enrol.primaryContact.email);
  await graphql(url, 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }', { token });
  const review = await graphql(
    url,
    'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: APPROVE }) { status } }',
    { id: partnerId },
    await operatorToken(url),
  );
  if (review.errors) throw new Error(review.errors[0].message);
  const adminToken = await signIn(url, signUp.admin.email, signUp.admin.password);
  // The relationship subgraph learns of the activation by event; wait until it has, as a user would hardly notice.
  await eventually('the relationship subgraph to know the partner is active', async () => {
    const decision = await graphql(
      url,
      'query($p: ID!, $c: ID!) { authorize(partnerId: $p, customerId: $c, permission: RESET_PASSWORDS) { reasons } }',
      { p: partnerId, c: data.signUp.tenant.id },
      adminToken,
    );
    const reasons: string[] | undefined = decision.data?.authorize.reasons;
    return reasons && !reasons.some((reason) => reason.includes('not an active member')) ? true : undefined;
  });
  return { partnerId, tenantId: data.signUp.tenant.id, admin: signUp.admin, token: adminToken, enrolment: enrol };
}

const ADD_USER = 'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword user { id } } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }';
const OWN_PASSWORD = 'Own-Chosen-Passw0rd-9';

/** A user with these roles, added by an admin of the organisation, signed in with a password of their own. */
export async function addSignedInUser(url: string, adminToken: string, email: string, roles: string[]): Promise<{ userId: string; token: string }> {
  const added = await graphql(url, ADD_USER, { input: { fullName: `Only ${roles.join(' ')}`, email, roles } }, adminToken);
  if (added.errors) throw new Error(`adding a ${roles.join(', ')}: ${added.errors[0].message}`);
  const { temporaryPassword, user } = added.data.addUser;
  const temporary = await signIn(url, email, temporaryPassword);
  const changed = await graphql(url, CHANGE_PASSWORD, { input: { currentPassword: temporaryPassword, newPassword: OWN_PASSWORD } }, temporary);
  if (changed.errors) throw new Error(`changing the password of ${email}: ${changed.errors[0].message}`);
  return { userId: user.id, token: changed.data.changePassword.token };
}
