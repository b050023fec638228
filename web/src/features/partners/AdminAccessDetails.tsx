import { inRoleOrder, useAdminRoleHint, useAdminRoleName } from '../../components/AdminRoles';
import { adminRoleMessages } from '../../components/admin-roles.messages';
import { Button } from '../../components/Button';
import type { AdminAccessStatus, AdminRole } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { messages } from './messages';

/**
 * B1, B2: the partner's delegated admin access as the customer granted it: the admin roles in force, each with
 * what it lets the partner do and a Remove button (the page asks first), when the access ends, its state and
 * whether it extends itself.
 */
export function AdminAccessDetails({
  relationship,
  canRemove,
  onRemove,
}: {
  relationship: { adminRoles: readonly AdminRole[]; adminAccessExpiresAt?: string | null; adminAccessStatus: AdminAccessStatus; autoExtend: boolean };
  canRemove: boolean;
  onRemove(role: AdminRole): void;
}) {
  const t = useT(messages);
  const a = useT(adminRoleMessages);
  const formatDate = useFormatDate();
  const roleName = useAdminRoleName();
  const roleHint = useAdminRoleHint();
  const roles = inRoleOrder(relationship.adminRoles);
  return (
    <section aria-labelledby="admin-access-title">
      <h2 id="admin-access-title">{t('adminAccessTitle')}</h2>
      <dl className="details">
        <dt>{t('adminAccessStatus')}</dt>
        <dd>{a(`accessStatus_${relationship.adminAccessStatus}`)}</dd>
        <dt>{t('adminAccessExpires')}</dt>
        <dd>{relationship.adminAccessExpiresAt ? formatDate(relationship.adminAccessExpiresAt) : t('noExpiry')}</dd>
        <dt>{t('autoExtend')}</dt>
        <dd>{relationship.autoExtend ? a('autoExtendOn') : a('autoExtendOff')}</dd>
      </dl>
      <h3>{t('adminRolesGranted')}</h3>
      {roles.length === 0 ? (
        <p>{t('noAdminRoles')}</p>
      ) : (
        <ul className="admin-roles">
          {roles.map((role) => (
            <li key={role}>
              <span>
                <strong>{roleName(role)}</strong>: {roleHint(role)}
              </span>
              {canRemove ? (
                <Button onClick={() => onRemove(role)}>
                  {t('removeRole')}
                  <span className="visually-hidden"> {roleName(role)}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
