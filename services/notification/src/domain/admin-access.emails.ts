import type { AdminAccessChangedV1, AdminAccessChangeRequestClosedV1, AdminAccessExpiringV1, InvitationLinkIssuedV2, Links } from '@channelgraph/common/domain';
import { EmailDecision, emailsOrWait, emailsTo, noEmail, send } from './emails';
import { bothSides, customerAdminsOf, partnerAdminAgentsOf, TenantUser } from './recipients';
import { adminRoleList, customerLabel, dateOf, daysLeftInWords, durationInWords } from './wording';

/*
 * B1, B2, B6: the partner's delegated admin access to a customer. The partner's admin agents, who manage it, and
 * the customer's global and relationship admins, who grant it, each hear what concerns them: its warnings before
 * expiry, and every change (granted, changed in place, roles removed, ended, extended, auto-extend set, migrated).
 * Each email is filed under its recipient's tenant, and says on which side the reader is.
 */

/** The users of both tenants an admin access email may go to (store/tenant-users: admin agents, global and relationship admins). */
export interface AdminAccessReaders {
  partnerUsers: readonly TenantUser[];
  customerUsers: readonly TenantUser[];
}

const partnerSide = (data: { partnerTenantId: string; partnerName: string }, users: readonly TenantUser[]) =>
  partnerAdminAgentsOf(data.partnerTenantId, users, { toPartner: true, recipientOrg: data.partnerName });

const customerSide = (data: { customerTenantId: string }, users: readonly TenantUser[]) =>
  customerAdminsOf(data.customerTenantId, users, { toPartner: false, recipientOrg: 'your organisation' });

/** Whether the access may auto-extend, as a sentence after the roles and expiry. */
function autoExtendWords(adminRoles: readonly string[], autoExtend: boolean): string {
  if (autoExtend) return 'Auto-extend is on: at its expiry the access is extended by 180 days.';
  if (adminRoles.includes('GLOBAL_ADMINISTRATOR'))
    return 'Global administrator cannot auto-extend: the access ends at its expiry unless an extension is approved.';
  return 'Auto-extend is off: the access ends at its expiry unless an extension is approved.';
}

/** AdminAccessExpiring: both sides hear which access ends when, and whether it auto-extends (B1: 30, 7 and 1 day before). */
export function adminAccessExpiringEmails(data: AdminAccessExpiringV1, readers: AdminAccessReaders, links: Links): EmailDecision {
  // relationship warns only of access that has an expiry.
  if (data.adminAccessExpiresAt === null || data.adminRoles.length === 0) return noEmail;
  const expiresAt = data.adminAccessExpiresAt;
  return emailsOrWait(
    { kind: 'ADMIN_ACCESS_EXPIRING', template: 'admin-access-expiring', tenantId: data.customerTenantId },
    bothSides(partnerSide(data, readers.partnerUsers), customerSide(data, readers.customerUsers)),
    () => ({
      partnerName: data.partnerName,
      customerName: customerLabel(data.customerName, data.customerTenantId),
      adminRoles: adminRoleList(data.adminRoles),
      expiresAt: dateOf(expiresAt),
      daysLeft: daysLeftInWords(data.daysLeft),
      autoExtend: data.autoExtend,
      autoExtendWords: autoExtendWords(data.adminRoles, data.autoExtend),
      signInUrl: links.signIn(),
    }),
  );
}

type Change = AdminAccessChangedV1['change'];

/**
 * Who hears of a change: both sides, or only the customer for the partner's own auto-extend switch (GDAP tells it
 * nothing), or nobody when another email already says it: an acceptance is RELATIONSHIP_ACCEPTED to the partner,
 * and R6's removal of every role ADMIN_PRIVILEGES_REMOVED; the customer who did either sees it on its page.
 */
type Told = 'both' | 'customer' | 'nobody';

/** What a change says: its subject, its first sentence, the next step on each side, and who is told. */
interface ChangeWords {
  subject: string;
  happened: string;
  partnerNext: string;
  customerNext: string;
  told: Told;
}

