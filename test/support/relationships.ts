import { eventually, graphql } from './graphql';
import { mailTo } from './mailbox';

export const REQUEST = `mutation($input: RequestRelationshipInput!) {
  requestRelationship(input: $input) { id kind status roles invitationUrl emailDraft { subject body } }
}`;

export const SEND = `mutation($input: SendRelationshipRequestEmailInput!) {
  sendRelationshipRequestEmail(input: $input) { id kind to status }
}`;

export const ACCEPT = `mutation($input: AcceptRelationshipRequestInput!) {
  acceptRelationshipRequest(input: $input) { id roles adminPrivileges status canTransact partnerName partner { id } customer { id } }
}`;

/** The token of the newest email to an address that carries an invitation link of this path. */
export async function invitationTokenFrom(address: string, path = 'invitations/accept'): Promise<string> {
  return eventually(`an invitation email to ${address}`, async () => {
    const pattern = new RegExp(`https?://\\S+/${path}\\?token=([A-Za-z0-9_-]{43})`);
    const token = (await mailTo(address))
      .map((mail) => pattern.exec(mail.text)?.[1])
      .filter(Boolean)
      .at(-1);
    return token ?? undefined;
  });
}

/** A partner creates an invitation and sends its draft email as is (R17); returns the request and the token the customer receives. */
export async function inviteByEmail(url: string, partnerToken: string, roles: string[], customerEmail: string) {
  const created = await graphql(url, REQUEST, { input: { roles, customerEmail } }, partnerToken);
  if (created.errors) throw new Error(created.errors[0].message);
  const request = created.data.requestRelationship;
  const sent = await graphql(
    url,
    SEND,
    { input: { requestId: request.id, to: customerEmail, subject: request.emailDraft.subject, body: request.emailDraft.body } },
    partnerToken,
  );
  if (sent.errors) throw new Error(sent.errors[0].message);
  const mails = await eventually('the invitation email', async () => {
    const found = (await mailTo(customerEmail)).filter((mail) => mail.text.includes(request.invitationUrl));
    return found.length > 0 ? found : undefined;
  });
  return { request, token: new URL(request.invitationUrl).searchParams.get('token')!, mail: mails[0] };
}
