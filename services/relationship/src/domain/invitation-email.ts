import { roleList } from '@channelgraph/common/domain';

/** R17: the draft email, holding the link, that the sender edits and sends itself. */
export function emailDraftFor(kind: string, roles: readonly string[], senderName: string, providerName: string | null, invitationUrl: string) {
  if (kind === 'INDIRECT_RESELLER') {
    return {
      subject: `${senderName} invites you to authorise it as your indirect provider`,
      body: `Hello,\n\n${senderName} would like to become your indirect provider, so it can place orders and add subscriptions for your customers and support you with billing.\n\nTo authorise ${senderName}, sign in with your partner account and open:\n${invitationUrl}\n\nRegards,\n${senderName}`,
    };
  }
  const who = providerName ? `${senderName} and ${providerName}` : senderName;
  // The roles in the words of every other message and email (common's ROLE_NAMES).
  const asWhat = roleList(roles);
  return {
    subject: `${senderName} invites you to a partner relationship`,
    body:
      `Hello,\n\n${who} would like to work with your organisation as your ${asWhat}${providerName ? 's' : ''}.\n\n` +
      `To accept, a global admin of your organisation opens this link, reads the Customer Agreement if asked, and selects "Accept & authorize":\n${invitationUrl}\n\n` +
      `The link is personal to your organisation; please keep it in this email.\n\nRegards,\n${senderName}`,
  };
}