function wordsOf(data: AdminAccessChangedV1): ChangeWords {
  const partner = data.partnerName;
  const customer = customerLabel(data.customerName, data.customerTenantId);
  const on = dateOf(data.changedAt);
  const expiry = data.adminAccessExpiresAt ? dateOf(data.adminAccessExpiresAt) : null;
  const contact = `If you did not expect this, contact ${partner}; you can remove single admin roles, or all of its admin access, at any time (Partner relationships).`;
  const assign = `Assign the granted roles to the users of your organisation who need them (Customers, Admin access); a user holds no admin role in ${customer} until assigned one.`;
  const words: Record<Change, ChangeWords> = {
    GRANTED: {
      subject: `${partner} now has delegated admin access to ${customer}`,
      happened: `${customer} granted ${partner} delegated admin access on ${on}.`,
      partnerNext: assign,
      customerNext: contact,
      told: data.requestId ? 'nobody' : 'both',
    },
    CHANGE_APPROVED: {
      subject: `${customer} approved a change of ${partner}'s admin access`,
      happened: `${customer} approved, on ${on}, the change of admin access that ${partner} asked for.`,
      partnerNext: assign,
      customerNext: contact,
      told: 'both',
    },
    ROLES_REMOVED:
      data.adminRoles.length === 0
        ? {
            subject: `${customer} removed the admin access of ${partner}`,
            happened: `${customer} removed every admin role of ${partner} on ${on}.`,
            partnerNext: `If you still need admin access to support ${customer}, talk to them, then send a new invitation with the delegated admin role for them to accept.`,
            customerNext: `Nothing to do: ${partner} can no longer act as an administrator in your tenant.`,
            told: 'nobody',
          }
        : {
            subject: `${customer} removed admin roles of ${partner}`,
            happened: `${customer} removed some of the admin roles of ${partner} on ${on}.`,
            partnerNext: `If you still need a removed role to support ${customer}, talk to them, then ask for it with a change of admin access (Customers, Admin access).`,
            customerNext: `Nothing to do: ${partner} keeps only the roles listed above.`,
            told: 'both',
          },
    EXPIRED: {
      subject: `The admin access of ${partner} to ${customer} has ended`,
      happened: `The delegated admin access of ${partner} to ${customer} reached its expiry on ${on} and has ended.`,
      partnerNext: `If you still need admin access to ${customer}, send a new invitation with the delegated admin role and the admin roles you need, for them to accept.`,
      customerNext: `Nothing to do. If ${partner} still needs admin access, it will send you a new invitation to accept.`,
      told: 'both',
    },
    AUTO_EXTENDED: {
      subject: `The admin access of ${partner} to ${customer} was extended${expiry ? ` to ${expiry}` : ''}`,
      happened: `The delegated admin access of ${partner} to ${customer} reached its expiry and, as auto-extend is on, was extended by 180 days on ${on}.`,
      partnerNext: `Nothing to do. To stop the extensions, turn auto-extend off for ${customer} (Customers, Admin access).`,
      customerNext: `If you no longer want ${partner} to hold these roles, remove them (Partner relationships), or ask ${partner} to turn auto-extend off.`,
      told: 'both',
    },
    AUTO_EXTEND_SET: data.autoExtend
      ? {
          subject: `${partner} turned on auto-extend of its admin access to your organisation`,
          happened: `${partner} turned on auto-extend of its delegated admin access to ${customer} on ${on}: at each expiry the access is extended by 180 days, with the same roles.`,
          partnerNext: '',
          customerNext: `If you do not want the access to renew by itself, remove ${partner}'s admin roles (Partner relationships) or ask ${partner} to turn auto-extend off.`,
          told: 'customer',
        }
      : {
          subject: `${partner} turned off auto-extend of its admin access to your organisation`,
          happened: `${partner} turned off auto-extend of its delegated admin access to ${customer} on ${on}: the access now ends at its expiry unless you approve an extension.`,
          partnerNext: '',
          customerNext: `Nothing to do. ${partner} may ask you to extend the access; you will be emailed to approve it.`,
          told: 'customer',
        },
    MIGRATED: {
      subject: `The admin access of ${partner} to ${customer} now ends${expiry ? ` on ${expiry}` : ''}`,
      happened: `The delegated admin access of ${partner} to ${customer} had no end date. Delegated admin access is now time-bound and made of admin roles, so on ${on} it became the admin role Global administrator for two years${expiry ? `, until ${expiry}` : ''}.`,
      partnerNext: `Ask ${customer} for only the admin roles you need, with a change of admin access (Customers, Admin access). Global administrator cannot auto-extend: ask for an extension before it ends if you still need it.`,
      customerNext: `Review the roles ${partner} holds: Global administrator lets it do anything in your tenant. Remove it once ${partner} holds the narrower roles it needs (Partner relationships).`,
      told: 'both',
    },
  };
  return words[data.change];
}

/** "Before this change: …", when the roles or the expiry changed and there were roles before. */
function beforeWords(data: AdminAccessChangedV1): string {
  const sameRoles = data.previousAdminRoles.length === data.adminRoles.length && data.previousAdminRoles.every((role) => data.adminRoles.includes(role));
  const sameExpiry = data.previousAdminAccessExpiresAt === data.adminAccessExpiresAt;
  if (data.previousAdminRoles.length === 0 || (sameRoles && sameExpiry)) return '';
  const until = data.previousAdminAccessExpiresAt ? `, until ${dateOf(data.previousAdminAccessExpiresAt)}` : '';
  return `Before this change: ${adminRoleList(data.previousAdminRoles)}${until}.`;
}

