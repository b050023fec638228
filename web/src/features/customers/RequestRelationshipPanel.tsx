import { FormEvent, useEffect, useRef, useState } from 'react';
import { Button, SubmitButton } from '../../components/Button';
import { ErrorMessage } from '../../components/Feedback';
import { Checkbox, CheckboxGroup, TextField } from '../../components/Field';
import { graphql } from '../../gql';
import { useT } from '../../i18n/i18n';
import { useFormMutation } from '../../lib/use-form-mutation';
import { DraftEmailPanel } from '../../components/DraftEmailPanel';
import { messages, Role, ROLES } from './messages';

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

/** R17: the customer's email and the roles, then the draft email to edit and send; R18: from a lead or a referral. */
export function RequestRelationshipPanel({ onClose, prefill }: { onClose(): void; prefill?: Prefill }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(RequestRelationshipDocument);
  const [email, setEmail] = useState(prefill?.email ?? '');
  const [roles, setRoles] = useState<Role[]>(['RESELLER']);
  const [draft, setDraft] = useState<Draft | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const origin = prefill?.leadId ? { leadId: prefill.leadId } : prefill?.referralId ? { referralId: prefill.referralId } : {};
    const result = await submit({ input: { customerEmail: email, roles, ...origin } });
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
        <div className="actions">
          <SubmitButton busy={busy}>{t('create')}</SubmitButton>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}
