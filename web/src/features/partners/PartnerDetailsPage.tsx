import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useAdminRoleName } from '../../components/AdminRoles';
import { Button } from '../../components/Button';
import { ErrorMessage, Loading, LoadError, StatusMessage } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { AdminRole } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { AdminAccessDetails } from './AdminAccessDetails';
import { AgreementNotice } from './AgreementNotice';
import { messages, RoleKey } from './messages';
import { PartnerAssignment } from './PartnerAssignment';
import type { PartnersListState } from './PartnersPage';

const PartnersDetailsDocument = graphql(`
  query PartnersDetails($id: ID!) {
    customer(id: $id) {
      id
      hasAcceptedCurrentAgreement
      relationships {
        id
        partnerName
        roles
        adminPrivileges
        status
        canTransact
        establishedAt
        adminRoles
        adminAccessExpiresAt
        adminAccessStatus
        autoExtend
        assignedUser {
          id
          fullName
          email
        }
      }
    }
  }
`);

const PartnersRemoveAdminDocument = graphql(`
  mutation PartnersRemoveAdmin($input: RemoveAdminPrivilegesInput!) {
    removeAdminPrivileges(input: $input) {
      id
      roles
      adminPrivileges
      status
      canTransact
    }
  }
`);

const PartnersRemoveAdminRoleDocument = graphql(`
  mutation PartnersRemoveAdminRole($input: RemoveAdminRolesInput!) {
    removeAdminRoles(input: $input) {
      id
      roles
      adminPrivileges
      adminRoles
      adminAccessStatus
    }
  }
`);

const PartnersDeleteDocument = graphql(`
  mutation PartnersDelete($input: DeleteRelationshipInput!) {
    deleteRelationship(input: $input) {
      id
      status
    }
  }
`);

