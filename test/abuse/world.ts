import type { Target } from './categories';
import type { OwnIds } from './fields';
import type { OtherIds } from './hostile-values';
import { HostileToken, hostileTokens } from './hostile-tokens';
import type { KnownSecrets } from './secrets';
import { realSigningKeys } from './signing-keys';
import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { activePartner } from '../support/partners';
import { ACCEPT, invitationTokenFrom, inviteByEmail, REQUEST } from '../support/relationships';
import { OPERATOR, Stack } from '../support/stack';

/** Everything the hostile phase needs from setup. */
export interface World {
  urls: Record<Target, string>;
  /** Tenant A: an ACTIVE indirect provider whose admin sends most of the corpus. */
  ownToken: string;
  own: OwnIds;
  /** Tenant B (a reseller) with a user, a customer C, a provider P and a pending invitation: ids A must never reach. */
  others: OtherIds;
  tokens: HostileToken[];
  secrets: KnownSecrets;
}

const linkTokenOf = (invitationUrl: string) => new URL(invitationUrl).searchParams.get('token')!;

async function must(response: Promise<{ data?: any; errors?: Array<{ message: string }> }>, what: string) {
  const result = await response;
  if (result.errors) throw new Error(`${what}: ${result.errors[0].message}`);
  return result.data;
}

async function notificationOf(url: string, token: string): Promise<string> {
  return eventually('a notification of the tenant', async () => {
    const response = await graphql(url, '{ notifications(first: 1) { edges { node { id } } } }', {}, token);
    return response.data?.notifications.edges[0]?.node.id;
  });
}

/**
 * Tenant A (prober), and around tenant B every kind of thing another tenant
 * owns: users, a customer relationship, an indirect link, a pending invitation,
 * notifications. Their ids are the "other tenants' ids" of the corpus.
 */
export async function buildWorld(stack: Stack): Promise<World> {
  const url = stack.urls.gateway;
  const [a, b, p] = await Promise.all([
    activePartner(url, 'INDIRECT_PROVIDER'),
    activePartner(url, 'INDIRECT_RESELLER'),
    activePartner(url, 'INDIRECT_PROVIDER'),
  ]);
  const me = async (token: string) => (await must(graphql(url, '{ me { id } }', {}, token), 'me')).me.id as string;

  const inviteeOfA = `invitee@a-${a.tenantId.slice(0, 8)}.example.com`;
  const aRequest = (await must(graphql(url, REQUEST, { input: { roles: ['DELEGATED_ADMIN'], customerEmail: inviteeOfA } }, a.token), 'A invites'))
    .requestRelationship;

  const added = (
    await must(
      graphql(
        url,
        'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword user { id email } } }',
        { input: { fullName: 'Sam Sales', email: `sam@b-${b.tenantId.slice(0, 8)}.example.com`, roles: ['SALES_AGENT'] } },
        b.token,
      ),
      'B adds a user',
    )
  ).addUser;

  await must(
    graphql(url, 'mutation($e: String!) { inviteIndirectReseller(input: { resellerEmail: $e }) { id } }', { e: b.admin.email }, p.token),
    'P invites B',
  );
  const linkToken = await invitationTokenFrom(b.admin.email, 'indirect-providers/authorize');
  const link = (
    await must(
      graphql(url, 'mutation($t: String!) { authorizeIndirectProvider(input: { token: $t, confirm: true }) { id } }', { t: linkToken }, b.token),
      'B authorises P',
    )
  ).authorizeIndirectProvider;

  const c = await signUpCustomer(url);
  const invitation = await inviteByEmail(url, b.token, ['DELEGATED_ADMIN', 'ADVISOR'], c.email);
  const relationship = (await must(graphql(url, ACCEPT, { input: { token: invitation.token } }, c.token), 'C accepts')).acceptRelationshipRequest;

  const inviteeOfB = `invitee@b-${b.tenantId.slice(0, 8)}.example.com`;
  const bRequest = (await must(graphql(url, REQUEST, { input: { roles: ['DELEGATED_ADMIN'], customerEmail: inviteeOfB } }, b.token), 'B invites'))
    .requestRelationship;

  const [aUser, bNotification, aNotification] = await Promise.all([me(a.token), notificationOf(url, b.token), notificationOf(url, a.token)]);
  const keys = await realSigningKeys(stack);
  const tokens = await hostileTokens(stack, keys, a.token, { tenantId: b.tenantId, partnerId: b.partnerId });
  return {
    urls: stack.urls,
    ownToken: a.token,
    own: { tenantId: a.tenantId, partnerId: a.partnerId, userId: aUser, mpnId: a.enrolment.mpnId, requestId: aRequest.id, notificationId: aNotification },
    others: {
      tenantId: b.tenantId,
      partnerId: b.partnerId,
      userId: added.user.id,
      mpnId: b.enrolment.mpnId,
      requestId: bRequest.id,
      relationshipId: relationship.id,
      linkId: link.id,
      customerId: c.tenantId,
      providerId: p.partnerId,
      notificationId: bNotification,
    },
    tokens,
    secrets: {
      passwords: [...new Set([a.admin.password, b.admin.password, p.admin.password, OPERATOR.password, added.temporaryPassword])],
      linkTokens: [linkTokenOf(aRequest.invitationUrl), linkTokenOf(bRequest.invitationUrl), linkToken, invitation.token],
      privateKey: keys.material,
      // Private to B and its partners: a response to A holding one of these crossed a tenant boundary.
      foreignData: [b.admin.email, added.user.email, b.enrolment.primaryContact.email, c.email, p.admin.email, inviteeOfB],
    },
  };
}
