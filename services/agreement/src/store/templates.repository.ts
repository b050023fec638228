import { isUuid } from '@channelgraph/common';
import { EntityManager, In } from 'typeorm';
import type { TemplateFacts } from '../domain/acceptance';
import type { AgreementType } from '../domain/templates';
import { agreementTemplateEntity, AgreementTemplateRow } from './entities';

/** The current version of a type; locked when about to be replaced. */
export function currentTemplate(manager: EntityManager, type: string, lock = false): Promise<AgreementTemplateRow | null> {
  return manager
    .getRepository(agreementTemplateEntity)
    .findOne({ where: { currentType: type }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/** The current versions of several types, in one query. */
export function currentTemplates(manager: EntityManager, types: readonly string[]): Promise<AgreementTemplateRow[]> {
  return manager.getRepository(agreementTemplateEntity).findBy({ currentType: In([...types]) });
}

export function templateById(manager: EntityManager, id: string): Promise<AgreementTemplateRow | null> {
  // An id that is not a UUID names nothing: no need to ask the database.
  return isUuid(id) ? manager.getRepository(agreementTemplateEntity).findOneBy({ id }) : Promise.resolve(null);
}

/** Every version of a type, newest first. */
export function templatesOfType(manager: EntityManager, type: AgreementType): Promise<AgreementTemplateRow[]> {
  return manager.getRepository(agreementTemplateEntity).find({ where: { type }, order: { publishedAt: 'DESC', id: 'DESC' } });
}

export function templateExists(manager: EntityManager, type: AgreementType, version: string, language: string): Promise<boolean> {
  return manager.getRepository(agreementTemplateEntity).existsBy({ type, version, language });
}

export function factsOf(row: AgreementTemplateRow): TemplateFacts {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    isCurrent: row.currentType !== null,
    publishedAt: row.publishedAt,
    supersededAt: row.supersededAt,
  };
}
