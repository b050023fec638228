import { roleList } from '@channelgraph/common/domain';

/**
 * R17: the draft email, holding the link, that the sender edits and sends
 * itself. A combined invitation (R19) names what each partner asks to be.
 */
export function emailDraftFor(
  kind: string,
  roles: readonly string[],
  senderName: string,
  provider: { name: string; roles: readonly string[] } | null,
  invitationUrl: string,
) {
  if (kind === 'INDIRECT_RESELLER') {
    return {
      subject: `${senderName} invites you to authorise it as your indirect provider`,
      body: `Hello,\n\n${senderName} would like to become your indirect provider, so it can place orders and add subscriptions for your customers and support you with billing.\n\nTo authorise ${senderName}, sign in with your partner account and open:\n${invitationUrl}\n\nRegards,\n${senderName}`,
    };
  }
  if (kind === 'ADMIN_ACCESS_CHANGE') {
    // B2: notification emails it to the customer's admins at once; the draft is the same message, for the partner's records.
    return {
      subject: `${senderName} asks to change its admin access to your organisation`,
      body: `Hello,\n\n${senderName} asks you to change the delegated admin access it holds to your organisation.\n\nA global admin or relationship admin of your organisation opens this link to review each role and approve all, some or none of them:\n${invitationUrl}\n\nRegards,\n${senderName}`,
    };
  }
  // The roles in the words of every other message and email (common's ROLE_NAMES).
  const asWhat = provider ? `${roleList(roles)}, and ${provider.name} as your ${roleList(provider.roles)}` : roleList(roles);
  return {
    subject: `${senderName} invites you to a partner relationship`,
    body:
      `Hello,\n\n${senderName} would like to work with your organisation as your ${asWhat}.\n\n` +
      `To accept, a global admin of your organisation opens this link, reads the Customer Agreement if asked, and selects "Accept & authorize":\n${invitationUrl}\n\n` +
      `The link is personal to your organisation; please keep it in this email.\n\nRegards,\n${senderName}`,
  };
}
