import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { CountrySelect } from '../../components/CountrySelect';
import { ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { EnrolmentPartnerQuery, PartnerProgram, PartnerStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { reasonCodeMessages } from '../../components/reason-codes.messages';
import { messages } from './messages';

const EnrolmentEnrollDocument = graphql(`
  mutation EnrolmentEnroll($input: EnrollPartnerInput!) {
    enrollPartner(input: $input) {
      id
      status
    }
  }
`);

const EnrolmentUpdateDocument = graphql(`
  mutation EnrolmentUpdate($input: UpdateEnrollmentInput!) {
    updateEnrollment(input: $input) {
      id
      status
    }
  }
`);

const EnrolmentResubmitDocument = graphql(`
  mutation EnrolmentResubmit($id: ID!) {
    resubmitEnrollment(input: { partnerId: $id }) {
      id
      status
    }
  }
`);

const EnrolmentResendDocument = graphql(`
  mutation EnrolmentResendVerification($id: ID!) {
    resendVerificationEmail(input: { partnerId: $id }) {
      id
      status
    }
  }
`);

const EnrolmentPartnerDocument = graphql(`
  query EnrolmentPartner($id: ID!) {
    partner(id: $id) {
      id
      program
      status
      legalName
      mpnId
      enrolledAt
      statusChangedAt
      rejectionReason
      rejectionReasons {
        code
        message
      }
      address {
        line1
        line2
        city
        region
        postalCode
        country
      }
      primaryContact {
        firstName
        lastName
        email
        phone
      }
      supportContact {
        email
        phone
        website
      }
    }
  }
`);

const PROGRAMS: PartnerProgram[] = ['INDIRECT_RESELLER', 'INDIRECT_PROVIDER', 'DIRECT'];

/** `/enroll` (R9, R10): the global admin applies; afterwards, the application's status and what happens next. */
export function EnrolPage() {
  const t = useT(messages);
  const { me, fetching, error, refetch } = useMe();
  const loadErrorText = useLoadErrorText();
  const [submittedId, setSubmittedId] = useState<string | null>(null);

  let body;
  const partnerId = submittedId ?? me?.partner?.id;
  if (!me && fetching) body = <Loading />;
  else if (!me) body = <LoadError message={loadErrorText(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (partnerId)
    body = (
      <ApplicationStatus
        partnerId={partnerId}
        justSubmitted={!!submittedId}
        canManage={may(me, 'Mutation.updateEnrollment')}
        tenantCountry={me.tenant.country}
      />
    );
  else if (!may(me, 'Mutation.enrollPartner')) body = <p className="alert alert-info">{t('notAdmin')}</p>;
  else
    body = (
      <EnrolForm
        tenantCountry={me.tenant.country}
        onEnrolled={(id) => {
          setSubmittedId(id);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    );
  return <Page title={t('enrolTitle')}>{body}</Page>;
}

/**
 * The application's status and what happens next; its global admin edits it until it is ACTIVE,
 * resubmits it once rejected, and asks for a new verification email while it waits for one (R10).
 */
function ApplicationStatus({
  partnerId,
  justSubmitted,
  canManage,
  tenantCountry,
}: {
  partnerId: string;
  justSubmitted: boolean;
  canManage: boolean;
  tenantCountry: string;
}) {
  const t = useT(messages);
  const reasonLabel = useT(reasonCodeMessages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const [result, reexecute] = useQuery({ query: EnrolmentPartnerDocument, variables: { id: partnerId }, requestPolicy: 'cache-and-network' });
  const resubmit = useFormMutation(EnrolmentResubmitDocument);
  const resend = useFormMutation(EnrolmentResendDocument);
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(justSubmitted ? t('submittedMessage') : null);
  const partner = result.data?.partner;
  if (!partner && result.fetching) return <Loading />;
  if (!partner) return <LoadError message={loadErrorText(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const status = partner.status as PartnerStatus;
  const contact = partner.primaryContact;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  async function onResubmit() {
    setDone(null);
    resend.clearErrors();
    const outcome = await resubmit.submit({ id: partnerId });
    const next = outcome?.data?.resubmitEnrollment.status;
    if (!next) return;
    setDone(t(next === 'IN_REVIEW' ? 'resubmittedToReview' : 'resubmittedToVerification'));
    refresh();
  }

  async function onResend() {
    setDone(null);
    resubmit.clearErrors();
    const outcome = await resend.submit({ id: partnerId });
    if (!outcome?.data?.resendVerificationEmail) return;
    setDone(t('verificationResent', { email: contact?.email ?? '' }));
  }

  if (editing) {
    return (
      <section className="card" aria-labelledby="edit-application">
        <h2 id="edit-application">{t('editHeading')}</h2>
        <ApplicationForm
          tenantCountry={tenantCountry}
          editing={{ partnerId, status, initial: formValuesOf(partner) }}
          onDone={(_id, next) => {
            setEditing(false);
            setDone(t(next === status ? 'changesSaved' : 'changesSavedVerify', { email: contact?.email ?? '' }));
            refresh();
          }}
          onCancel={() => setEditing(false)}
        />
      </section>
    );
  }

  return (
    <>
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <ErrorMessage>{resubmit.errors.form ?? resubmit.errors.fields.mpnId ?? resend.errors.form}</ErrorMessage>
      <section className="card" aria-labelledby="application-status">
        <h2 id="application-status">{t('statusHeading')}</h2>
        <p>
          {t('status')}: <span className="badge">{t(status)}</span>
        </p>
        <p>{t(`next_${status}`, { email: contact?.email ?? '' })}</p>
        {status === 'REJECTED' && partner.rejectionReasons?.length ? (
          <div className="alert alert-error">
            <h3 id="what-to-fix">{t('whatToFix')}</h3>
            <ul aria-labelledby="what-to-fix">
              {partner.rejectionReasons.map((reason) => (
                <li key={reason.code}>
                  <strong>{reasonLabel(`code_${reason.code}`)}:</strong> {reason.message}
                </li>
              ))}
            </ul>
            {partner.rejectionReason && !partner.rejectionReasons.some((reason) => reason.code === 'OTHER') ? (
              <p>
                <strong>{t('reviewerNote')}:</strong> {partner.rejectionReason}
              </p>
            ) : null}
          </div>
        ) : null}
        {canManage && status !== 'ACTIVE' ? (
          <div className="actions">
            {status === 'REJECTED' ? (
              <Button variant="primary" busy={resubmit.busy} onClick={onResubmit}>
                {t('resubmit')}
              </Button>
            ) : null}
            {status === 'EMAIL_VERIFICATION_PENDING' ? (
              <Button busy={resend.busy} onClick={onResend}>
                {t('resendVerification')}
              </Button>
            ) : null}
            <Button
              onClick={() => {
                setDone(null);
                setEditing(true);
              }}
            >
              {t('editApplication')}
            </Button>
          </div>
        ) : null}
        {status !== 'ACTIVE' ? <p>{t('emailedAtEachChange')}</p> : null}
        <dl className="details">
          <dt>{t('legalName')}</dt>
          <dd>{partner.legalName}</dd>
          <dt>{t('programme')}</dt>
          <dd>{t(partner.program)}</dd>
          <dt>{t('mpnId')}</dt>
          <dd>{partner.mpnId}</dd>
          {contact ? (
            <>
              <dt>{t('primaryContact')}</dt>
              <dd>
                {contact.firstName} {contact.lastName} ({contact.email})
              </dd>
            </>
          ) : null}
          <dt>{t('submitted')}</dt>
          <dd>{formatDate(partner.enrolledAt, true)}</dd>
          <dt>{t('statusChanged')}</dt>
          <dd>{formatDate(partner.statusChangedAt, true)}</dd>
        </dl>
      </section>
    </>
  );
}

const EMPTY = {
  program: 'INDIRECT_RESELLER' as PartnerProgram,
  mpnId: '',
  legalName: '',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  supportEmail: '',
  supportPhone: '',
  website: '',
};

type FormValues = typeof EMPTY;

type LoadedPartner = NonNullable<EnrolmentPartnerQuery['partner']>;

/** The application as the form shows it, to be changed. */
function formValuesOf(partner: LoadedPartner): FormValues {
  const { address, primaryContact: contact, supportContact: support } = partner;
  return {
    program: partner.program,
    mpnId: partner.mpnId,
    legalName: partner.legalName,
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? '',
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    supportEmail: support.email,
    supportPhone: support.phone,
    website: support.website,
  };
}

function EnrolForm({ tenantCountry, onEnrolled }: { tenantCountry: string; onEnrolled(id: string): void }) {
  const t = useT(messages);
  return (
    <>
      <p>{t('intro')}</p>
      <ApplicationForm tenantCountry={tenantCountry} onDone={(id) => onEnrolled(id)} />
    </>
  );
}

/**
 * The fields of an application: a new enrolment (enrollPartner), or `editing` an existing one
 * (updateEnrollment: the same fields but the programme, which does not change).
 */
function ApplicationForm({
  tenantCountry,
  editing,
  onDone,
  onCancel,
}: {
  tenantCountry: string;
  editing?: { partnerId: string; status: PartnerStatus; initial: FormValues };
  onDone(id: string, status: PartnerStatus): void;
  onCancel?(): void;
}) {
  const t = useT(messages);
  const enrol = useFormMutation(EnrolmentEnrollDocument);
  const update = useFormMutation(EnrolmentUpdateDocument);
  const { busy, errors } = editing ? update : enrol;
  const [form, setForm] = useState<FormValues>(editing?.initial ?? { ...EMPTY, country: tenantCountry });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));
  const optional = (value: string) => (value.trim() ? value : null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      mpnId: form.mpnId,
      legalName: form.legalName,
      address: {
        line1: form.line1,
        line2: optional(form.line2),
        city: form.city,
        region: optional(form.region),
        postalCode: form.postalCode,
        country: form.country,
      },
      primaryContact: { firstName: form.firstName, lastName: form.lastName, email: form.email, phone: form.phone },
      supportContact: { email: form.supportEmail, phone: form.supportPhone, website: form.website },
    };
    if (editing) {
      const updated = (await update.submit({ input: { partnerId: editing.partnerId, ...fields } }))?.data?.updateEnrollment;
      if (updated) onDone(updated.id, updated.status);
      return;
    }
    const enrolled = (await enrol.submit({ input: { program: form.program, ...fields } }))?.data?.enrollPartner;
    if (enrolled) onDone(enrolled.id, enrolled.status);
  }

  const f = errors.fields;
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form form-wide">
        <ErrorMessage>{errors.form}</ErrorMessage>
        {editing ? null : (
          <>
            <h2>{t('programmeHeading')}</h2>
            <fieldset className="field-group" aria-describedby={f.program ? 'program-error' : undefined}>
              <legend>{t('programmeLegend')}</legend>
              {PROGRAMS.map((program) => (
                <div className="field field-checkbox" key={program}>
                  <input
                    type="radio"
                    id={`program-${program}`}
                    name="program"
                    value={program}
                    checked={form.program === program}
                    onChange={() => setForm((current) => ({ ...current, program }))}
                    aria-describedby={`program-${program}-hint`}
                  />
                  <label htmlFor={`program-${program}`}>{t(program)}</label>
                  <p className="field-hint" id={`program-${program}-hint`}>
                    {t(`${program}_hint`)}
                  </p>
                </div>
              ))}
              {f.program ? (
                <p className="field-error" id="program-error">
                  {f.program}
                </p>
              ) : null}
            </fieldset>
          </>
        )}

        <h2>{t('mpnHeading')}</h2>
        <TextField
          label={t('mpnId')}
          inputMode="numeric"
          value={form.mpnId}
          onChange={set('mpnId')}
          hint={t('mpnHint', { country: tenantCountry })}
          error={f.mpnId}
          required
        />

        <h2>{t('legalHeading')}</h2>
        <TextField
          label={t('legalName')}
          autoComplete="organization"
          value={form.legalName}
          onChange={set('legalName')}
          hint={t('legalHint')}
          error={f.legalName}
          required
        />

        <h2>{t('addressHeading')}</h2>
        <TextField
          label={t('line1')}
          autoComplete="address-line1"
          value={form.line1}
          onChange={set('line1')}
          error={f['address.line1'] ?? f.address}
          required
        />
        <TextField label={t('line2')} autoComplete="address-line2" value={form.line2} onChange={set('line2')} error={f['address.line2']} />
        <TextField label={t('city')} autoComplete="address-level2" value={form.city} onChange={set('city')} error={f['address.city']} required />
        <TextField label={t('region')} autoComplete="address-level1" value={form.region} onChange={set('region')} error={f['address.region']} />
        <TextField
          label={t('postalCode')}
          autoComplete="postal-code"
          value={form.postalCode}
          onChange={set('postalCode')}
          error={f['address.postalCode']}
          required
        />
        <CountrySelect
          label={t('country')}
          placeholder={t('chooseCountry')}
          value={form.country}
          onChange={set('country')}
          error={f['address.country']}
          required
        />

        <h2>{t('contactHeading')}</h2>
        <p>{t('contactIntro')}</p>
        <TextField
          label={t('firstName')}
          autoComplete="given-name"
          value={form.firstName}
          onChange={set('firstName')}
          error={f['primaryContact.firstName'] ?? f.primaryContact}
          required
        />
        <TextField
          label={t('lastName')}
          autoComplete="family-name"
          value={form.lastName}
          onChange={set('lastName')}
          error={f['primaryContact.lastName']}
          required
        />
        <TextField
          label={t('contactEmail')}
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          hint={t('contactEmailHint')}
          error={f['primaryContact.email']}
          required
        />
        <TextField label={t('phone')} type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} error={f['primaryContact.phone']} required />

        <h2>{t('supportHeading')}</h2>
        <p>{t('supportIntro')}</p>
        <TextField
          label={t('supportEmail')}
          type="email"
          value={form.supportEmail}
          onChange={set('supportEmail')}
          error={f['supportContact.email'] ?? f.supportContact}
          required
        />
        <TextField label={t('supportPhone')} type="tel" value={form.supportPhone} onChange={set('supportPhone')} error={f['supportContact.phone']} required />
        <TextField
          label={t('website')}
          type="url"
          value={form.website}
          onChange={set('website')}
          hint={t('websiteHint')}
          error={f['supportContact.website']}
          required
        />

        {editing ? (
          <p className="field-hint" id="edit-contact-hint">
            {t(editing.status === 'REJECTED' ? 'editContactHintRejected' : 'editContactHint')}
          </p>
        ) : null}
        <div className="actions">
          <SubmitButton busy={busy}>{t(editing ? 'saveChanges' : 'enrollNow')}</SubmitButton>
          {onCancel ? <Button onClick={onCancel}>{t('cancel')}</Button> : null}
        </div>
      </form>
    </>
  );
}
