import type { HandlerOf } from '@channelgraph/common';
import { recordCustomerAcceptance } from '../../application/accept-agreement';

/**
 * R3: the invitee accepted the Customer Agreement on the invitation page;
 * record it like acceptAgreement, judged at the moment they accepted (a
 * version published while the event travelled does not void it). Runs in the
 * inbox transaction, so a redelivered event has no second effect; another
 * event with the same version finds the existing acceptance. A refused
 * acceptance throws, and the event ends in the DLQ with the reason.
 */
export const relationshipRequestAccepted: HandlerOf<'channelgraph.relationship.RelationshipRequestAccepted.v1'> = async (event, tx) => {
  const { agreementAcceptance, customerTenantId, acceptedByUserId, acceptedAt, requestId } = event.data;
  if (!agreementAcceptance) return;
  await recordCustomerAcceptance(tx, {
    customerTenantId,
    templateId: agreementAcceptance.templateId,
    confirmRead: agreementAcceptance.confirmRead,
    acceptedByUserId,
    acceptedAt: new Date(acceptedAt),
    relationshipRequestId: requestId,
  });
};
