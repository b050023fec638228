import { invalid } from '@channelgraph/common/domain';
import type { RequestKind } from './requests';

/** R18: where a partner's customer came from. */
export const RELATIONSHIP_SOURCES = ['OWN_MARKETING', 'DIRECTORY_LEAD', 'VENDOR_REFERRAL', 'INDIRECT_PROVIDER', 'IMPORTED'] as const;
export type RelationshipSource = (typeof RELATIONSHIP_SOURCES)[number];

export interface InvitationOrigin {
  leadId?: string | null;
  referralId?: string | null;
}

/** One invitation answers one lead or one referral, never both. */
export function checkOneOrigin(origin: InvitationOrigin): void {
  if (origin.leadId && origin.referralId) throw invalid('leadId', 'An invitation answers either a lead or a referral, not both: leave one of them out.');
}

/**
 * The source an invitation records, known when it is accepted: a directory lead it
 * answers, a vendor's referral it follows, a combined invitation (the customer comes
 * through the indirect channel, R19), or else the partner's own marketing. One
 * invitation answers one lead or one referral, never both.
 */
export function sourceOfRequest(kind: RequestKind, origin: InvitationOrigin): RelationshipSource {
  checkOneOrigin(origin);
  if (origin.leadId) return 'DIRECTORY_LEAD';
  if (origin.referralId) return 'VENDOR_REFERRAL';
  if (kind === 'CUSTOMER_WITH_PROVIDER') return 'INDIRECT_PROVIDER';
  return 'OWN_MARKETING';
}

/**
 * A relationship keeps the source it was first established with while it stays ACTIVE
 * (roles added later do not change where the customer came from); a new relationship,
 * or a TERMINATED one established again, takes the source of what establishes it now.
 */
export function sourceOnEstablishing(existing: { status: string; source: RelationshipSource } | null, incoming: RelationshipSource): RelationshipSource {
  return existing && existing.status === 'ACTIVE' ? existing.source : incoming;
}
