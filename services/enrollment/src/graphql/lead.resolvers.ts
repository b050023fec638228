import { forbidden, pageRequest, requireAccess } from '@channelgraph/common';
import { answerLead, leadsOf } from '../application/leads';
import { EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** R18: the leads customers send partners from the directory, as each partner works them. */
export function leadResolvers(deps: EnrollmentDeps): Resolvers {
  return {
    Mutation: {
      answerLead: (_, { input }, ctx) => answerLead(deps, requireAccess(ctx.principal, 'Mutation.answerLead'), input),
    },
    Partner: {
      leads: (partner, args, ctx) => {
        const principal = requireAccess(ctx.principal, 'Partner.leads');
        // The customer wrote to the partners it chose: a partner's leads are for that partner's own users.
        if (principal.tenantId !== partner.tenantId) throw forbidden('Only the partner’s own users can read its leads.');
        return leadsOf(deps, partner.id, args.status, pageRequest(args.first, args.after));
      },
    },
    Lead: {
      id: (view) => view.lead.id,
      need: (view) => view.lead.need,
      contactEmail: (view) => view.lead.contactEmail,
      customer: async (view, _, ctx) => {
        // The lead's sender is shown to the partners it wrote to, whether or not it is their customer yet.
        const tenant = await ctx.loaders.tenant.load(view.lead.customerTenantId);
        if (!tenant) throw new Error(`The lead ${view.lead.id} names a tenant that does not exist.`);
        return { ...tenant, tenant };
      },
      status: (view) => view.recipient.status,
      createdAt: (view) => view.lead.createdAt,
      answeredAt: (view) => view.recipient.answeredAt,
    },
  };
}
