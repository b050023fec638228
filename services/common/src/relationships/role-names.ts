/**
 * How a relationship role reads in a sentence, in every message and email channelgraph writes (the
 * invitation draft, the notification emails): the console's labels (the messages.ts of web/src/features)
 * in lower case, so a customer meets one name for one role.
 */
export const ROLE_NAMES: Readonly<Record<string, string>> = {
  RESELLER: 'reseller',
  DELEGATED_ADMIN: 'delegated admin',
  PARTNER: 'partner',
  ADVISOR: 'advisor',
  MPSA: 'multi-partner purchase (MPSA) partner',
  OEM_PC: 'OEM PC partner',
  LINE_OF_BUSINESS: 'line-of-business apps partner',
};

/** ["RESELLER", "DELEGATED_ADMIN"] → "reseller and delegated admin"; three or more: "a, b and c"; "" for none. */
export function roleList(roles: readonly string[]): string {
  const names = roles.map((role) => ROLE_NAMES[role] ?? role);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
