import { checkMpnId, invalid } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { checkCountry, checkName } from '../domain/sign-up';
import type { MpnProfileRow } from '../store/entities';
import { saveMpnProfile } from '../store/mpn-profiles.repository';

export interface UpsertMpnProfileInput {
  mpnId: string;
  organizationName: string;
  country: string;
  status: string;
}

/** Reference data a platform operator maintains: the partner-membership registry (R10). */
export async function upsertMpnProfile(deps: { dataSource: DataSource }, input: UpsertMpnProfileInput): Promise<MpnProfileRow> {
  if (input.status !== 'ACTIVE' && input.status !== 'INACTIVE') throw invalid('status', 'status must be ACTIVE or INACTIVE.');
  const row: MpnProfileRow = {
    mpnId: checkMpnId('mpnId', input.mpnId),
    organizationName: checkName('organizationName', input.organizationName),
    country: checkCountry('country', input.country),
    status: input.status,
    updatedAt: new Date(),
  };
  await saveMpnProfile(deps.dataSource.manager, row);
  return row;
}
