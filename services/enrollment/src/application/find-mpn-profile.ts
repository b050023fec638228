import type { DataSource } from 'typeorm';
import type { MpnProfileRow } from '../store/entities';
import { mpnProfileById } from '../store/mpn-profiles.repository';

/** An MPN profile of the registry (R10), by its id as typed (blanks around it ignored); null when unknown. */
export function findMpnProfile(deps: { dataSource: DataSource }, mpnId: string): Promise<MpnProfileRow | null> {
  return mpnProfileById(deps.dataSource.manager, mpnId.trim());
}
