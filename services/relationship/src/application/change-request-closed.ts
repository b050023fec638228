import type { ContractEvent } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { ChangeRequestEvents } from '../events/published';
import { RelationshipRequestRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipById } from '../store/relationships.repository';

/**
 * B2: a change of admin access that ends unapproved (declined, cancelled, expired) has its own event, with the
 * relationship it was about: the invitation events' contracts know no such kind.
 */
export async function changeRequestClosed(
  manager: EntityManager,
  request: RelationshipRequestRow & { status: 'DECLINED' | 'CANCELLED' | 'EXPIRED' },
): Promise<ContractEvent<'channelgraph.relationship.AdminAccessChangeRequestClosed.v1'>> {
  const relationship = await relationshipById(manager, request.relationshipId as string);
  if (!relationship) throw new Error(`The relationship ${request.relationshipId} of change request ${request.id} is missing.`);
  return ChangeRequestEvents.closed(request, relationship, await partnerName(manager, request.partnerId), []);
}
