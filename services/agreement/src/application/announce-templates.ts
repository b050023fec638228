import { UnitOfWork } from '@channelgraph/common';
import { In, IsNull } from 'typeorm';
import { TemplateEvents } from '../events/published';
import { agreementTemplateEntity } from '../store/entities';

/**
 * Raises AgreementTemplatePublished for versions that were never announced:
 * the seeded version 1 of each type, written by a migration (which cannot
 * reach the outbox). Other services learn the current version only from
 * events, so without this they would not know version 1. Runs at every start;
 * the lock makes concurrent instances announce each version once.
 *
 * The event means "this version is now current", so only current versions
 * are announced: one superseded before anybody heard of it is marked as
 * announced silently, or consumers would take it for the newest version.
 */
export async function announceUnannouncedTemplates(unitOfWork: UnitOfWork): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const templates = manager.getRepository(agreementTemplateEntity);
    const pending = await templates.find({ where: { announcedAt: IsNull() }, order: { publishedAt: 'ASC', id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const now = new Date();
    if (pending.length > 0) await templates.update({ id: In(pending.map((template) => template.id)) }, { announcedAt: now });
    const current = pending.filter((template) => template.currentType !== null);
    for (const template of current) raise(TemplateEvents.published(template, null));
    return current.length;
  });
}
