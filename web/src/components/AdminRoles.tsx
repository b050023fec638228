import { useCallback } from 'react';
import type { AdminRole } from '../gql/graphql';
import { useT } from '../i18n/i18n';
import { adminRoleMessages } from './admin-roles.messages';
import { Checkbox, CheckboxGroup } from './Field';

/** B1: every admin role, in the graph's order (least power first, GLOBAL_ADMINISTRATOR last). */
export const ADMIN_ROLES: readonly AdminRole[] = [
  'USER_ADMINISTRATOR',
  'HELPDESK_ADMINISTRATOR',
  'LICENSE_ADMINISTRATOR',
  'BILLING_ADMINISTRATOR',
  'SERVICE_SUPPORT_ADMINISTRATOR',
  'SECURITY_READER',
  'GLOBAL_READER',
  'GLOBAL_ADMINISTRATOR',
];

/** The given roles in the graph's order, each once. */
export const inRoleOrder = (roles: readonly AdminRole[]): AdminRole[] => ADMIN_ROLES.filter((role) => roles.includes(role));

/** An admin role's human name ("User administrator"). */
export function useAdminRoleName() {
  const t = useT(adminRoleMessages);
  return useCallback((role: AdminRole) => t(`adminRole_${role}`), [t]);
}

/** An admin role's one sentence: what it lets the partner do. */
export function useAdminRoleHint() {
  const t = useT(adminRoleMessages);
  return useCallback((role: AdminRole) => t(`adminRoleHint_${role}`), [t]);
}

const UNITS = {
  D: ['durationDay', 'durationDays'],
  W: ['durationWeek', 'durationWeeks'],
  M: ['durationMonth', 'durationMonths'],
  Y: ['durationYear', 'durationYears'],
} as const;

/** An ISO 8601 duration of the graph (P30D, P1Y, P1Y6M) in words ("1 year", "1 year 6 months"); anything else as written. */
export function useDurationText() {
  const t = useT(adminRoleMessages);
  return useCallback(
    (iso: string) => {
      const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i.exec(iso.trim());
      if (!match || !match.slice(1).some(Boolean)) return iso;
      const parts: string[] = [];
      (['Y', 'M', 'W', 'D'] as const).forEach((unit, index) => {
        const value = match[index + 1];
        if (!value) return;
        const n = Number(value);
        parts.push(t(UNITS[unit][n === 1 ? 0 : 1], { n }));
      });
      return parts.join(' ');
    },
    [t],
  );
}

/**
 * One checkbox per admin role, labelled with its name, its sentence beside it, under one legend with one error
 * for the group (the customer approving what a partner asks, the partner choosing what to ask or assign).
 */
export function AdminRoleCheckboxes({
  legend,
  roles,
  checked,
  onChange,
  error,
  withHints = true,
}: {
  legend: string;
  roles: readonly AdminRole[];
  checked: readonly AdminRole[];
  onChange(next: AdminRole[]): void;
  error?: string;
  withHints?: boolean;
}) {
  const name = useAdminRoleName();
  const hint = useAdminRoleHint();
  return (
    <CheckboxGroup legend={legend} error={error}>
      {inRoleOrder(roles).map((role) => (
        <Checkbox
          key={role}
          label={name(role)}
          hint={withHints ? hint(role) : undefined}
          checked={checked.includes(role)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked ? inRoleOrder([...checked, role]) : checked.filter((each) => each !== role))}
        />
      ))}
    </CheckboxGroup>
  );
}
