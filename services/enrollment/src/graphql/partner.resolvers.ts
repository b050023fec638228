import { notFound, pageByCreation, pageRequest, requireRole, requireUser, Role } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { enrollPartner } from '../application/enroll-partner';
import { upsertMpnProfile, UpsertMpnProfileInput } from '../application/mpn-profiles';
import { reviewEnrollment, ReviewInput } from '../application/review-enrollment';
import { verifyPrimaryContact } from '../application/verify-primary-contact';
import { EnrollPartnerInput } from '../domain/enrollment';
import { mpnProfileEntity, partnerEntity, PartnerRow } from '../store/entities';
import { canSeePartner, canSeeTenant, EnrollmentContext, EnrollmentDeps } from './context';

/** Private parts of an application: its own tenant and operators only. */
const privately = <T>(ctx: EnrollmentContext, partner: PartnerRow, value: () => T): T | null =>
  ctx.principal && canSeeTenant(ctx.principal, partner.tenantId) ? value() : null;

/** Enrolment (R9–R11) and the MPN registry. */
export function partnerResolvers(deps: EnrollmentDeps): GraphQLResolverMap<EnrollmentContext> {
  const { dataSource } = deps;
  return {
    Query: {
      partner: async (_: unknown, { id }: { id: string }, ctx: EnrollmentContext) => {
        const principal = requireUser(ctx.principal);
        const partner = await ctx.loaders.partner.load(id);
        if (!partner || !canSeePartner(principal, partner)) throw notFound('No partner with this id is visible to you.');
        return partner;
      },
      mpnProfile: (_: unknown, { mpnId }: { mpnId: string }, ctx: EnrollmentContext) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return dataSource.getRepository(mpnProfileEntity).findOneBy({ mpnId: mpnId.trim() });
      },
      partnerEnrollments: (_: unknown, args: { status?: string | null; first?: number | null; after?: string | null }, ctx: EnrollmentContext) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        const query = dataSource.getRepository(partnerEntity).createQueryBuilder('p');
        if (args.status) query.where('p.status = :status', { status: args.status });
        return pageByCreation(query, 'p', pageRequest(args.first, args.after), 'ASC');
      },
    },
    Mutation: {
      upsertMpnProfile: (_: unknown, { input }: { input: UpsertMpnProfileInput }, ctx: EnrollmentContext) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return upsertMpnProfile(dataSource, input);
      },
      enrollPartner: (_: unknown, { input }: { input: EnrollPartnerInput }, ctx: EnrollmentContext) =>
        enrollPartner(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input),
      verifyPrimaryContact: (_: unknown, { input }: { input: { token: string } }) => verifyPrimaryContact(deps, input.token),
      reviewEnrollment: (_: unknown, { input }: { input: ReviewInput }, ctx: EnrollmentContext) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return reviewEnrollment(deps, input);
      },
    },
    Partner: {
      __resolveReference: async (ref: { id: string }, ctx: EnrollmentContext) => {
        const principal = requireUser(ctx.principal);
        const partner = await ctx.loaders.partner.load(ref.id);
        return partner && canSeePartner(principal, partner) ? partner : null;
      },
      tenant: (partner: PartnerRow, _: unknown, ctx: EnrollmentContext) => ctx.loaders.tenant.load(partner.tenantId),
      enrolledAt: (partner: PartnerRow) => partner.createdAt,
      address: (partner: PartnerRow, _: unknown, ctx: EnrollmentContext) =>
        privately(ctx, partner, () => ({
          line1: partner.addressLine1,
          line2: partner.addressLine2,
          city: partner.addressCity,
          region: partner.addressRegion,
          postalCode: partner.addressPostalCode,
          country: partner.addressCountry,
        })),
      primaryContact: (partner: PartnerRow, _: unknown, ctx: EnrollmentContext) =>
        privately(ctx, partner, () => ({ firstName: partner.primaryFirstName, lastName: partner.primaryLastName, email: partner.primaryEmail, phone: partner.primaryPhone })),
      supportContact: (partner: PartnerRow) => ({ email: partner.supportEmail, phone: partner.supportPhone, website: partner.supportWebsite }),
      rejectionReason: (partner: PartnerRow, _: unknown, ctx: EnrollmentContext) => privately(ctx, partner, () => partner.rejectionReason),
    },
  };
}
