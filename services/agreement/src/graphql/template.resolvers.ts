import { notFound, requireRole, requireUser, Role } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { publishTemplate } from '../application/publish-template';
import { AGREEMENT_NAMES, AgreementType, PublishTemplateInput } from '../domain/templates';
import { AgreementTemplateRow } from '../store/entities';
import { currentTemplate, templatesOfType } from '../store/templates.repository';
import { AgreementContext, AgreementDeps } from './context';

/** Published agreements are public documents: any signed-in user may read them; only operators publish. */
export function templateResolvers(deps: AgreementDeps): GraphQLResolverMap<AgreementContext> {
  const { manager } = deps.dataSource;
  return {
    Query: {
      currentAgreement: async (_: unknown, { type }: { type: AgreementType }, ctx: AgreementContext) => {
        requireUser(ctx.principal);
        const current = await currentTemplate(manager, type);
        if (!current) throw notFound(`No ${AGREEMENT_NAMES[type]} is published yet.`);
        return current;
      },
      agreementTemplates: (_: unknown, { type }: { type: AgreementType }, ctx: AgreementContext) => {
        requireUser(ctx.principal);
        return templatesOfType(manager, type);
      },
    },
    Mutation: {
      publishAgreementTemplate: (_: unknown, { input }: { input: PublishTemplateInput }, ctx: AgreementContext) =>
        publishTemplate(deps, requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]), input),
    },
    AgreementTemplate: {
      __resolveReference: (ref: { id: string }, ctx: AgreementContext) => {
        requireUser(ctx.principal);
        return ctx.loaders.template.load(ref.id);
      },
      isCurrent: (template: AgreementTemplateRow) => template.currentType !== null,
    },
  };
}
