/** What events call a partner this service does not know (yet): the words the emails show. */
export const UNKNOWN_PARTNER_NAME = 'The partner';

/** The same, in the events of an invitation, which the invitee reads. */
export const UNKNOWN_INVITING_PARTNER_NAME = 'Your partner';
