import { requireAccess, requireUser } from '@channelgraph/common';
import { acceptAgreement } from '../application/accept-agreement';
import { confirmCustomerAcceptance } from '../application/confirm-acceptance';
import { reacceptanceDeadlineOf } from '../domain/acceptance';
import type { AgreementTemplateRow } from '../store/entities';
import { AgreementDeps, canReadAgreementsOf, mayReadAgreementsOf } from './context';
import type { Resolvers } from './schema.generated';

/** Acceptances (R3, R4), partners' confirmations of them, and the agreement record agreement adds to enrollment's Customer. */
export function acceptanceResolvers(deps: AgreementDeps): Resolvers {
  return {
    Mutation: {
      acceptAgreement: (_, { input }, ctx) => acceptAgreement(deps, requireAccess(ctx.principal, 'Mutation.acceptAgreement'), input),
      // Which relationship lets a partner confirm is a business rule of the confirmation (domain/confirmation.ts).
      confirmCustomerAcceptance: (_, { input }, ctx) =>
        confirmCustomerAcceptance(deps, requireAccess(ctx.principal, 'Mutation.confirmCustomerAcceptance'), input),
    },
    AgreementAcceptance: {
      // Hidden (null) from anyone who may not read the customer's record: its existence is not told either.
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.acceptance.load(ref.id);
        return row && (await canReadAgreementsOf(ctx, principal, row.customerTenantId)) ? row : null;
      },
      customer: (row) => ({ id: row.customerTenantId }),
      // Never null: template_id is a foreign key to agreement_template (fk_acceptance_template).
      template: (row, _, ctx) => ctx.loaders.template.load(row.templateId) as Promise<AgreementTemplateRow>,
      // Enrollment resolves the user's name and email (the token carries only ids; see the service README).
      acceptedBy: (row) => (row.acceptedByUserId ? { id: row.acceptedByUserId } : null),
      // The four contact columns are written together (confirmCustomerAcceptance): a row with an email has all of them.
      contact: (row) =>
        row.contactEmail !== null
          ? { firstName: row.contactFirstName as string, lastName: row.contactLastName as string, email: row.contactEmail, phone: row.contactPhone as string }
          : null,
      confirmedByPartner: (row) => (row.confirmedByPartnerId ? { id: row.confirmedByPartnerId } : null),
      confirmedBy: (row) => (row.confirmedByUserId ? { id: row.confirmedByUserId } : null),
    },
    Customer: {
      // Enrollment owns customers; agreement adds their agreement record, so any id is a customer here.
      __resolveReference: (ref) => ({ id: ref.id }),
      agreementAcceptances: async (customer, _, ctx) => {
        await mayReadAgreementsOf(ctx, customer.id, 'Customer.agreementAcceptances');
        return (await ctx.loaders.acceptancesOfCustomer.load(customer.id))?.rows ?? [];
      },
      hasAcceptedCurrentAgreement: async (customer, _, ctx) => {
        await mayReadAgreementsOf(ctx, customer.id, 'Customer.hasAcceptedCurrentAgreement');
        return (await ctx.loaders.acceptedCurrent.load(customer.id)) !== null;
      },
      currentAgreementDeadline: async (customer, _, ctx) => {
        await mayReadAgreementsOf(ctx, customer.id, 'Customer.currentAgreementDeadline');
        const [current] = (await ctx.loaders.currentVersion.load('CUSTOMER_AGREEMENT'))?.templates ?? [];
        if (!current) return null;
        const accepted = ((await ctx.loaders.acceptancesOfCustomer.load(customer.id))?.rows ?? [])
          .filter((row) => row.agreementType === 'CUSTOMER_AGREEMENT')
          .map((row) => row.version);
        return reacceptanceDeadlineOf(current, accepted, new Date());
      },
    },
  };
}
