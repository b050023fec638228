import { FormEvent, useEffect, useRef, useState } from 'react';
import { ADMIN_ROLES, AdminRoleCheckboxes, inRoleOrder, useAdminRoleName } from '../../components/AdminRoles';
import { adminRoleMessages } from '../../components/admin-roles.messages';
import { Button, SubmitButton } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { graphql } from '../../gql';
import type { AdminAccessStatus, AdminRole } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { useMe } from '../../lib/me';
import { useFormMutation } from '../../lib/use-form-mutation';
import { AdminAccessAssignments } from './AdminAccessAssignments';
import { DURATIONS, messages } from './messages';

const SetAutoExtendDocument = graphql(`
  mutation CustomerDetailsSetAutoExtend($input: SetAutoExtendInput!) {
    setAutoExtend(input: $input) {
      id
      autoExtend
      adminAccessExpiresAt
      adminAccessStatus
      adminRoles
    }
  }
`);

const RequestAdminAccessChangeDocument = graphql(`
  mutation CustomerDetailsRequestAdminAccessChange($input: RequestAdminAccessChangeInput!) {
    requestAdminAccessChange(input: $input) {
      id
      kind
      adminRoles
      adminAccessDuration
      invitationUrl
      emailDraft {
        subject
        body
      }
    }
  }
`);

export interface AdminAccess {
  id: string;
  adminRoles: AdminRole[];
  adminAccessExpiresAt?: string | null;
  adminAccessStatus: AdminAccessStatus;
  autoExtend: boolean;
  status: string;
}

interface ChangeRequested {
  invitationUrl: string;
  subject: string;
  body: string;
}

/** B2: the change was asked for; the customer's admins are emailed its link, which the partner may also pass on. */
function ChangeRequestedPanel({ change, onDone }: { change: ChangeRequested; onDone(): void }) {
  const t = useT(messages);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(`${change.subject}\n\n${change.body}`);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="card" aria-labelledby="change-requested-title">
      <h3 id="change-requested-title" ref={heading} tabIndex={-1}>
        {t('changeRequestedTitle')}
      </h3>
      <p>{t('changeRequestedIntro')}</p>
      <div className="form form-wide">
        <TextField label={t('changeLink')} value={change.invitationUrl} readOnly />
        <TextField label={t('changeSubject')} value={change.subject} readOnly />
        <TextArea label={t('changeMessage')} value={change.body} readOnly rows={10} />
        {copied === 'yes' ? <StatusMessage>{t('copied')}</StatusMessage> : null}
        {copied === 'failed' ? <ErrorMessage>{t('copyFailed')}</ErrorMessage> : null}
        <div className="actions">
          <Button onClick={onCopy}>{t('copy')}</Button>
          <Button onClick={onDone}>{t('done')}</Button>
        </div>
      </div>
    </section>
  );
}

