import type { Connection, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { checkLinkOpensRequest, RequestStatus } from '../domain/requests';
import type { RelationshipRequestRow } from '../store/entities';
import { requestOfLinkToken, requestsOfPartner } from '../store/requests.repository';

type Deps = { dataSource: DataSource };

/** The invitations a partner sent, newest first, of one status if given (EXPIRED as read, whether or not the sweep ran). */
export function requestsSentBy(
  deps: Deps,
  partnerId: string,
  status: RequestStatus | null | undefined,
  page: PageRequest,
): Promise<Connection<RelationshipRequestRow>> {
  return requestsOfPartner(deps.dataSource.manager, partnerId, status, page);
}

/** What an invitation link opens (R3, R13): its request, or BAD_USER_INPUT on `token` for a link that opens none. */
export async function requestOfLink(deps: Deps, token: string): Promise<RelationshipRequestRow> {
  return checkLinkOpensRequest(await requestOfLinkToken(deps.dataSource.manager, token));
}
