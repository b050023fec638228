import { DomainError, isDuplicateKey, Principal, relationshipsBetween, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { checkConfirmingPartner, checkPartnerConfirmation, ContactInput } from '../domain/confirmation';
import { AGREEMENT_NAMES } from '../domain/templates';
import { AcceptanceEvents } from '../events/published';
import { acceptanceByKey } from '../store/acceptances.repository';
import { programmesOf } from '../store/partners.repository';
import { agreementAcceptanceEntity, AgreementAcceptanceRow } from '../store/entities';
import { currentTemplate, factsOf, templateById } from '../store/templates.repository';

export interface ConfirmCustomerAcceptanceInput {
  customerId: string;
  templateId: string;
  dateAgreed: Date;
  contact: ContactInput;
}

const alreadyConfirmed = (version: string, existing?: AgreementAcceptanceRow) =>
  new DomainError(
    'CONFLICT',
    `This contact's acceptance of version ${version} of the ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT} is already recorded for this customer` +
      (existing ? ` (acceptance ${existing.id}, recorded ${existing.recordedAt.toISOString()})` : '') +
      '. To record another person’s acceptance, give their contact.',
    'contact',
  );

/**
 * A partner's admin or sales agent attests that the customer accepted the
 * current Customer Agreement (method CONFIRMED_BY_PARTNER), through a reseller
 * relationship of a partner that is not an indirect reseller. The same contact's
 * acceptance of a version is recorded once: a second confirmation is CONFLICT,
 * one naming another contact is a new record. Raises AgreementAccepted.
 */
export async function confirmCustomerAcceptance(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: ConfirmCustomerAcceptanceInput,
): Promise<AgreementAcceptanceRow> {
  let version: string | undefined;
  try {
    return await deps.unitOfWork.run(async ({ manager, raise }) => {
      const relationships = await relationshipsBetween(manager, principal.tenantId, input.customerId);
      // The programme of each partner those relationships belong to: an indirect reseller may not attest (R4).
      const programs = await programmesOf(
        manager,
        relationships.map((r) => r.partnerId),
      );
      const relationship = checkConfirmingPartner(principal, input.customerId, relationships, programs);
      const template = await templateById(manager, input.templateId);
      const current = await currentTemplate(manager, 'CUSTOMER_AGREEMENT');
      const valid = checkPartnerConfirmation(template && factsOf(template), current && factsOf(current), input, new Date());

      // The rule above refuses a missing template.
      const confirmed = template!;
      version = confirmed.version;
      const existing = await acceptanceByKey(manager, input.customerId, confirmed.type, confirmed.version, valid.dedupeKey);
      if (existing) throw alreadyConfirmed(confirmed.version, existing);
      const acceptance: AgreementAcceptanceRow = {
        id: randomUUID(),
        customerTenantId: input.customerId,
        templateId: confirmed.id,
        agreementType: confirmed.type,
        version: confirmed.version,
        method: 'CONFIRMED_BY_PARTNER',
        acceptedAt: valid.dateAgreed,
        acceptedByUserId: null,
        relationshipRequestId: null,
        dedupeKey: valid.dedupeKey,
        contactFirstName: valid.contact.firstName,
        contactLastName: valid.contact.lastName,
        contactEmail: valid.contact.email,
        contactPhone: valid.contact.phone,
        confirmedByPartnerId: relationship.partnerId,
        confirmedByUserId: principal.userId,
        recordedAt: new Date(),
      };
      await manager.getRepository(agreementAcceptanceEntity).insert(acceptance);
      raise(AcceptanceEvents.accepted(acceptance));
      return acceptance;
    });
  } catch (error) {
    // The same confirmation twice at the same moment: the unique key lets one in.
    if (version !== undefined && isDuplicateKey(error, 'uq_acceptance_once')) throw alreadyConfirmed(version);
    throw error;
  }
}
