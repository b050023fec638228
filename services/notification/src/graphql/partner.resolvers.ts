import { forbidden, hasRole, requireAccess, Role } from '@channelgraph/common';
import { tenantOfPartner } from '../application/read-notifications';
import type { NotificationDeps } from './context';
import { notificationList } from './notification-graph';
import type { Resolvers } from './schema.generated';

/** The emails of enrollment's Partner, for its own users and operators. */
export function partnerResolvers(deps: NotificationDeps): Resolvers {
  return {
    Partner: {
      __resolveReference: (ref) => ({ id: ref.id }),
      notifications: async (partner, args, ctx) => {
        const principal = requireAccess(ctx.principal, 'Partner.notifications');
        // The partner's tenant, as enrollment announced it; a partner not heard of yet has no emails here.
        const tenantId = await tenantOfPartner(deps, partner.id);
        if (!hasRole(principal, Role.PLATFORM_OPERATOR) && tenantId !== principal.tenantId) {
          throw forbidden('Only the partner’s own users can see its notifications.');
        }
        return notificationList(deps, args, tenantId ? { tenantId } : { none: true });
      },
    },
  };
}
