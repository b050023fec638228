import type { AgreementStanding } from '@channelgraph/common/domain';
import { NEEDS_CURRENT_AGREEMENT, Permission, PERMISSIONS_BY_ROLE, RelationshipRole } from './roles';

/** What the decision needs to know: the partner's own relationship with the customer, and the agreement state. */
export interface AuthorizationFacts {
  relationship: { status: string; roles: readonly string[] } | null;
  partnerActive: boolean;
  customerAgreement: AgreementStanding;
}

export const mayTransactUnder = (standing: AgreementStanding) => standing.acceptedCurrent || standing.honouredUntil !== null;

export interface Decision {
  allowed: boolean;
  reasons: string[];
}

/**
 * R15: may this partner do this for this customer? Only the partner's own
 * relationship counts (a provider's rights never come from its reseller's).
 * A denial names every missing condition.
 */
export function decide(permission: Permission, facts: AuthorizationFacts): Decision {
  const reasons: string[] = [];
  if (!facts.partnerActive) reasons.push('The partner is not an active member of the partner programme.');
  const relationship = facts.relationship?.status === 'ACTIVE' ? facts.relationship : null;
  if (!relationship) {
    reasons.push('The partner has no active relationship with this customer.');
    return { allowed: false, reasons };
  }
  const granting = (Object.entries(PERMISSIONS_BY_ROLE) as Array<[RelationshipRole, readonly Permission[]]>)
    .filter(([, permissions]) => permissions.includes(permission))
    .map(([role]) => role);
  if (relationship.roles.length === 0) {
    // R6: delegated admin was its only role and the customer removed it; the relationship stays, granting nothing.
    reasons.push(`The relationship has no roles, so it grants no permission: ${permission} needs the role ${granting.join(' or ') || '(none grants it)'}.`);
  } else if (!granting.some((role) => relationship.roles.includes(role))) {
    reasons.push(`${permission} needs the role ${granting.join(' or ') || '(none grants it)'}, which this relationship does not have.`);
  }
  const needsAgreement = NEEDS_CURRENT_AGREEMENT.includes(permission);
  if (needsAgreement && !mayTransactUnder(facts.customerAgreement)) {
    reasons.push('The customer has not accepted the current Customer Agreement.');
  }
  if (reasons.length > 0) return { allowed: false, reasons };
  const granted = [`Granted by the ${granting.filter((r) => relationship.roles.includes(r)).join(', ')} role.`];
  const until = facts.customerAgreement.honouredUntil;
  if (needsAgreement && !facts.customerAgreement.acceptedCurrent && until) {
    granted.push(`The customer accepted an earlier Customer Agreement, which counts until ${until.toISOString()}; it must accept the current one by then.`);
  }
  return { allowed: true, reasons: granted };
}

/**
 * Can the partner buy for the customer now (RESELLER + current agreement)? Shown
 * as Relationship.canTransact: the decision for SUBMIT_ORDERS on this
 * relationship, so it can never disagree with authorize. It speaks of the
 * relationship alone; the partner's own programme status is authorize's to tell.
 */
export function canTransact(roles: readonly string[], status: string, customerAgreement: AgreementStanding): boolean {
  return decide('SUBMIT_ORDERS', { relationship: { status, roles }, partnerActive: true, customerAgreement }).allowed;
}
