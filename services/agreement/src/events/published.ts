import type { ContractEvent } from '@channelgraph/common';
import type { AgreementAcceptanceRow, AgreementTemplateRow } from '../store/entities';

/**
 * The one place where agreement's rows become published events (schema/events):
 * internal shapes never go onto Kafka directly.
 */
export const TemplateEvents = {
  /**
   * Keyed by the agreement type: consumers see the versions of one type in the order they became current.
   * `superseded`: the template a new version replaced; `translated`: the current template a translation is of.
   */
  published: (
    template: AgreementTemplateRow,
    superseded: AgreementTemplateRow | null,
    translated: AgreementTemplateRow | null = null,
  ): ContractEvent<'channelgraph.agreement.AgreementTemplatePublished.v2'> => ({
    type: 'channelgraph.agreement.AgreementTemplatePublished.v2',
    subject: template.type,
    data: {
      templateId: template.id,
      type: template.type,
      version: template.version,
      documentUrl: template.documentUrl,
      language: template.language,
      publishedAt: template.publishedAt.toISOString(),
      publishedByUserId: template.publishedByUserId,
      supersededTemplateId: superseded?.id ?? null,
      reacceptanceDeadline: template.reacceptanceDeadline?.toISOString() ?? null,
      versionsAcceptedUntilDeadline: template.versionsAcceptedUntilDeadline,
      translationOf: translated?.id ?? null,
    },
  }),
};

export const AcceptanceEvents = {
  /** Keyed by the customer: one customer's acceptances stay in order. */
  accepted: (acceptance: AgreementAcceptanceRow): ContractEvent<'channelgraph.agreement.AgreementAccepted.v1'> => ({
    type: 'channelgraph.agreement.AgreementAccepted.v1',
    subject: acceptance.customerTenantId,
    tenantId: acceptance.customerTenantId,
    data: {
      acceptanceId: acceptance.id,
      customerTenantId: acceptance.customerTenantId,
      templateId: acceptance.templateId,
      type: acceptance.agreementType,
      version: acceptance.version,
      method: acceptance.method,
      acceptedAt: acceptance.acceptedAt.toISOString(),
      acceptedByUserId: acceptance.acceptedByUserId,
      // Only a partner's confirmation names a contact (all four parts are recorded together).
      contact:
        acceptance.contactEmail !== null
          ? {
              firstName: acceptance.contactFirstName ?? '',
              lastName: acceptance.contactLastName ?? '',
              email: acceptance.contactEmail,
              phone: acceptance.contactPhone ?? '',
            }
          : null,
    },
  }),
};
