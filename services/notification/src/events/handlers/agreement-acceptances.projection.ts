import { AgreementAcceptedV1, HandlerOf, isNewerThanApplied, sequenceAfter } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { agreementAcceptanceEntity } from '../../store/projection.entities';
import type { Recipient } from './email.handler';
import { AdminRow, toRecipient } from './users.projection';

/**
 * The latest version of each agreement a customer accepted. Its acceptances
 * are keyed by the customer's tenant, so they arrive in the order they were
 * recorded; the customer's event sequence keeps a late or replayed older one
 * from replacing a newer one.
 */
export const projectAgreementAcceptance: HandlerOf<'channelgraph.agreement.AgreementAccepted.v1'> = async (event, { manager }) => {
  const data: AgreementAcceptedV1 = event.data;
  const repository = manager.getRepository(agreementAcceptanceEntity);
  const key = { customerTenantId: data.customerTenantId, agreementType: data.type };
  const known = await repository.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
  if (!isNewerThanApplied(event, known?.lastSequence)) return;
  await repository.save({ ...key, templateId: data.templateId, acceptedAt: new Date(data.acceptedAt), lastSequence: sequenceAfter(event, known?.lastSequence) });
};

/** GLOBAL_ADMINs of every customer whose latest accepted Customer Agreement is not `templateId`. */
export async function adminsBehindOn(manager: EntityManager, templateId: string): Promise<Recipient[]> {
  const rows: AdminRow[] = await manager.query(
    `SELECT u.tenant_id, u.email, u.full_name FROM agreement_acceptance a
     JOIN tenant_user u ON u.tenant_id = a.customer_tenant_id
     WHERE a.agreement_type = 'CUSTOMER_AGREEMENT' AND a.template_id <> ?
       AND u.removed_at IS NULL AND u.email IS NOT NULL AND FIND_IN_SET('GLOBAL_ADMIN', u.roles) > 0
     ORDER BY u.tenant_id, u.email`,
    [templateId],
  );
  return rows.map(toRecipient);
}
