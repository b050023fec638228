import { AgreementAcceptedV1, isNewerThanApplied, ReceivedEvent, sequenceAfter } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { agreementAcceptanceEntity } from './projection.entities';

/**
 * The latest version of each agreement a customer accepted. Its acceptances
 * are keyed by the customer's tenant, so they arrive in the order they were
 * recorded; the customer's event sequence keeps a late or replayed older one
 * from replacing a newer one.
 */
export async function rememberAcceptance(manager: EntityManager, event: ReceivedEvent<AgreementAcceptedV1>): Promise<void> {
  const data = event.data;
  const repository = manager.getRepository(agreementAcceptanceEntity);
  const key = { customerTenantId: data.customerTenantId, agreementType: data.type };
  const known = await repository.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
  if (!isNewerThanApplied(event, known?.lastSequence)) return;
  await repository.save({
    ...key,
    templateId: data.templateId,
    version: data.version,
    acceptedAt: new Date(data.acceptedAt),
    lastSequence: sequenceAfter(event, known?.lastSequence),
  });
}
