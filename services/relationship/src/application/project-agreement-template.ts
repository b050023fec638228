import {
  AgreementTemplatePublishedV1,
  AgreementTemplatePublishedV2,
  isNewerThanApplied,
  ReceivedEvent,
  sequenceAfter,
  Transaction,
} from '@channelgraph/common';
import { currentAgreementForUpdate, rememberTemplate, saveCurrentAgreement } from '../store/agreements.repository';

/**
 * R4: the current version of each agreement; a newer publication replaces it, an older (late) one does not —
 * by the agreement type's event sequence, or by the publication moment for events without one. Every template
 * is remembered with its version, so an acceptance of any language counts for that version. A translation
 * (same version) keeps the version's deadline; v1 events, published before deadlines existed, carry none.
 */
export async function projectAgreementTemplate(
  tx: Transaction,
  event: ReceivedEvent<AgreementTemplatePublishedV1 | AgreementTemplatePublishedV2>,
): Promise<void> {
  const { manager } = tx;
  const data = event.data;
  await rememberTemplate(manager, { templateId: data.templateId, agreementType: data.type, version: data.version });
  const current = await currentAgreementForUpdate(manager, data.type);
  const publishedAt = new Date(data.publishedAt);
  if (current && !isNewerThanApplied(event, current.lastSequence, () => current.publishedAt.getTime() <= publishedAt.getTime())) return;
  const sameVersion = current?.version === data.version;
  const deadline = 'reacceptanceDeadline' in data ? data.reacceptanceDeadline : null;
  await saveCurrentAgreement(manager, {
    agreementType: data.type,
    templateId: data.templateId,
    version: data.version,
    publishedAt,
    reacceptanceDeadline: deadline ? new Date(deadline) : sameVersion ? current.reacceptanceDeadline : null,
    versionsAcceptedUntilDeadline:
      'versionsAcceptedUntilDeadline' in data ? data.versionsAcceptedUntilDeadline : sameVersion ? current.versionsAcceptedUntilDeadline : [],
    lastSequence: sequenceAfter(event, current?.lastSequence),
  });
}
