import { FormEvent, useEffect, useRef, useState } from 'react';
import { ADMIN_ROLES, AdminRoleCheckboxes } from '../../components/AdminRoles';
import { Button, SubmitButton } from '../../components/Button';
import { ErrorMessage } from '../../components/Feedback';
import { Checkbox, CheckboxGroup, SelectField, TextField } from '../../components/Field';
import { graphql } from '../../gql';
import type { AdminRole } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';
import { useFormMutation } from '../../lib/use-form-mutation';
import { DraftEmailPanel } from '../../components/DraftEmailPanel';
import { DURATIONS, messages, Role, ROLES } from './messages';

const RequestRelationshipDocument = graphql(`
  mutation CustomersRequestRelationship($input: RequestRelationshipInput!) {
    requestRelationship(input: $input) {
      id
      roles
      invitationUrl
      emailDraft {
        subject
        body
      }
    }
  }
`);

interface Draft {
  requestId: string;
  to: string;
  subject: string;
  body: string;
}

/** R18: what the leads page (a lead's contact and id) or the referrals page (a referral's) opens the request with. */
export interface Prefill {
  email: string;
  leadId?: string;
  referralId?: string;
}

/** B1: what the graph asks for when the partner chooses nothing: Global administrator for two years, not extended. */
const DEFAULT_ADMIN_ROLES: AdminRole[] = ['GLOBAL_ADMINISTRATOR'];
const DEFAULT_DURATION = 'P2Y';

/**
 * B1: with delegated admin, the admin roles asked, for how long, and whether the access extends itself; the graph
 * refuses auto-extend with Global administrator, so the box is off and explains why while that role is ticked.
 */
function AdminAccessFields({
  adminRoles,
  onAdminRoles,
  duration,
  onDuration,
  autoExtend,
  onAutoExtend,
  errors,
}: {
  adminRoles: AdminRole[];
  onAdminRoles(next: AdminRole[]): void;
  duration: string;
  onDuration(next: string): void;
  autoExtend: boolean;
  onAutoExtend(next: boolean): void;
  errors: { adminRoles?: string; adminAccessDuration?: string; autoExtend?: string };
}) {
  const t = useT(messages);
  const withGlobal = adminRoles.includes('GLOBAL_ADMINISTRATOR');
  return (
    <>
      <AdminRoleCheckboxes legend={t('requestAdminRolesLegend')} roles={ADMIN_ROLES} checked={adminRoles} onChange={onAdminRoles} error={errors.adminRoles} />
      <SelectField
        label={t('requestDuration')}
        value={duration}
        onChange={(event) => onDuration(event.target.value)}
        error={errors.adminAccessDuration}
        hint={t('requestDurationHint')}
      >
        {DURATIONS.map((value) => (
          <option key={value} value={value}>
            {t(`duration_${value}`)}
          </option>
        ))}
      </SelectField>
      <Checkbox
        label={t('requestAutoExtend')}
        hint={withGlobal ? t('requestAutoExtendGlobal') : t('requestAutoExtendHint')}
        checked={autoExtend && !withGlobal}
        disabled={withGlobal}
        error={errors.autoExtend}
        onChange={(event) => onAutoExtend(event.target.checked)}
      />
    </>
  );
}

/** R17: the customer's email and the roles, then the draft email to edit and send; R18: from a lead or a referral; B1: the admin access asked. */
export function RequestRelationshipPanel({ onClose, prefill }: { onClose(): void; prefill?: Prefill }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(RequestRelationshipDocument);
  const [email, setEmail] = useState(prefill?.email ?? '');
  const [roles, setRoles] = useState<Role[]>(['RESELLER']);
  const [adminRoles, setAdminRoles] = useState<AdminRole[]>(DEFAULT_ADMIN_ROLES);
  const [duration, setDuration] = useState(DEFAULT_DURATION);
  const [autoExtend, setAutoExtend] = useState(false);
  const [noAdminRole, setNoAdminRole] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const origin = prefill?.leadId ? { leadId: prefill.leadId } : prefill?.referralId ? { referralId: prefill.referralId } : {};
    // The graph refuses admin access fields without delegated admin: they go only with it.
    const delegated = roles.includes('DELEGATED_ADMIN');
    if (delegated && adminRoles.length === 0) {
      setNoAdminRole(true);
      return;
    }
    const adminAccess = delegated ? { adminRoles, adminAccessDuration: duration, autoExtend: autoExtend && !adminRoles.includes('GLOBAL_ADMINISTRATOR') } : {};
    const result = await submit({ input: { customerEmail: email, roles, ...adminAccess, ...origin } });
    const request = result?.data?.requestRelationship;
    if (request?.emailDraft) setDraft({ requestId: request.id, to: email.trim(), subject: request.emailDraft.subject, body: request.emailDraft.body });
  }

  const toggle = (role: Role) => (event: { target: { checked: boolean } }) =>
    setRoles((current) => (event.target.checked ? ROLES.filter((r) => r === role || current.includes(r)) : current.filter((r) => r !== role)));

  if (draft) return <DraftEmailPanel {...draft} onDone={onClose} />;

  return (
    <section className="card" aria-labelledby="request-title">
      <h2 id="request-title" ref={heading} tabIndex={-1}>
        {t('requestTitle')}
      </h2>
      <p>{t('requestIntro')}</p>
      {prefill?.leadId ? <p>{t('fromLead')}</p> : null}
      {prefill?.referralId ? <p>{t('fromReferral')}</p> : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{errors.form}</ErrorMessage>
        <TextField
          label={t('customerEmail')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.customerEmail}
          required
        />
        <CheckboxGroup legend={t('rolesLegend')} error={errors.fields.roles}>
          {ROLES.map((role) => (
            <Checkbox key={role} label={t(`role_${role}`)} hint={t(`roleHint_${role}`)} checked={roles.includes(role)} onChange={toggle(role)} />
          ))}
        </CheckboxGroup>
        {roles.includes('DELEGATED_ADMIN') ? (
          <AdminAccessFields
            adminRoles={adminRoles}
            onAdminRoles={(next) => {
              setAdminRoles(next);
              if (next.length > 0) setNoAdminRole(false);
            }}
            duration={duration}
            onDuration={setDuration}
            autoExtend={autoExtend}
            onAutoExtend={setAutoExtend}
            errors={{
              adminRoles: noAdminRole ? t('chooseAdminRole') : errors.fields.adminRoles,
              adminAccessDuration: errors.fields.adminAccessDuration,
              autoExtend: errors.fields.autoExtend,
            }}
          />
        ) : null}
        <div className="actions">
          <SubmitButton busy={busy}>{t('create')}</SubmitButton>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}
