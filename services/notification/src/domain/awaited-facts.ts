/**
 * The facts an email can wait for (store/deferred-emails.repository): each names what must
 * be known here before the email can be addressed, and the projection that
 * learns it releases the emails waiting for it.
 */
export const partnerContactKnown = (partnerId: string) => `partner:${partnerId}`;

export const tenantAdminsKnown = (tenantId: string) => `tenant-admins:${tenantId}`;

/** The facts a partner event makes known: its contact. */
export const partnerContactFacts = (data: { partnerId: string }) => [partnerContactKnown(data.partnerId)];

/** The facts a user event makes known: who the tenant's global admins are (perhaps a first one). */
export const tenantAdminFacts = (data: { tenantId: string }) => [tenantAdminsKnown(data.tenantId)];
