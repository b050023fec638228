import { requireRole, requireUser, Role } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { acceptAgreement, AcceptAgreementInput } from '../application/accept-agreement';
import { confirmCustomerAcceptance, ConfirmCustomerAcceptanceInput } from '../application/confirm-acceptance';
import { AgreementAcceptanceRow } from '../store/entities';
import { AgreementContext, AgreementDeps, canReadAgreementsOf, mayReadAgreementsOf } from './context';

/** Acceptances (R3, R4), partners' confirmations of them, and the agreement record agreement adds to enrollment's Customer. */
export function acceptanceResolvers(deps: AgreementDeps): GraphQLResolverMap<AgreementContext> {
  return {
    Mutation: {
      acceptAgreement: (_: unknown, { input }: { input: AcceptAgreementInput }, ctx: AgreementContext) =>
        acceptAgreement(deps, requireRole(ctx.principal, [Role.GLOBAL_ADMIN]), input),
      // The roles and the relationship are business rules of the confirmation (domain/confirmation.ts).
      confirmCustomerAcceptance: (_: unknown, { input }: { input: ConfirmCustomerAcceptanceInput }, ctx: AgreementContext) =>
        confirmCustomerAcceptance(deps, requireUser(ctx.principal), input),
    },
    AgreementAcceptance: {
      // Hidden (null) from anyone who may not read the customer's record: its existence is not told either.
      __resolveReference: async (ref: { id: string }, ctx: AgreementContext) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.acceptance.load(ref.id);
        return row && (await canReadAgreementsOf(ctx, principal, row.customerTenantId)) ? row : null;
      },
      customer: (row: AgreementAcceptanceRow) => ({ id: row.customerTenantId }),
      template: (row: AgreementAcceptanceRow, _: unknown, ctx: AgreementContext) => ctx.loaders.template.load(row.templateId),
      // Enrollment resolves the user's name and email (the token carries only ids; see the service README).
      acceptedBy: (row: AgreementAcceptanceRow) => (row.acceptedByUserId ? { id: row.acceptedByUserId } : null),
      contact: (row: AgreementAcceptanceRow) =>
        row.contactEmail !== null ? { firstName: row.contactFirstName, lastName: row.contactLastName, email: row.contactEmail, phone: row.contactPhone } : null,
      confirmedByPartner: (row: AgreementAcceptanceRow) => (row.confirmedByPartnerId ? { id: row.confirmedByPartnerId } : null),
      confirmedBy: (row: AgreementAcceptanceRow) => (row.confirmedByUserId ? { id: row.confirmedByUserId } : null),
    },
    Customer: {
      // Enrollment owns customers; agreement adds their agreement record, so any id is a customer here.
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      agreementAcceptances: async (customer: { id: string }, _: unknown, ctx: AgreementContext) => {
        await mayReadAgreementsOf(ctx, customer.id);
        return (await ctx.loaders.acceptancesOfCustomer.load(customer.id))?.rows ?? [];
      },
      hasAcceptedCurrentAgreement: async (customer: { id: string }, _: unknown, ctx: AgreementContext) => {
        await mayReadAgreementsOf(ctx, customer.id);
        return (await ctx.loaders.acceptedCurrent.load(customer.id)) !== null;
      },
    },
  };
}
