import { HandlerOf, isNewerThanApplied, sequenceAfter } from '@channelgraph/common';
import { currentAgreementForUpdate, saveCurrentAgreement } from '../../store/agreements.repository';

/**
 * R4: the current version of each agreement; a newer publication replaces it, an
 * older (late) one does not — by the agreement type's event sequence, or by the
 * publication moment for events without one.
 */
export const agreementTemplatePublished: HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v1'> = async (event, { manager }) => {
  const data = event.data;
  const current = await currentAgreementForUpdate(manager, data.type);
  const publishedAt = new Date(data.publishedAt);
  if (current && !isNewerThanApplied(event, current.lastSequence, () => current.publishedAt.getTime() <= publishedAt.getTime())) return;
  await saveCurrentAgreement(manager, {
    agreementType: data.type,
    templateId: data.templateId,
    version: data.version,
    publishedAt,
    lastSequence: sequenceAfter(event, current?.lastSequence),
  });
};
