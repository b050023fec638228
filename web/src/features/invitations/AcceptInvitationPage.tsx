import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { ErrorMessage, Loading, LoadError, StatusMessage } from '../../components/Feedback';
import { AdminRoleCheckboxes, useAdminRoleName, useDurationText } from '../../components/AdminRoles';
import { Checkbox } from '../../components/Field';
import type { AdminRole } from '../../gql/graphql';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { formErrorsOf } from '../../lib/errors';
import { useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages, RoleKey } from './messages';

const InvitationsByTokenDocument = graphql(`
  query InvitationsByToken($token: String!) {
    relationshipRequestByToken(token: $token) {
      id
      kind
      status
      roles
      expiresAt
      agreementRequired
      partner {
        id
        legalName
      }
      indirectProvider {
        id
        legalName
      }
      indirectProviderRoles
      adminRoles
      adminAccessDuration
      autoExtend
      relationship {
        id
        adminRoles
        adminAccessExpiresAt
      }
      agreement {
        id
        version
        documentUrl
      }
    }
  }
`);

const InvitationsCustomerAgreementDocument = graphql(`
  query InvitationsCustomerAgreement($id: ID!) {
    customer(id: $id) {
      id
      hasAcceptedCurrentAgreement
    }
  }
`);

const InvitationsAcceptDocument = graphql(`
  mutation InvitationsAccept($input: AcceptRelationshipRequestInput!) {
    acceptRelationshipRequest(input: $input) {
      id
      partnerName
      roles
      adminRoles
      status
    }
  }
`);

const InvitationsDeclineDocument = graphql(`
  mutation InvitationsDecline($input: DeclineRelationshipRequestInput!) {
    declineRelationshipRequest(input: $input) {
      id
      status
    }
  }
`);

/** The link a partner's invitation email holds (R3, R4, R5): read who invites and for what, then accept or decline. */
export function AcceptInvitationPage() {
  const t = useT(messages);
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  if (!token) {
    return (
      <Page title={t('titleClosed')}>
        <ErrorMessage>{t('missingToken')}</ErrorMessage>
      </Page>
    );
  }
  return <Invitation token={token} />;
}

/** The roles a partner asks for, each with what it lets the partner do. */
function RoleList({ roles }: { roles: readonly string[] }) {
  const t = useT(messages);
  return (
    <ul>
      {roles.map((role) => (
        <li key={role}>{t(`role${role}` as RoleKey)}</li>
      ))}
    </ul>
  );
}

/**
 * B1, B2: the admin roles a delegated admin invitation (or a change of admin access) asks for, each with what it
 * lets the partner do and a checkbox, all ticked at first; how long the access lasts and whether it extends itself.
 */
function AdminRolesAsked({
  roles,
  duration,
  autoExtend,
  change,
  approved,
  onChange,
  error,
}: {
  roles: readonly AdminRole[];
  duration: string | null | undefined;
  autoExtend: boolean;
  change: { adminRoles: readonly AdminRole[]; adminAccessExpiresAt?: string | null } | null;
  approved: readonly AdminRole[];
  onChange(next: AdminRole[]): void;
  error?: string;
}) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const roleName = useAdminRoleName();
  const durationText = useDurationText();
  return (
    <>
      <h2>{t('adminRolesHeading')}</h2>
      {change ? (
        <p>{change.adminRoles.length > 0 ? t('currentAdminRoles', { roles: change.adminRoles.map(roleName).join(', ') }) : t('noCurrentAdminRoles')}</p>
      ) : null}
      <p>{t('adminRolesIntro')}</p>
      <AdminRoleCheckboxes legend={t('adminRolesLegend')} roles={roles} checked={approved} onChange={onChange} error={error} />
      {duration ? (
        <p>{change ? t('newDuration', { duration: durationText(duration) }) : t('duration', { duration: durationText(duration) })}</p>
      ) : change?.adminAccessExpiresAt ? (
        <p>{t('expiryStays', { date: formatDate(change.adminAccessExpiresAt) })}</p>
      ) : null}
      <p>{autoExtend ? t('autoExtendAsked') : t('autoExtendNotAsked')}</p>
    </>
  );
}

