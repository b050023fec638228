import { DateTimeScalar, mergeResolvers } from '@channelgraph/common';
import type { NotificationDeps } from './context';
import type { NotificationGraph } from './notification-graph';
import { notificationResolvers } from './notification.resolvers';
import { partnerResolvers } from './partner.resolvers';
import type { Resolvers } from './schema.generated';

export type { NotificationDeps, NotificationGraph };

export function createResolvers(deps: NotificationDeps): Resolvers {
  return mergeResolvers({ DateTime: DateTimeScalar }, notificationResolvers(deps), partnerResolvers(deps));
}
