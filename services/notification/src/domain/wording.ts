/** How event values read in an email. */

/** Roles in the console's words, one table for every message and email (["RESELLER", "DELEGATED_ADMIN"] → "reseller and delegated admin"). */
export { roleList } from '@channelgraph/common/domain';

/** relationship sends a null name for a customer tenant it has not heard of. */
export const customerLabel = (name: string | null, tenantId: string) => name ?? `a customer (tenant ${tenantId})`;

export const dateOf = (iso: string) => new Date(iso).toUTCString();

/** The admin roles of delegated admin access (B1), as the console names them, in a sentence. */
const ADMIN_ROLE_NAMES: Readonly<Record<string, string>> = {
  USER_ADMINISTRATOR: 'User administrator',
  HELPDESK_ADMINISTRATOR: 'Helpdesk administrator',
  LICENSE_ADMINISTRATOR: 'License administrator',
  BILLING_ADMINISTRATOR: 'Billing administrator',
  SERVICE_SUPPORT_ADMINISTRATOR: 'Service support administrator',
  SECURITY_READER: 'Security reader',
  GLOBAL_READER: 'Global reader',
  GLOBAL_ADMINISTRATOR: 'Global administrator',
};

/** ["USER_ADMINISTRATOR", "SECURITY_READER"] → "User administrator and Security reader"; "" for none. */
export function adminRoleList(adminRoles: readonly string[]): string {
  const names = adminRoles.map((role) => ADMIN_ROLE_NAMES[role] ?? role);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const DURATION_UNITS: ReadonlyArray<[string, string]> = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
];

/** An ISO 8601 duration of admin access (P1D…P2Y) in words: "P2Y" → "2 years", "P1Y6M" → "1 year and 6 months". */
export function durationInWords(duration: string): string {
  const parts = DURATION_UNITS.flatMap(([unit, name]) => {
    const count = Number(new RegExp(`(\\d+)${unit}`).exec(duration.slice(1))?.[1] ?? 0);
    return count > 0 ? [`${count} ${name}${count === 1 ? '' : 's'}`] : [];
  });
  if (parts.length === 0) return duration;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "in 1 day", "in 30 days"; "today" when the day has come. */
export const daysLeftInWords = (daysLeft: number) => (daysLeft <= 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`);
