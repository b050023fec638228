/** How event values read in an email. */

const ROLE_NAMES: Record<string, string> = {
  RESELLER: 'reseller',
  DELEGATED_ADMIN: 'delegated admin',
  PARTNER: 'partner',
  ADVISOR: 'advisor',
  MPSA: 'multi-partner purchase (MPSA) partner',
  OEM_PC: 'OEM PC partner',
  LINE_OF_BUSINESS: 'line-of-business apps partner',
};

/** ["RESELLER", "DELEGATED_ADMIN"] → "reseller and delegated admin"; "" for none. */
export function roleList(roles: readonly string[]): string {
  const names = roles.map((role) => ROLE_NAMES[role] ?? role);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** relationship sends a null name for a customer tenant it has not heard of. */
export const customerLabel = (name: string | null, tenantId: string) => name ?? `a customer (tenant ${tenantId})`;

export const dateOf = (iso: string) => new Date(iso).toUTCString();
