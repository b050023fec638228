import { hasRole, notFound, Principal, Role } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import { decide, Decision } from '../domain/authorize';
import { Permission } from '../domain/roles';
import { relationshipEntity } from '../store/entities';
import { Facts } from '../store/facts';

/** R15, the decision point: partners ask about their own customers; platform operators and service tokens about any. */
export async function authorize(dataSource: DataSource, principal: Principal, input: { partnerId: string; customerId: string; permission: Permission }): Promise<Decision> {
  const manager = dataSource.manager;
  const partner = await Facts.partner(manager, input.partnerId);
  const mayAskAboutAny = hasRole(principal, Role.PLATFORM_OPERATOR) || hasRole(principal, Role.SERVICE);
  if (!mayAskAboutAny && partner?.tenantId !== principal.tenantId) {
    throw notFound('No partner with this id is yours to ask about.');
  }
  const relationship = await manager.getRepository(relationshipEntity).findOneBy({ partnerId: input.partnerId, customerTenantId: input.customerId });
  const accepted = await Facts.acceptedCurrent(manager, [input.customerId]);
  return decide(input.permission, {
    relationship,
    partnerActive: partner?.status === 'ACTIVE',
    customerAcceptedCurrentAgreement: accepted.has(input.customerId),
  });
}
