import type { HandlerOf } from '@channelgraph/common';
import { projectAgreementTemplate } from '../../application/project-agreement-template';

/** R4: the current version of each agreement, and every template with its version. */
export const agreementTemplatePublished: HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v2'> = (event, tx) => projectAgreementTemplate(tx, event);
/** v1: published before deadlines existed, still on the topic. */
export const agreementTemplatePublishedV1: HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v1'> = (event, tx) =>
  projectAgreementTemplate(tx, event);
