import type { AgreementTemplatePublishedV1 } from '@channelgraph/common';
import { adminsBehindOn } from './agreement-acceptances.projection';
import type { EmailRule, EmailRules } from './email.handler';
import { dateOf } from './wording';

type TemplatePublished = AgreementTemplatePublishedV1;

/**
 * R4: a new Customer Agreement version leaves every customer that accepted an
 * older one unable to let its partners buy until it accepts this one; their
 * global admins hear of it. The first version of a type (the seeded one)
 * supersedes nothing and nobody can be behind on it: no email.
 */
export const agreementRules = {
  'channelgraph.agreement.AgreementTemplatePublished.v1': {
    kind: 'CUSTOMER_AGREEMENT_UPDATED',
    template: 'customer-agreement-updated',
    when: (data) => data.type === 'CUSTOMER_AGREEMENT' && data.supersededTemplateId !== null,
    recipients: (data, { manager }) => adminsBehindOn(manager, data.templateId),
    tenantId: () => null,
    // The event's subject is the agreement type; the email is about this version.
    relatedEntityId: (event) => event.data.templateId,
    values: (data, { links }) => ({ version: data.version, publishedAt: dateOf(data.publishedAt), signInUrl: links.signIn() }),
  } satisfies EmailRule<TemplatePublished>,
} satisfies EmailRules;
