import { isDuplicateKey, Principal, Transaction, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { checkCustomerAcceptance, CUSTOMER_ACCEPTANCE_KEY } from '../domain/acceptance';
import { AcceptanceEvents } from '../events/published';
import { customerAcceptanceOf } from '../store/acceptances.repository';
import { agreementAcceptanceEntity, AgreementAcceptanceRow } from '../store/entities';
import { currentTemplate, factsOf, templateById } from '../store/templates.repository';

export interface CustomerAcceptanceRequest {
  customerTenantId: string;
  templateId: string;
  confirmRead: boolean;
  acceptedByUserId: string;
  acceptedAt: Date;
  relationshipRequestId: string | null;
}

/**
 * Records a customer's acceptance of the Customer Agreement inside the
 * caller's transaction: the same rules for acceptAgreement and for an
 * acceptance carried by a RelationshipRequestAccepted event. A version the
 * customer already accepted returns that acceptance, with no new row and no event.
 */
export async function recordCustomerAcceptance(tx: Transaction, request: CustomerAcceptanceRequest): Promise<AgreementAcceptanceRow> {
  const template = await templateById(tx.manager, request.templateId);
  const current = await currentTemplate(tx.manager, 'CUSTOMER_AGREEMENT');
  checkCustomerAcceptance(template && factsOf(template), current && factsOf(current), { confirmRead: request.confirmRead, acceptedAt: request.acceptedAt });

  // The rule above refuses a missing template.
  const accepted = template!;
  const existing = await customerAcceptanceOf(tx.manager, request.customerTenantId, accepted.type, accepted.version);
  if (existing) return existing;
  const acceptance: AgreementAcceptanceRow = {
    id: randomUUID(),
    customerTenantId: request.customerTenantId,
    templateId: accepted.id,
    agreementType: accepted.type,
    version: accepted.version,
    method: 'ACCEPTED_BY_CUSTOMER',
    acceptedAt: request.acceptedAt,
    acceptedByUserId: request.acceptedByUserId,
    relationshipRequestId: request.relationshipRequestId,
    dedupeKey: CUSTOMER_ACCEPTANCE_KEY,
    contactFirstName: null,
    contactLastName: null,
    contactEmail: null,
    contactPhone: null,
    confirmedByPartnerId: null,
    confirmedByUserId: null,
    recordedAt: new Date(),
  };
  await tx.manager.getRepository(agreementAcceptanceEntity).insert(acceptance);
  tx.raise(AcceptanceEvents.accepted(acceptance));
  return acceptance;
}

export interface AcceptAgreementInput {
  templateId: string;
  confirmRead: boolean;
}

/** R3, R4: the caller's tenant accepts, through its global admin; there is no way to accept for another tenant. */
export async function acceptAgreement(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: AcceptAgreementInput): Promise<AgreementAcceptanceRow> {
  const request: CustomerAcceptanceRequest = {
    customerTenantId: principal.tenantId,
    templateId: input.templateId,
    confirmRead: input.confirmRead,
    acceptedByUserId: principal.userId,
    acceptedAt: new Date(),
    relationshipRequestId: null,
  };
  const record = () => deps.unitOfWork.run((tx) => recordCustomerAcceptance(tx, request));
  try {
    return await record();
  } catch (error) {
    // Two acceptances of one version at the same moment: the loser finds the winner's row and returns it.
    if (isDuplicateKey(error, 'uq_acceptance_once')) return record();
    throw error;
  }
}
