import type { Links, PartnerUserAssignedV1, PartnerUserUnassignedV1 } from '@channelgraph/common/domain';
import { EmailDecision, emailsTo, noEmail, send } from './emails';
import { customerLabel, dateOf, roleList } from './wording';

/*
 * R2 PARTNER role: the customer's user assigned to work with a partner hears
 * of it, and hears when it ends. The events carry the user's name and address,
 * so nothing is waited for. Each email is filed under the customer's tenant,
 * the user's own.
 */

type AssignmentFacts = PartnerUserAssignedV1 | PartnerUserUnassignedV1;

const assignmentValues = (data: AssignmentFacts) => ({
  partnerName: data.partnerName,
  customerName: customerLabel(data.customerName, data.customerTenantId),
  roles: roleList(data.roles),
});

const assignedUser = (data: AssignmentFacts) => [{ email: data.assignedUser.email, name: data.assignedUser.fullName }];

/** PartnerUserAssigned: "<customer> assigned you to work with <partner>". */
export function partnerUserAssignedEmails(data: PartnerUserAssignedV1, links: Links): EmailDecision {
  return send(
    emailsTo({ kind: 'PARTNER_USER_ASSIGNED', template: 'partner-user-assigned', tenantId: data.customerTenantId }, assignedUser(data), {
      ...assignmentValues(data),
      assignedAt: dateOf(data.assignedAt),
      signInUrl: links.signIn(),
    }),
  );
}

/** Why it ended, as the sentence after "Your assignment to work with <partner> has ended: …". */
function endedBecause(data: PartnerUserUnassignedV1): string {
  const customer = customerLabel(data.customerName, data.customerTenantId);
  switch (data.reason) {
    case 'UNASSIGNED':
      return `${customer} ended it.`;
    case 'REASSIGNED':
      return `${customer} assigned another colleague to work with ${data.partnerName}.`;
    case 'RELATIONSHIP_ENDED':
      return `the relationship between ${customer} and ${data.partnerName} has ended.`;
    case 'PARTNER_ROLE_REMOVED':
      return `${data.partnerName} no longer holds the partner role for ${customer}.`;
    case 'USER_REMOVED':
      return `your account was removed from ${customer}.`;
  }
}

/**
 * PartnerUserUnassigned: the user hears that the assignment ended, and why; a user removed from the
 * tenant is not written to, since that account no longer exists to act on it.
 */
export function partnerUserUnassignedEmails(data: PartnerUserUnassignedV1, links: Links): EmailDecision {
  if (data.reason === 'USER_REMOVED') return noEmail;
  return send(
    emailsTo({ kind: 'PARTNER_USER_UNASSIGNED', template: 'partner-user-unassigned', tenantId: data.customerTenantId }, assignedUser(data), {
      ...assignmentValues(data),
      endedBecause: endedBecause(data),
      unassignedAt: dateOf(data.unassignedAt),
      signInUrl: links.signIn(),
    }),
  );
}
