import type { DataSource } from 'typeorm';
import type { AgreementType } from '../domain/templates';
import type { AgreementTemplateRow } from '../store/entities';
import { templatesOfType } from '../store/templates.repository';

/** Every published version of an agreement type, in every language: public documents, newest first. */
export function listTemplates(deps: { dataSource: DataSource }, type: AgreementType): Promise<AgreementTemplateRow[]> {
  return templatesOfType(deps.dataSource.manager, type);
}
