import type { HandlerOf } from '@channelgraph/common';
import { recordAcceptance } from '../../store/agreements.repository';

/** R4: which customer accepted which version (in whichever language, whichever way it was accepted). */
export const agreementAccepted: HandlerOf<'channelgraph.agreement.AgreementAccepted.v1'> = async (event, { manager }) => {
  const data = event.data;
  await recordAcceptance(manager, {
    customerTenantId: data.customerTenantId,
    templateId: data.templateId,
    version: data.version,
    acceptedAt: new Date(data.acceptedAt),
  });
};
