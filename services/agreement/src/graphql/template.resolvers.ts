import { notFound, requireAccess, requireUser } from '@channelgraph/common';
import { listTemplates } from '../application/list-templates';
import { publishTemplate } from '../application/publish-template';
import { AGREEMENT_NAMES, inLanguage } from '../domain/templates';
import { AgreementDeps } from './context';
import type { Resolvers } from './schema.generated';

/** Published agreements are public documents: any signed-in user may read them; only operators publish. */
export function templateResolvers(deps: AgreementDeps): Resolvers {
  return {
    Query: {
      currentAgreement: async (_, { type, language }, ctx) => {
        requireAccess(ctx.principal, 'Query.currentAgreement');
        const current = inLanguage((await ctx.loaders.currentVersion.load(type))?.templates ?? [], language);
        if (!current) throw notFound(`No ${AGREEMENT_NAMES[type]} is published yet.`);
        return current;
      },
      agreementTemplates: (_, { type }, ctx) => {
        requireAccess(ctx.principal, 'Query.agreementTemplates');
        return listTemplates(deps, type);
      },
    },
    Mutation: {
      publishAgreementTemplate: (_, { input }, ctx) => publishTemplate(deps, requireAccess(ctx.principal, 'Mutation.publishAgreementTemplate'), input),
    },
    AgreementTemplate: {
      __resolveReference: (ref, ctx) => {
        requireUser(ctx.principal);
        return ctx.loaders.template.load(ref.id);
      },
      isCurrent: (template) => template.supersededAt === null,
    },
  };
}
