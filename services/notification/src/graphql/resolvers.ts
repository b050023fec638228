import {
  DateTimeScalar,
  forbidden,
  hasRole,
  pageByCreation,
  pageRequest,
  requireRole,
  requireUser,
  Role,
  RequestContextBase,
  UnitOfWork,
} from '@channelgraph/common';
import { sendInvitationEmail, SendInvitationInput } from '../application/send-invitation-email';
import type { Mailer } from '../mail/mailer';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { notificationEntity, NotificationRow } from '../store/entities';
import { partnerContactEntity } from '../store/projection.entities';
import { canReadBody } from './body-visibility';

interface NotificationFilter {
  kind?: string | null;
  status?: string | null;
  to?: string | null;
}

interface ListArgs {
  filter?: NotificationFilter | null;
  first?: number | null;
  after?: string | null;
}

const toGraph = (row: NotificationRow) => ({ ...row, to: row.toAddress });

export interface NotificationDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  mailer: Mailer;
}

/** Who may send an invitation's email: the roles that may create invitations. */
const INVITERS = [Role.ADMIN_AGENT, Role.SALES_AGENT] as const;

export function createResolvers(deps: NotificationDeps): GraphQLResolverMap<RequestContextBase> {
  const repository = deps.dataSource.getRepository(notificationEntity);

  /** One page of the emails `scope` allows, filtered, newest first. */
  const list = async (args: ListArgs, scope: (query: SelectQueryBuilder<NotificationRow>) => void) => {
    const page = pageRequest(args.first, args.after);
    const query = repository.createQueryBuilder('n');
    scope(query);
    if (args.filter?.kind) query.andWhere('n.kind = :kind', { kind: args.filter.kind });
    if (args.filter?.status) query.andWhere('n.status = :status', { status: args.filter.status });
    if (args.filter?.to) query.andWhere('n.to_address = :to', { to: args.filter.to.toLowerCase() });
    const connection = await pageByCreation(query, 'n', page, 'DESC');
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: toGraph(edge.node) })) };
  };

  return {
    DateTime: DateTimeScalar,
    Mutation: {
      sendRelationshipRequestEmail: async (_: unknown, { input }: { input: SendInvitationInput }, ctx: RequestContextBase) =>
        toGraph(await sendInvitationEmail(deps, requireRole(ctx.principal, INVITERS), input)),
    },
    Query: {
      notifications: async (_: unknown, args: ListArgs, ctx: RequestContextBase) => {
        const principal = requireUser(ctx.principal);
        // Operators see every tenant's mail; everyone else only their own tenant's.
        return list(args, (query) => {
          if (!hasRole(principal, Role.PLATFORM_OPERATOR)) query.andWhere('n.tenant_id = :tenantId', { tenantId: principal.tenantId });
        });
      },
    },
    Notification: {
      __resolveReference: async (ref: { id: string }, ctx: RequestContextBase) => {
        const principal = requireUser(ctx.principal);
        const row = await repository.findOneBy({ id: ref.id });
        if (!row) return null;
        return row.tenantId === principal.tenantId || hasRole(principal, Role.PLATFORM_OPERATOR) ? toGraph(row) : null;
      },
      body: async (row: NotificationRow, _: unknown, ctx: RequestContextBase) =>
        ((await canReadBody(deps.dataSource.manager, requireUser(ctx.principal), row)) ? row.textBody : null),
    },
    Partner: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      notifications: async (partner: { id: string }, args: ListArgs, ctx: RequestContextBase) => {
        const principal = requireUser(ctx.principal);
        // The partner's tenant, as enrollment announced it; a partner not heard of yet has no emails here.
        const contact = await deps.dataSource.getRepository(partnerContactEntity).findOneBy({ partnerId: partner.id });
        if (!hasRole(principal, Role.PLATFORM_OPERATOR) && contact?.tenantId !== principal.tenantId) {
          throw forbidden('Only the partner’s own users can see its notifications.');
        }
        return list(args, (query) => {
          if (contact) query.andWhere('n.tenant_id = :tenantId', { tenantId: contact.tenantId });
          else query.andWhere('1 = 0');
        });
      },
    },
  };
}
