/** How event values read in an email. */

/** Roles in the console's words, one table for every message and email (["RESELLER", "DELEGATED_ADMIN"] → "reseller and delegated admin"). */
export { roleList } from '@channelgraph/common/domain';

/** relationship sends a null name for a customer tenant it has not heard of. */
export const customerLabel = (name: string | null, tenantId: string) => name ?? `a customer (tenant ${tenantId})`;

export const dateOf = (iso: string) => new Date(iso).toUTCString();
