import {
  DateTimeScalar,
  forbidden,
  Links,
  hasRole,
  Logger,
  pageByCreation,
  pageRequest,
  requireRole,
  requireUser,
  Role,
  UnitOfWork,
  withoutLinkTokens,
} from '@channelgraph/common';
import { retryNotification } from '../application/retry-notification';
import { InvitationEmailThrottles, sendInvitationEmail } from '../application/send-invitation-email';
import type { EmailBodies } from '../mail/bodies';
import type { Mailer } from '../mail/mailer';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { notificationEntity, NotificationRow } from '../store/entities';
import { partnerContactEntity } from '../store/projection.entities';
import type { PartnerNotificationsArgs, QueryNotificationsArgs, Resolvers } from './schema.generated';

/** A notification as the resolvers return it (codegen mapper): its row, plus the recipient under the schema's name. */
export type NotificationGraph = NotificationRow & { to: string };

const toGraph = (row: NotificationRow): NotificationGraph => ({ ...row, to: row.toAddress });

export interface NotificationDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  mailer: Mailer;
  bodies: EmailBodies;
  links: Links;
  log: Logger;
  /** R17's emails per partner tenant, and per invitation (DESIGN §8). */
  invitationEmailThrottles: InvitationEmailThrottles;
}

/** Who may send an invitation's email: the roles that may create invitations. */
const INVITERS = [Role.ADMIN_AGENT, Role.SALES_AGENT] as const;

export function createResolvers(deps: NotificationDeps): Resolvers {
  const repository = deps.dataSource.getRepository(notificationEntity);

  /** One page of the emails `scope` allows, filtered, newest first. */
  const list = async (args: QueryNotificationsArgs | PartnerNotificationsArgs, scope: (query: SelectQueryBuilder<NotificationRow>) => void) => {
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
      sendRelationshipRequestEmail: async (_, { input }, ctx) =>
        toGraph(await sendInvitationEmail(deps, requireRole(ctx.principal, INVITERS), input)),
      retryNotification: async (_, { id }, ctx) => {
        const operator = requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return toGraph(await retryNotification({ dataSource: deps.dataSource, log: deps.log, wake: () => deps.mailer.kick() }, id, { userId: operator.userId }));
      },
    },
    Query: {
      notifications: async (_, args, ctx) => {
        const principal = requireUser(ctx.principal);
        // Operators see every tenant's mail; everyone else only their own tenant's.
        return list(args, (query) => {
          if (!hasRole(principal, Role.PLATFORM_OPERATOR)) query.andWhere('n.tenant_id = :tenantId', { tenantId: principal.tenantId });
        });
      },
    },
    Notification: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await repository.findOneBy({ id: ref.id });
        if (!row) return null;
        return row.tenantId === principal.tenantId || hasRole(principal, Role.PLATFORM_OPERATOR) ? toGraph(row) : null;
      },
      // Only rows the caller may see get here (their own tenant's, or any for operators). A link that
      // proves a mailbox (verification, invitations) never comes back through the API: R10's proof is the email.
      // Rows are stored without such links (mail/bodies); removing them here too covers rows older than that.
      body: (row) => withoutLinkTokens(row.textBody),
    },
    Partner: {
      __resolveReference: (ref) => ({ id: ref.id }),
      notifications: async (partner, args, ctx) => {
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