function Invitation({ token }: { token: string }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const navigate = useNavigate();
  const { me, fetching: meFetching } = useMe();
  const [request, reload] = useQuery({ query: InvitationsByTokenDocument, variables: { token } });
  const tenantId = me?.tenant.id;
  const [customer] = useQuery({ query: InvitationsCustomerAgreementDocument, variables: { id: tenantId ?? '' }, pause: !tenantId });
  const accept = useFormMutation(InvitationsAcceptDocument);
  const decline = useFormMutation(InvitationsDeclineDocument);
  const [confirmRead, setConfirmRead] = useState(false);
  const [confirmingDecline, setConfirmingDecline] = useState(false);
  const confirmBox = useRef<HTMLDivElement>(null);
  // The question replaces the buttons: keyboard users land on its first answer.
  useEffect(() => {
    if (confirmingDecline) confirmBox.current?.querySelector('button')?.focus();
  }, [confirmingDecline]);
  const [declined, setDeclined] = useState(false);
  // B2: the admin roles the customer keeps ticked; null until they change one (all of those asked).
  const [approvedRoles, setApprovedRoles] = useState<AdminRole[] | null>(null);
  const [noRoleKept, setNoRoleKept] = useState(false);

  const invitation = request.data?.relationshipRequestByToken;
  const waitingForCustomer = (!me && meFetching) || (!!tenantId && customer.fetching && !customer.data);
  if ((request.fetching && !invitation) || (invitation && waitingForCustomer)) {
    return (
      <Page title={t('titleClosed')}>
        <Loading />
      </Page>
    );
  }
  if (!invitation) {
    const problem = formErrorsOf(request.error, { networkError: '', unexpectedError: '' });
    const badLink = problem.code === 'BAD_USER_INPUT' || problem.code === 'NOT_FOUND';
    return (
      <Page title={t('titleClosed')}>
        {badLink ? (
          <ErrorMessage>{t('badLink')}</ErrorMessage>
        ) : (
          <LoadError message={loadErrorText(request.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
        )}
      </Page>
    );
  }

  const partnerName = invitation.partner.legalName;
  const agreementDue = invitation.agreementRequired && !!invitation.agreement && customer.data?.customer?.hasAcceptedCurrentAgreement !== true;
  const title = agreementDue ? t('titleWithAgreement') : t('titleWithoutAgreement');

  if (declined) {
    return (
      <Page title={t('titleClosed')}>
        <StatusMessage>{t(invitation.kind === 'ADMIN_ACCESS_CHANGE' ? 'declinedChange' : 'declined', { partner: partnerName })}</StatusMessage>
        <p>
          <Link to="/partners">{t('toPartners')}</Link>
        </p>
      </Page>
    );
  }

  if (invitation.status !== 'PENDING') {
    return (
      <Page title={t('titleClosed')}>
        <ErrorMessage>{t(`status${invitation.status}` as 'statusACCEPTED')}</ErrorMessage>
        {invitation.status === 'ACCEPTED' ? (
          <p>
            <Link to="/partners">{t('toPartners')}</Link>
          </p>
        ) : null}
      </Page>
    );
  }

  const refusal = (code: string | undefined, form: string | undefined) => {
    if (code === 'FORBIDDEN' && form?.startsWith('You sent this invitation')) return t('ownInvitation');
    if (code === 'FORBIDDEN' && !form) return t('notAdmin');
    return form;
  };

  const isChange = invitation.kind === 'ADMIN_ACCESS_CHANGE';
  const asksAdminRoles = invitation.adminRoles.length > 0 && (isChange || invitation.roles.includes('DELEGATED_ADMIN'));
  const approved = approvedRoles ?? invitation.adminRoles;

  async function onAccept(event: FormEvent) {
    event.preventDefault();
    if (asksAdminRoles && approved.length === 0) {
      setNoRoleKept(true);
      return;
    }
    const input = {
      token,
      ...(agreementDue && invitation ? { acceptAgreement: { templateId: invitation.agreement!.id, confirmRead } } : {}),
      ...(asksAdminRoles ? { approvedAdminRoles: approved } : {}),
    };
    const result = await accept.submit({ input });
    const relationship = result?.data?.acceptRelationshipRequest;
    if (relationship) navigate('/partners', { state: { accepted: relationship.partnerName || partnerName } });
  }

  async function onDecline() {
    const result = await decline.submit({ input: { token } });
    if (result?.data?.declineRelationshipRequest) setDeclined(true);
    else setConfirmingDecline(false);
  }

  const confirmError =
    accept.errors.fields['acceptAgreement.confirmRead'] ?? accept.errors.fields['input.acceptAgreement.confirmRead'] ?? accept.errors.fields.acceptAgreement;
  const formError =
    refusal(accept.errors.code, accept.errors.form) ??
    refusal(decline.errors.code, decline.errors.form) ??
    accept.errors.fields.token ??
    decline.errors.fields.token ??
    accept.errors.fields['acceptAgreement.templateId'];
  const adminRolesError = noRoleKept ? t('keepOneAdminRole') : accept.errors.fields.approvedAdminRoles;

  return (
    <Page title={title}>
      <p>
        {isChange
          ? t('introChange', { partner: partnerName })
          : invitation.indirectProvider
            ? t('introWithProvider', { partner: partnerName, provider: invitation.indirectProvider.legalName })
            : t('intro', { partner: partnerName })}
      </p>
      {isChange ? null : invitation.indirectProvider && invitation.indirectProviderRoles ? (
        // R19: a combined invitation asks something of each partner; the customer sees both.
        <>
          <h2>{t('rolesHeadingOf', { partner: partnerName })}</h2>
          <RoleList roles={invitation.roles} />
          <h2>{t('rolesHeadingOf', { partner: invitation.indirectProvider.legalName })}</h2>
          <RoleList roles={invitation.indirectProviderRoles} />
        </>
      ) : (
        <>
          <h2>{t('rolesHeading')}</h2>
          <RoleList roles={invitation.roles} />
        </>
      )}
      <p>{t('expires', { date: formatDate(invitation.expiresAt) })}</p>
      <form onSubmit={onAccept} noValidate className="form">
        <ErrorMessage>{formError}</ErrorMessage>
        {asksAdminRoles ? (
          <AdminRolesAsked
            roles={invitation.adminRoles}
            duration={invitation.adminAccessDuration}
            autoExtend={invitation.autoExtend}
            change={isChange ? (invitation.relationship ?? { adminRoles: [] }) : null}
            approved={approved}
            onChange={(next) => {
              setApprovedRoles(next);
              if (next.length > 0) setNoRoleKept(false);
              if (accept.errors.fields.approvedAdminRoles) accept.clearErrors();
            }}
            error={adminRolesError}
          />
        ) : null}
        {agreementDue && invitation.agreement ? (
          <>
            <h2>{t('agreementHeading')}</h2>
            <p>{t('agreementIntro')}</p>
            <p>
              <a href={invitation.agreement.documentUrl} target="_blank" rel="noopener noreferrer">
                {t('agreementLink', { version: invitation.agreement.version })} <span className="visually-hidden">{t('newTab')}</span>
              </a>
            </p>
            <Checkbox
              label={t('confirmRead')}
              checked={confirmRead}
              onChange={(event) => {
                setConfirmRead(event.target.checked);
                if (confirmError) accept.clearErrors();
              }}
              error={confirmError}
            />
          </>
        ) : null}
        {confirmingDecline ? (
          <div className="card" role="group" ref={confirmBox} aria-labelledby="decline-question">
            <p id="decline-question">{t(isChange ? 'declineChangeQuestion' : 'declineQuestion', { partner: partnerName })}</p>
            <div className="actions">
              <Button variant="danger" busy={decline.busy} onClick={onDecline}>
                {t('confirmDecline')}
              </Button>
              <Button onClick={() => setConfirmingDecline(false)}>{t('keep')}</Button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <SubmitButton busy={accept.busy}>{agreementDue ? t('acceptAndAuthorize') : t('accept')}</SubmitButton>
            <Button onClick={() => setConfirmingDecline(true)}>{t('decline')}</Button>
          </div>
        )}
      </form>
    </Page>
  );
}
