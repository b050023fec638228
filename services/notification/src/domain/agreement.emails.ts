import type { AgreementTemplatePublishedV1, AgreementTemplatePublishedV2, Links } from '@channelgraph/common/domain';
import { EmailDecision, emailsTo, noEmail, send } from './emails';
import { adminRecipient, TenantAdmin } from './recipients';
import { dateOf } from './wording';

type Published = AgreementTemplatePublishedV1 | AgreementTemplatePublishedV2;

/** A global admin of a customer behind on the Customer Agreement, and the version it last accepted. */
export interface AdminBehind extends TenantAdmin {
  acceptedVersion: string | null;
}

/**
 * R4: a new Customer Agreement version leaves every customer that accepted an older one unable to let its
 * partners buy until it accepts this one, or until the reacceptance deadline when the version it accepted is
 * still honoured; their global admins hear of it, with the date. The first version of a type (the seeded one)
 * supersedes nothing and nobody can be behind on it; a translation changes no version: no email.
 */
export const announcesNewCustomerAgreement = (data: Published) =>
  data.type === 'CUSTOMER_AGREEMENT' && data.supersededTemplateId !== null && !('translationOf' in data && data.translationOf !== null);

/** AgreementTemplatePublished: the global admins of customers behind on the Customer Agreement (they accepted another version). */
export function customerAgreementUpdatedEmails(data: Published, adminsBehind: readonly AdminBehind[], links: Links): EmailDecision {
  if (!announcesNewCustomerAgreement(data)) return noEmail;
  const deadline = 'reacceptanceDeadline' in data ? data.reacceptanceDeadline : null;
  const honoured = (admin: AdminBehind) =>
    deadline !== null &&
    admin.acceptedVersion !== null &&
    'versionsAcceptedUntilDeadline' in data &&
    data.versionsAcceptedUntilDeadline.includes(admin.acceptedVersion);
  // The event's subject is the agreement type; the email is about this version.
  const spec = { kind: 'CUSTOMER_AGREEMENT_UPDATED', template: 'customer-agreement-updated', tenantId: null, relatedEntityId: data.templateId };
  const values = { version: data.version, publishedAt: dateOf(data.publishedAt), signInUrl: links.signIn() };
  return send([
    ...emailsTo(spec, adminsBehind.filter((admin) => !honoured(admin)).map(adminRecipient), values),
    ...emailsTo(spec, adminsBehind.filter(honoured).map(adminRecipient), { ...values, deadline: deadline && dateOf(deadline) }),
  ]);
}
