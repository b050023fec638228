import { pageRequest, requireRole, requireUser, Role } from '@channelgraph/common';
import { contactPartners } from '../application/contact-partners';
import { searchPartners } from '../application/search-partners';
import { updateBusinessProfile } from '../application/update-business-profile';
import type { PartnerProfileRow } from '../store/directory.entities';
import { EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** A directory entry as the BusinessProfile type resolves it: the stored fields it shows. */
export type BusinessProfileView = Pick<PartnerProfileRow, 'description' | 'city' | 'country' | 'organizationSizes' | 'keywords'>;

const asBusinessProfile = (row: PartnerProfileRow): BusinessProfileView => ({
  description: row.description,
  city: row.city,
  country: row.country,
  organizationSizes: row.organizationSizes,
  keywords: row.keywords,
});

/** The partner directory (R1): business profiles, search, and leads to partners. */
export function directoryResolvers(deps: EnrollmentDeps): Resolvers {
  return {
    Query: {
      searchPartners: async (_, args, ctx) => {
        requireUser(ctx.principal);
        const connection = await searchPartners(deps, args.filter, pageRequest(args.first, args.after));
        for (const { node } of connection.edges) ctx.loaders.partner.prime(node.id, node);
        return connection;
      },
    },
    Mutation: {
      updateBusinessProfile: async (_, { input }, ctx) => {
        const { partner, profile } = await updateBusinessProfile(deps, requireRole(ctx.principal, [Role.ADMIN_AGENT]), input);
        ctx.loaders.businessProfile.clear(partner.id).prime(partner.id, profile);
        return partner;
      },
      contactPartners: async (_, { input }, ctx) => {
        const { lead, partners } = await contactPartners(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input, { leadsPerHour: deps.settings.leadsPerHour });
        return { leadId: lead.id, contactedPartners: partners };
      },
    },
    Partner: {
      // Whoever may see the partner (Partner's own resolvers decide) may see its directory entry.
      businessProfile: async (partner, _, ctx) => {
        const row = await ctx.loaders.businessProfile.load(partner.id);
        return row ? asBusinessProfile(row) : null;
      },
    },
  };
}
