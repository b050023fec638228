import { notFound, pageRequest, requireAccess, requireUser } from '@channelgraph/common';
import { contactPartners } from '../application/contact-partners';
import { enrollPartner } from '../application/enroll-partner';
import { resendVerificationEmail } from '../application/resend-verification-email';
import { resubmitEnrollment } from '../application/resubmit-enrollment';
import { reviewEnrollment } from '../application/review-enrollment';
import { searchPartners } from '../application/search-partners';
import { updateBusinessProfile } from '../application/update-business-profile';
import { updateEnrollment } from '../application/update-enrollment';
import { verifyPrimaryContact } from '../application/verify-primary-contact';
import { rejectionReasons } from '../domain/enrollment';
import type { PartnerRow } from '../store/entities';
import { partnerEnrollments } from '../application/list-enrollments';
import { canSeePartner, canSeeTenant, EnrollmentContext, EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** Private parts of an application: its own tenant and operators only. */
const privately = <T>(ctx: EnrollmentContext, partner: PartnerRow, value: () => T): T | null =>
  ctx.principal && canSeeTenant(ctx.principal, partner.tenantId) ? value() : null;

/** Partners: enrolment (R9–R11), the directory and its leads (R1), and the partner a user works for. */
export function partnerResolvers(deps: EnrollmentDeps): Resolvers {
  return {
    Query: {
      partner: async (_, { id }, ctx) => {
        const principal = requireAccess(ctx.principal, 'Query.partner');
        const partner = await ctx.loaders.partner.load(id);
        if (!partner || !canSeePartner(principal, partner)) throw notFound('No partner with this id is visible to you.');
        return partner;
      },
      partnerEnrollments: (_, args, ctx) => {
        requireAccess(ctx.principal, 'Query.partnerEnrollments');
        return partnerEnrollments(deps, { status: args.status, search: args.search }, pageRequest(args.first, args.after));
      },
      searchPartners: async (_, args, ctx) => {
        requireAccess(ctx.principal, 'Query.searchPartners');
        const connection = await searchPartners(deps, args.filter, pageRequest(args.first, args.after));
        for (const { node } of connection.edges) ctx.loaders.partner.prime(node.id, node);
        return connection;
      },
    },
    Mutation: {
      enrollPartner: (_, { input }, ctx) => enrollPartner(deps, requireAccess(ctx.principal, 'Mutation.enrollPartner'), input),
      verifyPrimaryContact: (_, { input }) => verifyPrimaryContact(deps, input.token),
      reviewEnrollment: (_, { input }, ctx) => {
        requireAccess(ctx.principal, 'Mutation.reviewEnrollment');
        return reviewEnrollment(deps, input);
      },
      // The applicant's own steps: its tenant's global admin, as for enrollPartner.
      updateEnrollment: async (_, { input }, ctx) => {
        const partner = await updateEnrollment(deps, requireAccess(ctx.principal, 'Mutation.updateEnrollment'), input);
        ctx.loaders.partner.clear(partner.id).prime(partner.id, partner);
        return partner;
      },
      resubmitEnrollment: async (_, { input }, ctx) => {
        const partner = await resubmitEnrollment(deps, requireAccess(ctx.principal, 'Mutation.resubmitEnrollment'), input.partnerId);
        ctx.loaders.partner.clear(partner.id).prime(partner.id, partner);
        return partner;
      },
      resendVerificationEmail: (_, { input }, ctx) =>
        resendVerificationEmail(deps, requireAccess(ctx.principal, 'Mutation.resendVerificationEmail'), input.partnerId),
      updateBusinessProfile: async (_, { input }, ctx) => {
        const { partner, profile } = await updateBusinessProfile(deps, requireAccess(ctx.principal, 'Mutation.updateBusinessProfile'), input);
        ctx.loaders.businessProfile.clear(partner.id).prime(partner.id, profile);
        return partner;
      },
      contactPartners: async (_, { input }, ctx) => {
        const { lead, partners } = await contactPartners(deps, requireAccess(ctx.principal, 'Mutation.contactPartners'), input, {
          leadsPerHour: deps.settings.leadsPerHour,
        });
        return { leadId: lead.id, contactedPartners: partners };
      },
    },
    Partner: {
      // As for every entity lookup: the visibility of the root query (DESIGN §8).
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const partner = await ctx.loaders.partner.load(ref.id);
        return partner && canSeePartner(principal, partner) ? partner : null;
      },
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
        privately(ctx, partner, () => ({
          firstName: partner.primaryFirstName,
          lastName: partner.primaryLastName,
          email: partner.primaryEmail,
          phone: partner.primaryPhone,
        })),
      supportContact: (partner) => ({ email: partner.supportEmail, phone: partner.supportPhone, website: partner.supportWebsite }),
      rejectionReason: (partner, _, ctx) => privately(ctx, partner, () => partner.rejectionReason),
      // A rejection from before reason codes had only the reviewer's words: it reads as OTHER.
      rejectionReasons: (partner, _, ctx) =>
        partner.status === 'REJECTED'
          ? privately(ctx, partner, () => rejectionReasons(partner.rejectionReasonCodes ?? ['OTHER'], partner.rejectionReason))
          : null,
    },
    User: {
      partner: (user, _, ctx) => ctx.loaders.partnerOfTenant.load(user.tenantId),
    },
  };
}