/** One partner of the customer: its roles, the user it works with (R2 PARTNER role), and removing its admin roles (R6) or deleting it (R7). */
export function PartnerDetailsPage() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const navigate = useNavigate();
  const { relationshipId } = useParams();
  const { me, error: meError } = useMe();
  const tenantId = me?.tenant.id;
  const [result, reload] = useQuery({
    query: PartnersDetailsDocument,
    variables: { id: tenantId ?? '' },
    pause: !tenantId,
    requestPolicy: 'cache-and-network',
  });
  const removeAdmin = useFormMutation(PartnersRemoveAdminDocument);
  const removeRole = useFormMutation(PartnersRemoveAdminRoleDocument);
  const remove = useFormMutation(PartnersDeleteDocument);
  const roleName = useAdminRoleName();
  // B2: one admin role the customer takes away, with its own question.
  const [confirming, setConfirming] = useState<'removeAdmin' | 'delete' | { role: AdminRole } | null>(null);
  const confirmBox = useRef<HTMLDivElement>(null);
  // The question replaces the buttons: keyboard users land on its first answer.
  useEffect(() => {
    if (confirming) confirmBox.current?.querySelector('button')?.focus();
  }, [confirming]);
  const [removed, setRemoved] = useState(false);
  const [removedRole, setRemovedRole] = useState<AdminRole | null>(null);

  const customer = result.data?.customer;
  const error = result.error ?? meError;
  if (!customer) {
    return (
      <Page title={t('listTitle')}>
        {error ? <LoadError message={loadErrorText(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} /> : <Loading />}
      </Page>
    );
  }
  const relationship = customer.relationships.find((candidate) => candidate.id === relationshipId);
  if (!relationship) {
    return (
      <Page title={t('listTitle')}>
        <ErrorMessage>{t('notFound')}</ErrorMessage>
        <p>
          <Link to="/partners">{t('backToList')}</Link>
        </p>
      </Page>
    );
  }
  const partner = relationship.partnerName;

  function clearOutcomes() {
    setRemoved(false);
    setRemovedRole(null);
    removeAdmin.clearErrors();
    removeRole.clearErrors();
    remove.clearErrors();
  }

  async function onRemoveRole(role: AdminRole) {
    clearOutcomes();
    const done = await removeRole.submit({ input: { relationshipId: relationship!.id, adminRoles: [role] } });
    setConfirming(null);
    if (done?.data?.removeAdminRoles) {
      setRemovedRole(role);
      reload({ requestPolicy: 'network-only' });
    }
  }

  async function onRemoveAdmin() {
    clearOutcomes();
    const done = await removeAdmin.submit({ input: { relationshipId: relationship!.id } });
    setConfirming(null);
    if (done?.data?.removeAdminPrivileges) {
      setRemoved(true);
      reload({ requestPolicy: 'network-only' });
    }
  }

  async function onDelete() {
    clearOutcomes();
    const done = await remove.submit({ input: { relationshipId: relationship!.id } });
    setConfirming(null);
    if (done?.data?.deleteRelationship) navigate('/partners', { state: { deleted: partner } satisfies PartnersListState });
  }

  const refusal =
    removeAdmin.errors.form ??
    removeRole.errors.form ??
    remove.errors.form ??
    Object.values(removeAdmin.errors.fields)[0] ??
    Object.values(removeRole.errors.fields)[0] ??
    Object.values(remove.errors.fields)[0];
  const lastRole = relationship.adminRoles.length === 1;
  const question =
    confirming === 'removeAdmin'
      ? t('removeAdminQuestion', { partner })
      : confirming === 'delete'
        ? t('deleteQuestion', { partner })
        : confirming
          ? t(lastRole ? 'removeLastRoleQuestion' : 'removeRoleQuestion', { partner, role: roleName(confirming.role) })
          : '';

  return (
    <Page title={t('detailsTitle', { partner })}>
      <p>
        <Link to="/partners">{t('backToList')}</Link>
      </p>
      {removed ? <StatusMessage>{t('removed', { partner })}</StatusMessage> : null}
      {removedRole ? <StatusMessage>{t('removedRole', { partner, role: roleName(removedRole) })}</StatusMessage> : null}
      <ErrorMessage>{refusal}</ErrorMessage>
      {!customer.hasAcceptedCurrentAgreement && relationship.roles.includes('RESELLER') ? <AgreementNotice /> : null}
      <dl className="details">
        <dt>{t('name')}</dt>
        <dd>{partner}</dd>
        <dt>{t('roles')}</dt>
        <dd>{relationship.roles.length > 0 ? relationship.roles.map((role) => t(`role${role}` as RoleKey)).join(', ') : t('noRoles')}</dd>
        <dt>{t('adminPrivileges')}</dt>
        <dd>{relationship.adminPrivileges ? t('yes') : t('no')}</dd>
        <dt>{t('canTransact')}</dt>
        <dd>{relationship.canTransact ? t('yes') : t('no')}</dd>
        <dt>{t('status')}</dt>
        <dd>{t(`status${relationship.status}`)}</dd>
        <dt>{t('established')}</dt>
        <dd>{formatDate(relationship.establishedAt)}</dd>
      </dl>
      {relationship.roles.includes('DELEGATED_ADMIN') || relationship.adminAccessStatus !== 'NONE' ? (
        <AdminAccessDetails
          relationship={relationship}
          canRemove={relationship.status === 'ACTIVE' && may(me, 'Mutation.removeAdminRoles') && !confirming}
          onRemove={(role) => setConfirming({ role })}
        />
      ) : null}
      {relationship.status === 'ACTIVE' && relationship.roles.includes('PARTNER') ? (
        <PartnerAssignment
          relationshipId={relationship.id}
          partner={partner}
          assignedUser={relationship.assignedUser ?? null}
          canChange={may(me, 'Mutation.assignUserToPartner')}
          onChanged={() => reload({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {confirming ? (
        <div className="card" role="group" ref={confirmBox} aria-labelledby="confirm-question">
          <p id="confirm-question">{question}</p>
          <div className="actions">
            {typeof confirming === 'object' ? (
              <Button variant="danger" busy={removeRole.busy} onClick={() => onRemoveRole(confirming.role)}>
                {t('confirmRemove')}
              </Button>
            ) : confirming === 'removeAdmin' ? (
              <Button variant="danger" busy={removeAdmin.busy} onClick={onRemoveAdmin}>
                {t('confirmRemove')}
              </Button>
            ) : (
              <Button variant="danger" busy={remove.busy} onClick={onDelete}>
                {t('confirmDelete')}
              </Button>
            )}
            <Button onClick={() => setConfirming(null)}>{t('cancel')}</Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {relationship.adminPrivileges ? <Button onClick={() => setConfirming('removeAdmin')}>{t('removeAdmin')}</Button> : null}
          <Button variant="danger" onClick={() => setConfirming('delete')}>
            {t('deletePartner')}
          </Button>
        </div>
      )}
    </Page>
  );
}
