import { pageRequest, requireAccess } from '@channelgraph/common';
import { answerReferral, createReferral, listReferrals } from '../application/referrals';
import { mayReadPartnerLists, RelationshipDeps } from './context';
import type { Resolvers } from './schema.generated';

/** R18 vendor referrals: operators refer customers to partners; each partner accepts or declines those made to it. */
export function referralResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Query: {
      referrals: (_, args, ctx) => {
        requireAccess(ctx.principal, 'Query.referrals');
        return listReferrals(deps, null, args.status, pageRequest(args.first, args.after));
      },
    },
    Mutation: {
      createReferral: (_, { input }, ctx) => createReferral(deps, requireAccess(ctx.principal, 'Mutation.createReferral'), input),
      acceptReferral: (_, { input }, ctx) =>
        answerReferral(deps, requireAccess(ctx.principal, 'Mutation.acceptReferral'), { referralId: input.referralId, answer: 'accept' }),
      declineReferral: (_, { input }, ctx) =>
        answerReferral(deps, requireAccess(ctx.principal, 'Mutation.declineReferral'), {
          referralId: input.referralId,
          answer: 'decline',
          reason: input.reason,
        }),
    },
    Partner: {
      referrals: async (partner, args, ctx) => {
        await mayReadPartnerLists(ctx, partner.id, 'Partner.referrals');
        return listReferrals(deps, partner.id, args.status, pageRequest(args.first, args.after));
      },
    },
    Referral: {
      partner: (row) => ({ id: row.partnerId }),
      partnerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.partnerId))?.legalName ?? '',
    },
  };
}
