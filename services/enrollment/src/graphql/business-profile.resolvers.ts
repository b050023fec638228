import type { PartnerProfileRow } from '../store/directory.entities';
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

/** Business profiles: a partner's entry in the directory (R1); written by updateBusinessProfile (partner.resolvers). */
export function businessProfileResolvers(): Resolvers {
  return {
    Partner: {
      // Whoever may see the partner (Partner's own resolvers decide) may see its directory entry.
      businessProfile: async (partner, _, ctx) => {
        const row = await ctx.loaders.businessProfile.load(partner.id);
        return row ? asBusinessProfile(row) : null;
      },
    },
  };
}
