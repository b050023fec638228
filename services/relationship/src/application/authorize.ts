import { DomainError, hasRole, Principal, Role } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import { decide, Decision } from '../domain/authorize';
import { Permission } from '../domain/roles';
import { agreementStandings } from '../store/agreements.repository';
import { partnerById } from '../store/partners.repository';
import { relationshipBetween } from '../store/relationships.repository';

/** R15, the decision point: partners ask about their own customers; platform operators and service tokens about any. */
export async function authorize(
  dataSource: DataSource,
  principal: Principal,
  input: { partnerId: string; customerId: string; permission: Permission },
): Promise<Decision> {
  const manager = dataSource.manager;
  const partner = await partnerById(manager, input.partnerId);
  const mayAskAboutAny = hasRole(principal, Role.PLATFORM_OPERATOR) || hasRole(principal, Role.SERVICE);
  if (!mayAskAboutAny && partner?.tenantId !== principal.tenantId) {
    throw new DomainError('NOT_FOUND', 'No partner with this id is yours to ask about.');
  }
  const relationship = await relationshipBetween(manager, input.partnerId, input.customerId);
  const standings = await agreementStandings(manager, [input.customerId]);
  return decide(input.permission, {
    relationship,
    partnerActive: partner?.status === 'ACTIVE',
    customerAgreement: standings.get(input.customerId)!,
  });
}