/** AdminAccessChanged: one email per recipient of those told (Told). */
export function adminAccessChangedEmails(data: AdminAccessChangedV1, readers: AdminAccessReaders, links: Links): EmailDecision {
  const words = wordsOf(data);
  if (words.told === 'nobody') return noEmail;
  const customer = customerSide(data, readers.customerUsers);
  const reach = words.told === 'both' ? bothSides(partnerSide(data, readers.partnerUsers), customer) : customer;
  const expiry = data.adminAccessExpiresAt ? dateOf(data.adminAccessExpiresAt) : '';
  return emailsOrWait({ kind: 'ADMIN_ACCESS_CHANGED', template: 'admin-access-changed', tenantId: data.customerTenantId }, reach, () => ({
    partnerName: data.partnerName,
    customerName: customerLabel(data.customerName, data.customerTenantId),
    subject: words.subject,
    happened: words.happened,
    partnerNext: words.partnerNext,
    customerNext: words.customerNext,
    hasAdminRoles: data.adminRoles.length > 0,
    adminRoles: adminRoleList(data.adminRoles),
    expiresAt: expiry,
    autoExtendWords: autoExtendWords(data.adminRoles, data.autoExtend),
    before: beforeWords(data),
    isMigrated: data.change === 'MIGRATED',
    signInUrl: links.signIn(),
  }));
}

/** Whether relationship asks notification to email this link at once: a change of admin access (B2), to the customer's admins. */
export const isAdminAccessChangeRequest = (data: InvitationLinkIssuedV2): data is InvitationLinkIssuedV2 & { customerTenantId: string } =>
  data.kind === 'ADMIN_ACCESS_CHANGE' && data.customerTenantId !== null;

/**
 * InvitationLinkIssued v2 of kind ADMIN_ACCESS_CHANGE (B2): the customer's global and relationship admins get the
 * partner's request, the roles and duration asked, and the link to the invitation page, where they approve all or
 * some of the roles, or decline. The event carries a link token, so it never waits in the database for an admin to
 * be known (only events of shared topics wait): with none known here, nothing is sent.
 */
export function adminAccessChangeRequestEmails(data: InvitationLinkIssuedV2, customerUsers: readonly TenantUser[], links: Links): EmailDecision {
  if (!isAdminAccessChangeRequest(data)) return noEmail;
  const reach = customerAdminsOf(data.customerTenantId, customerUsers, { recipientOrg: 'your organisation' });
  if ('waitFor' in reach) return noEmail;
  return send(
    emailsTo({ kind: 'ADMIN_ACCESS_CHANGE_REQUEST', template: 'admin-access-change-request', tenantId: data.customerTenantId }, reach.recipients, {
      partnerName: data.partnerName,
      adminRoles: adminRoleList(data.adminRoles),
      duration: data.adminAccessDuration ? durationInWords(data.adminAccessDuration) : '',
      autoExtend: data.autoExtend,
      acceptUrl: links.invitation(data.kind, data.invitationToken),
      expiresAt: dateOf(data.expiresAt),
    }),
  );
}

type ClosedUnapproved = Exclude<AdminAccessChangeRequestClosedV1['status'], 'ACCEPTED'>;

/**
 * AdminAccessChangeRequestClosed, unless ACCEPTED: the partner's admin agents hear that the customer declined its
 * change of admin access, or that it expired unanswered or was cancelled; its access stays as it was. An accepted
 * one sends nothing here: AdminAccessChanged CHANGE_APPROVED follows and tells the same people, with the roles now
 * in force. The event does not name the user who asked, so the email goes to the admin agents, who manage the access.
 */
export function adminAccessChangeClosedEmails(data: AdminAccessChangeRequestClosedV1, partnerUsers: readonly TenantUser[], links: Links): EmailDecision {
  if (data.status === 'ACCEPTED') return noEmail;
  const status: ClosedUnapproved = data.status;
  const partner = data.partnerName;
  const customer = customerLabel(data.customerName, data.customerTenantId);
  const asked = `${adminRoleList(data.adminRoles)}${data.adminAccessDuration ? ` for ${durationInWords(data.adminAccessDuration)}` : ''}`;
  const on = dateOf(data.closedAt);
  const words: Record<ClosedUnapproved, { subject: string; happened: string; next: string }> = {
    DECLINED: {
      subject: `${customer} declined the change of admin access of ${partner}`,
      happened: `${customer} declined, on ${on}, the request of ${partner} to hold ${asked}.`,
      next: `Talk to ${customer} before asking again, and ask only for the roles you need (Customers, Admin access).`,
    },
    EXPIRED: {
      subject: `The change of admin access asked of ${customer} expired`,
      happened: `${customer} did not answer the request of ${partner} to hold ${asked}; it expired on ${on}.`,
      next: `If you still need the change, ask again (Customers, Admin access) and let ${customer} know to expect the email.`,
    },
    CANCELLED: {
      subject: `The change of admin access asked of ${customer} was cancelled`,
      happened: `${partner} cancelled, on ${on}, its request to ${customer} to hold ${asked}.`,
      next: 'Nothing to do; ask again when you need the change (Customers, Admin access).',
    },
  };
  return emailsOrWait(
    { kind: 'ADMIN_ACCESS_CHANGE_CLOSED', template: 'admin-access-change-closed', tenantId: data.partnerTenantId },
    partnerSide(data, partnerUsers),
    () => ({
      partnerName: partner,
      customerName: customer,
      ...words[status],
      currentAdminRoles: adminRoleList(data.currentAdminRoles),
      signInUrl: links.signIn(),
    }),
  );
}