/** B2: the admin roles the partner asks to hold after the change, and a new duration (or the expiry kept). */
function ChangeAdminRolesForm({ access, onClose }: { access: AdminAccess; onClose(): void }) {
  const t = useT(messages);
  const request = useFormMutation(RequestAdminAccessChangeDocument);
  const [roles, setRoles] = useState<AdminRole[]>(inRoleOrder(access.adminRoles));
  const [duration, setDuration] = useState('');
  const [noRole, setNoRole] = useState(false);
  const [requested, setRequested] = useState<ChangeRequested | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (roles.length === 0) {
      setNoRole(true);
      return;
    }
    const result = await request.submit({ input: { relationshipId: access.id, adminRoles: roles, adminAccessDuration: duration || null } });
    const created = result?.data?.requestAdminAccessChange;
    if (created?.invitationUrl && created.emailDraft) {
      setRequested({ invitationUrl: created.invitationUrl, subject: created.emailDraft.subject, body: created.emailDraft.body });
    }
  }

  if (requested) return <ChangeRequestedPanel change={requested} onDone={onClose} />;

  return (
    <section className="card" aria-labelledby="change-roles-title">
      <h3 id="change-roles-title" ref={heading} tabIndex={-1}>
        {t('changeRolesTitle')}
      </h3>
      <p>{t('changeRolesIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{request.errors.form ?? request.errors.fields.relationshipId}</ErrorMessage>
        <AdminRoleCheckboxes
          legend={t('changeRolesLegend')}
          roles={ADMIN_ROLES}
          checked={roles}
          onChange={(next) => {
            setRoles(next);
            if (next.length > 0) setNoRole(false);
          }}
          error={noRole ? t('chooseAdminRole') : request.errors.fields.adminRoles}
        />
        <SelectField
          label={t('changeDuration')}
          value={duration}
          onChange={(event) => setDuration(event.target.value)}
          error={request.errors.fields.adminAccessDuration}
          hint={t('changeDurationHint')}
        >
          <option value="">{t('keepExpiry')}</option>
          {DURATIONS.map((value) => (
            <option key={value} value={value}>
              {t(`duration_${value}`)}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <SubmitButton busy={request.busy}>{t('requestChange')}</SubmitButton>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

/**
 * B1–B3 on the partner's side: the delegated admin access it holds for this customer (roles, end date, state,
 * auto-extend with its switch), asking the customer for a change, and the assignments of the roles to its users.
 */
export function AdminAccessPanel({ relationship }: { relationship: AdminAccess }) {
  const t = useT(messages);
  const a = useT(adminRoleMessages);
  const formatDate = useFormatDate();
  const roleName = useAdminRoleName();
  const { me } = useMe();
  const setAutoExtend = useFormMutation(SetAutoExtendDocument);
  const [access, setAccess] = useState<AdminAccess>(relationship);
  const [changing, setChanging] = useState(false);
  const [switched, setSwitched] = useState<boolean | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const mayChange = may(me, 'Mutation.requestAdminAccessChange');
  const live = access.status === 'ACTIVE' && access.adminRoles.length > 0 && access.adminAccessStatus !== 'EXPIRED';

  async function onToggle() {
    setSwitched(null);
    const result = await setAutoExtend.submit({ input: { relationshipId: access.id, autoExtend: !access.autoExtend } });
    const changed = result?.data?.setAutoExtend;
    if (changed) {
      setAccess((current) => ({ ...current, ...changed }));
      setSwitched(changed.autoExtend);
    }
  }

  function closeChange() {
    setChanging(false);
    setTimeout(() => changeButton.current?.focus(), 0);
  }

  const toggleError = setAutoExtend.errors.form ?? setAutoExtend.errors.fields.autoExtend ?? setAutoExtend.errors.fields.relationshipId;

  return (
    <section aria-labelledby="admin-access-title">
      <h2 id="admin-access-title">{t('adminAccessTitle')}</h2>
      <dl className="details">
        <dt>{t('adminAccessStatus')}</dt>
        <dd>{a(`accessStatus_${access.adminAccessStatus}`)}</dd>
        <dt>{t('adminAccessExpires')}</dt>
        <dd>{access.adminAccessExpiresAt ? formatDate(access.adminAccessExpiresAt) : t('noExpiry')}</dd>
        <dt>{t('autoExtend')}</dt>
        <dd>{access.autoExtend ? a('autoExtendOn') : a('autoExtendOff')}</dd>
        <dt>{t('adminRolesGranted')}</dt>
        <dd>
          {access.adminRoles.length > 0
            ? inRoleOrder(access.adminRoles).map((role) => (
                <span className="badge" key={role}>
                  {roleName(role)}
                </span>
              ))
            : t('noAdminRoles')}
        </dd>
      </dl>
      {switched !== null ? <StatusMessage>{switched ? t('autoExtendTurnedOn') : t('autoExtendTurnedOff')}</StatusMessage> : null}
      <div className="actions">
        {live && may(me, 'Mutation.setAutoExtend') ? (
          <Button busy={setAutoExtend.busy} onClick={onToggle} aria-describedby={toggleError ? 'auto-extend-error' : undefined}>
            {access.autoExtend ? t('turnOffAutoExtend') : t('turnOnAutoExtend')}
          </Button>
        ) : null}
        {live && mayChange && !changing ? (
          <button type="button" className="button-secondary" ref={changeButton} onClick={() => setChanging(true)}>
            {t('changeRoles')}
          </button>
        ) : null}
      </div>
      {toggleError ? (
        <p className="field-error" id="auto-extend-error" role="alert">
          {toggleError}
        </p>
      ) : null}
      {live && mayChange && changing ? <ChangeAdminRolesForm access={access} onClose={closeChange} /> : null}
      {live ? <AdminAccessAssignments relationshipId={access.id} /> : null}
    </section>
  );
}
