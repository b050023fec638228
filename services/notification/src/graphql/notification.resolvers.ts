import { hasRole, requireAccess, requireUser, Role, withoutLinkTokens } from '@channelgraph/common';
import { retryNotification } from '../application/retry-notification';
import { sendInvitationEmail } from '../application/send-invitation-email';
import { notificationWithId } from '../application/read-notifications';
import type { NotificationDeps } from './context';
import { notificationList, toGraph } from './notification-graph';
import type { Resolvers } from './schema.generated';

/** The emails of a tenant (R17's invitation emails among them), and an operator's retry of a FAILED one. */
export function notificationResolvers(deps: NotificationDeps): Resolvers {
  return {
    Mutation: {
      sendRelationshipRequestEmail: async (_, { input }, ctx) =>
        toGraph(await sendInvitationEmail(deps, requireAccess(ctx.principal, 'Mutation.sendRelationshipRequestEmail'), input)),
      retryNotification: async (_, { id }, ctx) => {
        const operator = requireAccess(ctx.principal, 'Mutation.retryNotification');
        return toGraph(
          await retryNotification({ dataSource: deps.dataSource, log: deps.log, wake: () => deps.mailer.kick() }, id, { userId: operator.userId }),
        );
      },
    },
    Query: {
      notifications: async (_, args, ctx) => {
        const principal = requireAccess(ctx.principal, 'Query.notifications');
        // Operators see every tenant's mail; everyone else only their own tenant's.
        return notificationList(deps, args, hasRole(principal, Role.PLATFORM_OPERATOR) ? { allTenants: true } : { tenantId: principal.tenantId });
      },
    },
    Notification: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await notificationWithId(deps, ref.id);
        if (!row) return null;
        return row.tenantId === principal.tenantId || hasRole(principal, Role.PLATFORM_OPERATOR) ? toGraph(row) : null;
      },
      // Only rows the caller may see get here (their own tenant's, or any for operators). A link that
      // proves a mailbox (verification, invitations) never comes back through the API: R10's proof is the email.
      // Rows are stored without such links (mail/bodies); removing them here too covers rows older than that.
      body: (row) => withoutLinkTokens(row.textBody),
    },
  };
}
