/**
 * The facts an email can wait for (store/deferred-emails): each names what must
 * be known here before the email can be addressed, and the projection that
 * learns it releases the emails waiting for it.
 */
export const partnerContactKnown = (partnerId: string) => `partner:${partnerId}`;

export const tenantAdminsKnown = (tenantId: string) => `tenant-admins:${tenantId}`;
