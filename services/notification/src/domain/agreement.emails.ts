import type { AgreementTemplatePublishedV1, Links } from '@channelgraph/common/domain';
import { EmailDecision, emailsTo, noEmail, send } from './emails';
import { adminRecipient, TenantAdmin } from './recipients';
import { dateOf } from './wording';

/**
 * R4: a new Customer Agreement version leaves every customer that accepted an
 * older one unable to let its partners buy until it accepts this one; their
 * global admins hear of it. The first version of a type (the seeded one)
 * supersedes nothing and nobody can be behind on it: no email.
 */
export const announcesNewCustomerAgreement = (data: AgreementTemplatePublishedV1) => data.type === 'CUSTOMER_AGREEMENT' && data.supersededTemplateId !== null;

/** AgreementTemplatePublished: the global admins of customers behind on the Customer Agreement (they accepted another version). */
export function customerAgreementUpdatedEmails(data: AgreementTemplatePublishedV1, adminsBehind: readonly TenantAdmin[], links: Links): EmailDecision {
  if (!announcesNewCustomerAgreement(data)) return noEmail;
  return send(
    emailsTo(
      // The event's subject is the agreement type; the email is about this version.
      { kind: 'CUSTOMER_AGREEMENT_UPDATED', template: 'customer-agreement-updated', tenantId: null, relatedEntityId: data.templateId },
      adminsBehind.map(adminRecipient),
      { version: data.version, publishedAt: dateOf(data.publishedAt), signInUrl: links.signIn() },
    ),
  );
}
