import { DomainError, hasRole, Principal, Role } from '@channelgraph/common';
import { DataSource, EntityManager } from 'typeorm';
import { AskingUser, decide, Decision } from '../domain/authorize';
import { Permission } from '../domain/roles';
import { adminRolesAssignedTo } from '../store/admin-access-assignments.repository';
import { agreementStandings } from '../store/agreements.repository';
import { partnerById } from '../store/partners.repository';
import { relationshipBetween } from '../store/relationships.repository';
import { userById } from '../store/users.repository';

/** R15, the decision point: partners ask about their own customers; platform operators and service tokens about any. */
export async function authorize(
  dataSource: DataSource,
  principal: Principal,
  input: { partnerId: string; customerId: string; permission: Permission; userId?: string | null },
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
    user: input.userId ? await askingUser(manager, input.userId, partner?.tenantId ?? null, relationship?.id ?? null) : null,
  });
}

/** B3: a user of the partner, and the admin roles assigned to them on the relationship. */
async function askingUser(manager: EntityManager, userId: string, partnerTenantId: string | null, relationshipId: string | null): Promise<AskingUser> {
  const user = await userById(manager, userId);
  const ofPartner = !!user && !user.removedAt && user.tenantId === partnerTenantId;
  const assignedAdminRoles = ofPartner && relationshipId ? await adminRolesAssignedTo(manager, relationshipId, userId) : [];
  return { userId, ofPartner, assignedAdminRoles };
}
