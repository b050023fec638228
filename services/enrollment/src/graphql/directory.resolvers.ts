import { pageRequest, requireRole, requireUser, Role } from '@channelgraph/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { contactPartners } from '../application/contact-partners';
import { searchPartners } from '../application/search-partners';
import { updateBusinessProfile } from '../application/update-business-profile';
import { partnerProfileEntity, PartnerProfileRow } from '../store/directory.entities';
import { EnrollmentContext, EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

type ProfileLoader = DataLoader<string, PartnerProfileRow | null>;

/**
 * Per-request loaders of business profiles, keyed by the request's context
 * (never shared between requests): N partners on a page cost one query.
 */
function profileLoaders(dataSource: DataSource) {
  const byContext = new WeakMap<EnrollmentContext, ProfileLoader>();
  return (ctx: EnrollmentContext): ProfileLoader => {
    let loader = byContext.get(ctx);
    if (!loader) {
      loader = new DataLoader<string, PartnerProfileRow | null>(async (partnerIds) => {
        const rows = await dataSource.getRepository(partnerProfileEntity).findBy({ partnerId: In([...partnerIds]) });
        const byPartner = new Map(rows.map((row) => [row.partnerId, row]));
        return partnerIds.map((id) => byPartner.get(id) ?? null);
      });
      byContext.set(ctx, loader);
    }
    return loader;
  };
}

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
  const profilesOf = profileLoaders(deps.dataSource);
  return {
    Query: {
      searchPartners: async (_, args, ctx) => {
        requireUser(ctx.principal);
        const connection = await searchPartners(deps.dataSource, args.filter, pageRequest(args.first, args.after));
        for (const { node } of connection.edges) ctx.loaders.partner.prime(node.id, node);
        return connection;
      },
    },
    Mutation: {
      updateBusinessProfile: async (_, { input }, ctx) => {
        const { partner, profile } = await updateBusinessProfile(deps, requireRole(ctx.principal, [Role.ADMIN_AGENT]), input);
        profilesOf(ctx).clear(partner.id).prime(partner.id, profile);
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
        const row = await profilesOf(ctx).load(partner.id);
        return row ? asBusinessProfile(row) : null;
      },
    },
  };
}
