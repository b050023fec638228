import { Connection, pageRequest } from '@channelgraph/common';
import { notificationsIn } from '../application/read-notifications';
import type { NotificationRow } from '../store/entities';
import type { NotificationFilter, NotificationScope } from '../store/notifications.repository';
import type { NotificationDeps } from './context';

/** A notification as the resolvers return it (codegen mapper): its row, plus the recipient under the schema's name. */
export type NotificationGraph = NotificationRow & { to: string };

export const toGraph = (row: NotificationRow): NotificationGraph => ({ ...row, to: row.toAddress });

/** The arguments of both lists of emails (Query.notifications, Partner.notifications). */
export interface NotificationListArgs {
  filter?: NotificationFilter | null;
  first?: number | null;
  after?: string | null;
}

/** One page of the emails `scope` allows, filtered, newest first. */
export async function notificationList(deps: NotificationDeps, args: NotificationListArgs, scope: NotificationScope): Promise<Connection<NotificationGraph>> {
  const connection = await notificationsIn(deps, scope, args.filter, pageRequest(args.first, args.after));
  return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: toGraph(edge.node) })) };
}
