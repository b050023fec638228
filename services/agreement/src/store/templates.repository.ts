import { isUuid } from '@channelgraph/common';
import { EntityManager, In, IsNull } from 'typeorm';
import type { TemplateFacts } from '../domain/acceptance';
import type { AgreementType } from '../domain/templates';
import { agreementTemplateEntity, AgreementTemplateRow } from './entities';

/** The current row of a type (one language of the current version); locked when about to be replaced. */
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

export function templateExists(manager: EntityManager, type: AgreementType, version: string, language?: string): Promise<boolean> {
  return manager.getRepository(agreementTemplateEntity).existsBy({ type, version, ...(language ? { language } : {}) });
}

/** Every language of the current version of each type, in one query. */
export function currentVersionTemplates(manager: EntityManager, types: readonly string[]): Promise<AgreementTemplateRow[]> {
  return manager
    .getRepository(agreementTemplateEntity)
    .find({ where: { type: In([...types]), supersededAt: IsNull() }, order: { publishedAt: 'ASC', id: 'ASC' } });
}

/** A new version replaces every language of the one before. */
export async function supersedeCurrentVersion(manager: EntityManager, type: AgreementType, previousCurrentId: string, at: Date): Promise<void> {
  const templates = manager.getRepository(agreementTemplateEntity);
  // Cleared before the insert: the unique index admits one current row per type at every moment.
  await templates.update({ id: previousCurrentId }, { currentType: null });
  await templates.update({ type, supersededAt: IsNull() }, { supersededAt: at });
}

export function factsOf(row: AgreementTemplateRow): TemplateFacts {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    isCurrent: row.supersededAt === null,
    publishedAt: row.publishedAt,
    supersededAt: row.supersededAt,
  };
}
