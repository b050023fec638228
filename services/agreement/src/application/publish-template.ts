import { DomainError, isDuplicateKey, Principal, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { AGREEMENT_NAMES, publicationOf, PublishTemplateInput, validateTemplate, ValidTemplate } from '../domain/templates';
import { TemplateEvents } from '../events/published';
import { agreementTemplateEntity, AgreementTemplateRow } from '../store/entities';
import { currentTemplate, supersedeCurrentVersion, templateExists } from '../store/templates.repository';

const versionTaken = (template: ValidTemplate) =>
  new DomainError(
    'CONFLICT',
    `Version ${template.version} of the ${AGREEMENT_NAMES[template.type]} in ${template.language} is already published; a published version never changes, so give the new one another version.`,
    'version',
  );

/**
 * A platform operator publishes a new version, which replaces the current one of its type at once (R4), or the
 * current version in another language (a translation: nobody has to accept again).
 */
export async function publishTemplate(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: PublishTemplateInput): Promise<AgreementTemplateRow> {
  const valid = validateTemplate(input, new Date());
  try {
    return await deps.unitOfWork.run(async ({ manager, raise }) => {
      if (await templateExists(manager, valid.type, valid.version, valid.language)) throw versionTaken(valid);
      const now = new Date();
      const previous = await currentTemplate(manager, valid.type, true);
      const publication = publicationOf(valid, previous, await templateExists(manager, valid.type, valid.version), now);
      const template: AgreementTemplateRow = {
        id: randomUUID(),
        ...valid,
        publishedAt: now,
        supersededAt: null,
        publishedByUserId: principal.userId,
        announcedAt: now,
        ...(publication.kind === 'TRANSLATION'
          ? // The current row stays the version's: a translation is one more language of it.
            {
              currentType: null,
              reacceptanceDeadline: publication.of.reacceptanceDeadline,
              versionsAcceptedUntilDeadline: [...publication.of.versionsAcceptedUntilDeadline],
            }
          : {
              currentType: valid.type,
              reacceptanceDeadline: publication.reacceptanceDeadline,
              versionsAcceptedUntilDeadline: publication.versionsAcceptedUntilDeadline,
            }),
      };
      if (publication.kind === 'NEW_VERSION' && previous) await supersedeCurrentVersion(manager, valid.type, previous.id, now);
      await manager.getRepository(agreementTemplateEntity).insert(template);
      raise(TemplateEvents.published(template, publication.kind === 'NEW_VERSION' ? previous : null, publication.kind === 'TRANSLATION' ? previous : null));
      return template;
    });
  } catch (error) {
    if (isDuplicateKey(error, 'uq_template_version')) throw versionTaken(valid);
    if (isDuplicateKey(error, 'uq_template_current')) {
      throw new DomainError(
        'CONFLICT',
        `Another version of the ${AGREEMENT_NAMES[valid.type]} was published at the same moment; check the current version and publish again if yours should replace it.`,
      );
    }
    throw error;
  }
}
