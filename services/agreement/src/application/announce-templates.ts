import { UnitOfWork } from '@channelgraph/common';
import { IsNull } from 'typeorm';
import { TemplateEvents } from '../events/published';
import { agreementTemplateEntity } from '../store/entities';

/**
 * Raises AgreementTemplatePublished for versions that were never announced:
 * the seeded version 1 of each type, written by a migration (which cannot
 * reach the outbox). Other services learn the current version only from
 * events, so without this they would not know version 1. Runs at every start;
 * the lock makes concurrent instances announce each version once.
 */
export async function announceUnannouncedTemplates(unitOfWork: UnitOfWork): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const templates = manager.getRepository(agreementTemplateEntity);
    const pending = await templates.find({ where: { announcedAt: IsNull() }, order: { publishedAt: 'ASC', id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const now = new Date();
    for (const template of pending) {
      await templates.update({ id: template.id }, { announcedAt: now });
      raise(TemplateEvents.published(template, null));
    }
    return pending.length;
  });
}
