/**
 * A service's view of the relationship subgraph's relationships, rebuilt from
 * its events: which partner tenant is a partner of which customer, and whether
 * that relationship is still ACTIVE. The relationship subgraph decides; this
 * only follows what its events state. Agreement and enrollment keep one each
 * (who may confirm or read acceptances; who may see a customer).
 */

export const RELATIONSHIP_STATUSES = ['ACTIVE', 'TERMINATED'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

export interface ProjectedRelationship {
  id: string;
  partnerId: string;
  partnerTenantId: string;
  customerTenantId: string;
  status: RelationshipStatus;
  roles: string[];
  /** The moment of the latest change applied. */
  changedAt: Date;
  /** The sequence number of the latest event applied (null: it carried none). */
  lastSequence: number | null;
}

/** What one relationship event says happened. */
export interface RelationshipChange {
  /** ADMIN_ACCESS_CHANGED (B1, B2): the admin access changed; the roles are the relationship's after it (an expiry drops DELEGATED_ADMIN). */
  kind: 'ESTABLISHED' | 'ADMIN_PRIVILEGES_REMOVED' | 'ADMIN_ACCESS_CHANGED' | 'ENDED';
  relationshipId: string;
  partnerId: string;
  partnerTenantId: string;
  customerTenantId: string;
  /** The roles the relationship has after the change. */
  roles: string[];
  /** When it happened (the event's establishedAt, removedAt, deletedAt or terminatedAt). */
  at: Date;
  /** The event's place among the relationship's events, when it carries one. */
  sequence?: number;
}

function statusAfter(change: RelationshipChange): RelationshipStatus {
  switch (change.kind) {
    case 'ESTABLISHED':
      return 'ACTIVE';
    case 'ADMIN_PRIVILEGES_REMOVED':
    case 'ADMIN_ACCESS_CHANGED':
      // R6, B1: the relationship stays with its remaining roles, even with none left (it then grants nothing).
      return 'ACTIVE';
    case 'ENDED':
      return 'TERMINATED';
  }
}

/**
 * Whether a change comes after what is known: by the relationship's event
 * sequence when both have one (commit order, exact), otherwise by the moment
 * each states, where a change at the same moment applies, in arrival order.
 */
function comesAfter(known: ProjectedRelationship, change: RelationshipChange): boolean {
  if (change.sequence !== undefined && known.lastSequence !== null) return change.sequence > known.lastSequence;
  return known.changedAt.getTime() <= change.at.getTime();
}

/**
 * The relationship after a change, or null when the change is older than what
 * is already known (an event redelivered late, replayed, or published out of
 * order must not undo a newer one). Events of one relationship share its Kafka
 * key and so arrive in order; this guard is for the exceptions.
 */
export function projectRelationship(known: ProjectedRelationship | null, change: RelationshipChange): ProjectedRelationship | null {
  if (known && !comesAfter(known, change)) return null;
  return {
    id: change.relationshipId,
    partnerId: change.partnerId,
    partnerTenantId: change.partnerTenantId,
    customerTenantId: change.customerTenantId,
    status: statusAfter(change),
    roles: [...change.roles],
    changedAt: change.at,
    lastSequence: change.sequence ?? known?.lastSequence ?? null,
  };
}
