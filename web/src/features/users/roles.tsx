import { Checkbox, CheckboxGroup } from '../../components/Field';
import type { Role } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';
import { messages } from './messages';

/** The roles a tenant's users may be given (never PLATFORM_OPERATOR), in the order the page lists them. */
export const ASSIGNABLE_ROLES: Role[] = [
  'ADMIN_AGENT',
  'SALES_AGENT',
  'HELPDESK_AGENT',
  'BILLING_ADMIN',
  'USER_MANAGEMENT_ADMIN',
  'RELATIONSHIP_ADMIN',
  'GLOBAL_ADMIN',
];

/** Only an admin agent or a global admin may give these (the graph refuses them from a user management admin). */
const POWERFUL_ROLES: Role[] = ['ADMIN_AGENT', 'GLOBAL_ADMIN'];

/** B4: a customer's global admin alone gives the relationship admin role, a customer's (the graph refuses it otherwise). */
const GLOBAL_ADMINS_ONLY: Role[] = ['RELATIONSHIP_ADMIN'];

/**
 * The roles the caller may tick: for a user management admin all but the powerful ones, for an admin agent all
 * but the relationship admin role, for a customer's global admin all; a role the user already holds always shows.
 */
export function offeredRoles(callerRoles: readonly Role[], held: readonly Role[] = [], inPartner = false): Role[] {
  const powerful = callerRoles.some((role) => POWERFUL_ROLES.includes(role));
  const globalAdmin = callerRoles.includes('GLOBAL_ADMIN') && !inPartner;
  return ASSIGNABLE_ROLES.filter(
    (role) => held.includes(role) || (GLOBAL_ADMINS_ONLY.includes(role) ? globalAdmin : powerful || !POWERFUL_ROLES.includes(role)),
  );
}

export type RoleKey = `role${Role}`;

/** A role in words. */
export function useRoleName() {
  const t = useT(messages);
  return (role: Role) => t(`role${role}` as RoleKey);
}

/** One checkbox per role, under the legend "Roles", with the graph's refusal for the group. */
export function RoleCheckboxes({ offered, value, onChange, error }: { offered: Role[]; value: Role[]; onChange(roles: Role[]): void; error?: string }) {
  const t = useT(messages);
  const roleName = useRoleName();
  return (
    <CheckboxGroup legend={t('roles')} error={error}>
      <p className="field-hint">{t('rolesHint')}</p>
      {offered.map((role) => (
        <Checkbox
          key={role}
          label={roleName(role)}
          checked={value.includes(role)}
          onChange={(event) => onChange(event.target.checked ? [...value, role] : value.filter((held) => held !== role))}
        />
      ))}
    </CheckboxGroup>
  );
}
