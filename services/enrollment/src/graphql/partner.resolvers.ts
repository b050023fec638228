import { notFound, pageRequest, requireRole, requireUser, Role } from '@channelgraph/common';
import { enrollPartner } from '../application/enroll-partner';
import { reviewEnrollment } from '../application/review-enrollment';
import { upsertMpnProfile } from '../application/upsert-mpn-profile';
import { verifyPrimaryContact } from '../application/verify-primary-contact';
import type { PartnerRow } from '../store/entities';
import { mpnProfileById } from '../store/mpn-profiles.repository';
import { partnerEnrollmentsPage } from '../store/partners.repository';
import { canSeePartner, canSeeTenant, EnrollmentContext, EnrollmentDeps, tenantOf } from './context';
import type { Resolvers } from './schema.generated';

/** Private parts of an application: its own tenant and operators only. */
const privately = <T>(ctx: EnrollmentContext, partner: PartnerRow, value: () => T): T | null =>
  ctx.principal && canSeeTenant(ctx.principal, partner.tenantId) ? value() : null;

/** Enrolment (R9–R11) and the MPN registry. */
export function partnerResolvers(deps: EnrollmentDeps): Resolvers {
  const { dataSource } = deps;
  return {
    Query: {
      partner: async (_, { id }, ctx) => {
        const principal = requireUser(ctx.principal);
        const partner = await ctx.loaders.partner.load(id);
        if (!partner || !canSeePartner(principal, partner)) throw notFound('No partner with this id is visible to you.');
        return partner;
      },
      mpnProfile: (_, { mpnId }, ctx) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return mpnProfileById(dataSource.manager, mpnId.trim());
      },
      partnerEnrollments: (_, args, ctx) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return partnerEnrollmentsPage(dataSource.manager, args.status, pageRequest(args.first, args.after));
      },
    },
    Mutation: {
      upsertMpnProfile: (_, { input }, ctx) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return upsertMpnProfile(deps, input);
      },
      enrollPartner: (_, { input }, ctx) => enrollPartner(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input),
      verifyPrimaryContact: (_, { input }) => verifyPrimaryContact(deps, input.token),
      reviewEnrollment: (_, { input }, ctx) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return reviewEnrollment(deps, input);
      },
    },
    Partner: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const partner = await ctx.loaders.partner.load(ref.id);
        return partner && canSeePartner(principal, partner) ? partner : null;
      },
      tenant: (partner, _, ctx) => tenantOf(ctx, partner),
      enrolledAt: (partner) => partner.createdAt,
      address: (partner, _, ctx) =>
        privately(ctx, partner, () => ({
          line1: partner.addressLine1,
          line2: partner.addressLine2,
          city: partner.addressCity,
          region: partner.addressRegion,
          postalCode: partner.addressPostalCode,
          country: partner.addressCountry,
        })),
      primaryContact: (partner, _, ctx) =>
        privately(ctx, partner, () => ({ firstName: partner.primaryFirstName, lastName: partner.primaryLastName, email: partner.primaryEmail, phone: partner.primaryPhone })),
      supportContact: (partner) => ({ email: partner.supportEmail, phone: partner.supportPhone, website: partner.supportWebsite }),
      rejectionReason: (partner, _, ctx) => privately(ctx, partner, () => partner.rejectionReason),
    },
  };
}
