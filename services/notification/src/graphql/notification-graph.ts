import { Connection, pageRequest } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import type { NotificationRow } from '../store/entities';
import { NotificationFilter, NotificationScope, notificationsPage } from '../store/notifications.repository';

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
export async function notificationList(manager: EntityManager, args: NotificationListArgs, scope: NotificationScope): Promise<Connection<NotificationGraph>> {
  const page = pageRequest(args.first, args.after);
  const connection = await notificationsPage(manager, scope, args.filter, page);
  return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: toGraph(edge.node) })) };
}
