import { cursorPosition, DateTimeScalar, forbidden, listOf, notFound, pageByCreation, pageRequest, Principal, requireUser, toConnection } from '@channelgraph/common';
import { authorize } from '../application/authorize';
import { canTransact } from '../domain/authorize';
import { checkLinkOpensRequest, effectiveStatus } from '../domain/requests';
import { indirectLinkEntity, relationshipEntity, relationshipRequestEntity } from '../store/entities';
import { requestOfLinkToken } from '../store/requests.repository';
import { RelationshipContext, RelationshipDeps, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

export function readResolvers(deps: RelationshipDeps): Resolvers {
  const { dataSource } = deps;

  /** A partner's own lists are for its own tenant and operators. */
  const ownPartner = async (ctx: RelationshipContext, partnerId: string): Promise<Principal> => {
    const principal = requireUser(ctx.principal);
    const partner = await ctx.loaders.partner.load(partnerId);
    if (!partner || !visibleTo(principal, partner.tenantId)) throw forbidden('Only the partner’s own users can see its customers, links and invitations.');
    return principal;
  };

  return {
    DateTime: DateTimeScalar,
    Query: {
      relationshipRequestByToken: async (_, { token }, ctx) => {
        requireUser(ctx.principal);
        return checkLinkOpensRequest(await requestOfLinkToken(dataSource.manager, token));
      },
      authorize: (_, args, ctx) => authorize(dataSource, requireUser(ctx.principal, { allowServiceToken: true }), args),
    },
    Partner: {
      __resolveReference: (ref) => ({ id: ref.id }),
      customers: async (partner, args, ctx) => {
        await ownPartner(ctx, partner.id);
        const page = pageRequest(args.first, args.after);
        const query = dataSource
          .getRepository(relationshipEntity)
          .createQueryBuilder('r')
          .where("r.partner_id = :partnerId AND r.status = 'ACTIVE'", { partnerId: partner.id });
        const search = args.search?.trim().toLowerCase();
        if (search) query.andWhere('(r.customer_name LIKE :prefix OR r.customer_domain LIKE :prefix)', { prefix: `${search.replace(/[%_\\]/g, '\\$&')}%` });
        const list = listOf(query);
        const position = cursorPosition(page, list, ['text', 'uuid']);
        const totalCount = await query.clone().getCount();
        if (position) {
          const [name, id] = position as [string, string];
          // The first term is redundant but lets the index range start at the cursor instead of the partner's first row.
          query.andWhere('r.customer_name >= :name AND (r.customer_name > :name OR r.id > :id)', { name, id });
        }
        const rows = await query.orderBy('r.customer_name', 'ASC').addOrderBy('r.id', 'ASC').take(page.first + 1).getMany();
        return toConnection(rows, page, totalCount, list, (row) => [row.customerName, row.id]);
      },
      indirectProviders: async (partner, _, ctx) => {
        await ownPartner(ctx, partner.id);
        return dataSource.getRepository(indirectLinkEntity).find({ where: { resellerId: partner.id, status: 'ACTIVE' }, order: { establishedAt: 'ASC' } });
      },
      indirectResellers: async (partner, _, ctx) => {
        await ownPartner(ctx, partner.id);
        return dataSource.getRepository(indirectLinkEntity).find({ where: { providerId: partner.id, status: 'ACTIVE' }, order: { establishedAt: 'ASC' } });
      },
      customersSharedWith: async (partner, { providerId }, ctx) => {
        await ownPartner(ctx, partner.id);
        const link = await dataSource.getRepository(indirectLinkEntity).findOneBy({ providerId, resellerId: partner.id, status: 'ACTIVE' });
        if (!link) throw notFound('This provider is not one of your active indirect providers.');
        // R14/R16: only customers where both are resellers of record; the provider's other customers stay hidden.
        const rows: Array<{ customer_tenant_id: string }> = await dataSource.query(
          `SELECT mine.customer_tenant_id FROM relationship mine
           JOIN relationship theirs ON theirs.customer_tenant_id = mine.customer_tenant_id AND theirs.partner_id = ? AND theirs.status = 'ACTIVE'
           WHERE mine.partner_id = ? AND mine.status = 'ACTIVE' AND mine.roles LIKE '%RESELLER%' AND theirs.roles LIKE '%RESELLER%'
           ORDER BY mine.customer_name, mine.customer_tenant_id`,
          [providerId, partner.id],
        );
        return rows.map((row) => ({ id: row.customer_tenant_id }));
      },
      relationshipRequests: async (partner, args, ctx) => {
        await ownPartner(ctx, partner.id);
        const page = pageRequest(args.first, args.after);
        const query = dataSource.getRepository(relationshipRequestEntity).createQueryBuilder('q').where('q.partner_id = :partnerId', { partnerId: partner.id });
        // Expired is a reading of PENDING past its date, whether or not the sweep has stored it yet.
        if (args.status === 'EXPIRED') query.andWhere("(q.status = 'EXPIRED' OR (q.status = 'PENDING' AND q.expires_at <= NOW(3)))");
        else if (args.status === 'PENDING') query.andWhere("q.status = 'PENDING' AND q.expires_at > NOW(3)");
        else if (args.status) query.andWhere('q.status = :status', { status: args.status });
        return pageByCreation(query, 'q', page, 'DESC');
      },
    },
    Customer: {
      __resolveReference: (ref) => ({ id: ref.id }),
      relationships: (customer, _, ctx) => {
        const principal = requireUser(ctx.principal);
        if (!visibleTo(principal, customer.id)) throw forbidden('Only the customer’s own users can see all its partners.');
        return dataSource.getRepository(relationshipEntity).find({ where: { customerTenantId: customer.id, status: 'ACTIVE' }, order: { establishedAt: 'ASC' } });
      },
    },
    RelationshipRequest: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.request.load(ref.id);
        return row && visibleTo(principal, row.partnerTenantId, row.indirectProviderTenantId) ? row : null;
      },
      partner: (row) => ({ id: row.partnerId }),
      indirectProvider: (row) => (row.indirectProviderId ? { id: row.indirectProviderId } : null),
      status: (row) => effectiveStatus(row.status, row.expiresAt),
      agreementRequired: (row) => row.roles.includes('RESELLER'),
      inviteeEmail: (row, _, ctx) => (ctx.principal && visibleTo(ctx.principal, row.partnerTenantId) ? row.inviteeEmail : null),
      invitationUrl: (row) => row.invitationUrl ?? null,
      emailDraft: (row) => row.emailDraft ?? null,
    },
    Relationship: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.relationship.load(ref.id);
        return row && visibleTo(principal, row.partnerTenantId, row.customerTenantId) ? row : null;
      },
      partner: (row) => ({ id: row.partnerId }),
      customer: (row) => ({ id: row.customerTenantId }),
      adminPrivileges: (row) => row.roles.includes('DELEGATED_ADMIN'),
      canTransact: async (row, _, ctx) => canTransact(row.roles, row.status, await ctx.loaders.acceptedCurrent.load(row.customerTenantId)),
      partnerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.partnerId))?.legalName ?? '',
      customerName: (row) => row.customerName || null,
      customerDomain: (row) => row.customerDomain || null,
    },
    IndirectLink: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.link.load(ref.id);
        return row && visibleTo(principal, row.providerTenantId, row.resellerTenantId) ? row : null;
      },
      provider: (row) => ({ id: row.providerId }),
      reseller: (row) => ({ id: row.resellerId }),
      providerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.providerId))?.legalName ?? '',
      resellerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.resellerId))?.legalName ?? '',
    },
  };
}

