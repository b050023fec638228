import type { Connection, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { ServiceTokenRow } from '../store/entities';
import { serviceTokensPage } from '../store/service-tokens.repository';

/** The service tokens an operator made, newest first (the tokens themselves are never stored). */
export function serviceTokens(deps: { dataSource: DataSource }, page: PageRequest): Promise<Connection<ServiceTokenRow>> {
  return serviceTokensPage(deps.dataSource.manager, page);
}
