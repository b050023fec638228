import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { CountrySelect } from '../../components/CountrySelect';
import { ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { PartnerProgram, PartnerStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { hasRole, useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

const EnrolmentEnrollDocument = graphql(`
  mutation EnrolmentEnroll($input: EnrollPartnerInput!) {
    enrollPartner(input: $input) {
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
      primaryContact {
        firstName
        lastName
        email
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
  else if (partnerId) body = <ApplicationStatus partnerId={partnerId} justSubmitted={!!submittedId} />;
  else if (!hasRole(me, 'GLOBAL_ADMIN')) body = <p className="alert alert-info">{t('notAdmin')}</p>;
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

function ApplicationStatus({ partnerId, justSubmitted }: { partnerId: string; justSubmitted: boolean }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const [result, reexecute] = useQuery({ query: EnrolmentPartnerDocument, variables: { id: partnerId }, requestPolicy: 'cache-and-network' });
  const partner = result.data?.partner;
  if (!partner && result.fetching) return <Loading />;
  if (!partner) return <LoadError message={loadErrorText(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const status = partner.status as PartnerStatus;
  const contact = partner.primaryContact;
  return (
    <>
      {justSubmitted ? <StatusMessage>{t('submittedMessage')}</StatusMessage> : null}
      <section className="card" aria-labelledby="application-status">
        <h2 id="application-status">{t('statusHeading')}</h2>
        <p>
          {t('status')}: <span className="badge">{t(status)}</span>
        </p>
        <p>{t(`next_${status}`, { email: contact?.email ?? '' })}</p>
        {status === 'REJECTED' && partner.rejectionReason ? (
          <div className="alert alert-error">
            <p>
              <strong>{t('rejectionReason')}:</strong> {partner.rejectionReason}
            </p>
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

function EnrolForm({ tenantCountry, onEnrolled }: { tenantCountry: string; onEnrolled(id: string): void }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(EnrolmentEnrollDocument);
  const [form, setForm] = useState({ ...EMPTY, country: tenantCountry });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));
  const optional = (value: string) => (value.trim() ? value : null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit({
      input: {
        program: form.program,
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
      },
    });
    const id = result?.data?.enrollPartner.id;
    if (id) onEnrolled(id);
  }

  const f = errors.fields;
  return (
    <>
      <p>{t('intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form form-wide">
        <ErrorMessage>{errors.form}</ErrorMessage>
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

        <SubmitButton busy={busy}>{t('enrollNow')}</SubmitButton>
      </form>
    </>
  );
}
