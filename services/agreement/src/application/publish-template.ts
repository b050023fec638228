import { DomainError, isDuplicateKey, Principal, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { AGREEMENT_NAMES, PublishTemplateInput, validateTemplate, ValidTemplate } from '../domain/templates';
import { TemplateEvents } from '../events/published';
import { agreementTemplateEntity, AgreementTemplateRow } from '../store/entities';
import { currentTemplate, templateExists } from '../store/templates.repository';

const versionTaken = (template: ValidTemplate) =>
  new DomainError(
    'CONFLICT',
    `Version ${template.version} of the ${AGREEMENT_NAMES[template.type]} in ${template.language} is already published; a published version never changes, so give the new one another version.`,
    'version',
  );

/** A platform operator publishes a new version; it replaces the current one of its type at once. */
export async function publishTemplate(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: PublishTemplateInput): Promise<AgreementTemplateRow> {
  const valid = validateTemplate(input);
  try {
    return await deps.unitOfWork.run(async ({ manager, raise }) => {
      if (await templateExists(manager, valid.type, valid.version, valid.language)) throw versionTaken(valid);
      const now = new Date();
      const previous = await currentTemplate(manager, valid.type, true);
      const templates = manager.getRepository(agreementTemplateEntity);
      // Cleared before the insert: the unique index admits one current row per type at every moment.
      if (previous) await templates.update({ id: previous.id }, { currentType: null, supersededAt: now });
      const template: AgreementTemplateRow = {
        id: randomUUID(),
        ...valid,
        publishedAt: now,
        currentType: valid.type,
        supersededAt: null,
        publishedByUserId: principal.userId,
        announcedAt: now,
      };
      await templates.insert(template);
      raise(TemplateEvents.published(template, previous));
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
