import type { Connection, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { NotificationRow } from '../store/entities';
import { notificationById, NotificationFilter, NotificationScope, notificationsPage } from '../store/notifications.repository';
import { partnerContactOf } from '../store/partner-contacts.repository';

type Deps = { dataSource: DataSource };

/** One page of the emails `scope` allows, filtered, newest first (Query.notifications, Partner.notifications). */
export function notificationsIn(
  deps: Deps,
  scope: NotificationScope,
  filter: NotificationFilter | null | undefined,
  page: PageRequest,
): Promise<Connection<NotificationRow>> {
  return notificationsPage(deps.dataSource.manager, scope, filter, page);
}

/** One email by id, or null; who may see it is the caller's to decide. */
export function notificationWithId(deps: Deps, id: string): Promise<NotificationRow | null> {
  return notificationById(deps.dataSource.manager, id);
}

/** The tenant a partner's emails are filed under, as enrollment announced it; null for a partner not heard of yet. */
export async function tenantOfPartner(deps: Deps, partnerId: string): Promise<string | null> {
  return (await partnerContactOf(deps.dataSource.manager, partnerId))?.tenantId ?? null;
}
