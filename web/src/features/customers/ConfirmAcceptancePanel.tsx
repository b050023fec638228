import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { graphql } from '../../gql';
import { useFormatDate, useLocale, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

const AgreementStandingDocument = graphql(`
  query CustomerDetailsAgreement($customerId: ID!, $language: String) {
    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {
      id
      version
      documentUrl
    }
    customer(id: $customerId) {
      id
      hasAcceptedCurrentAgreement
    }
  }
`);

const ConfirmAcceptanceDocument = graphql(`
  mutation CustomerDetailsConfirmAcceptance($input: ConfirmCustomerAcceptanceInput!) {
    confirmCustomerAcceptance(input: $input) {
      id
      acceptedAt
      template {
        id
        version
      }
    }
  }
`);

const localDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const EMPTY = { dateAgreed: '', firstName: '', lastName: '', email: '', phone: '' };

/**
 * R4: a reseller of the customer attests that the customer accepted the current Customer Agreement (outside the
 * console), naming the person who accepted. An indirect reseller may not (its indirect provider, or the customer
 * itself, does it): it reads who can instead of a form that could only be refused.
 */
export function ConfirmAcceptancePanel({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const { locale } = useLocale();
  const { me } = useMe();
  const [result, reload] = useQuery({ query: AgreementStandingDocument, variables: { customerId, language: locale } });
  const confirm = useFormMutation(ConfirmAcceptanceDocument);
  const [form, setForm] = useState(EMPTY);
  const [recorded, setRecorded] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));

  const agreement = result.data?.currentAgreement;
  const customer = result.data?.customer;
  let body;
  // The customer's standing is refused while agreement does not know the relationship yet: that is an error too.
  if (result.error && !customer) body = <LoadError message={loadErrorText(result.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  else if (!agreement || !customer) body = <Loading />;
  else if (customer.hasAcceptedCurrentAgreement) body = <p>{t('agreementAccepted', { version: agreement.version })}</p>;
  else if (me?.partner?.program === 'INDIRECT_RESELLER') body = <p>{t('agreementIndirectReseller', { version: agreement.version })}</p>;
  else if (!may(me, 'Mutation.confirmCustomerAcceptance')) body = <p>{t('agreementAgentsConfirm', { version: agreement.version })}</p>;
  else {
    const onSubmit = async (event: FormEvent) => {
      event.preventDefault();
      setRecorded(null);
      if (!form.dateAgreed) {
        confirm.setErrors({ fields: { dateAgreed: t('dateAgreedMissing') } });
        return;
      }
      // Today is sent as this moment, so a local day ahead of UTC is not "in the future"; another day as that date.
      const dateAgreed = form.dateAgreed === localDay(new Date()) ? new Date().toISOString() : form.dateAgreed;
      const done = await confirm.submit({
        input: {
          customerId,
          templateId: agreement.id,
          dateAgreed,
          contact: { firstName: form.firstName, lastName: form.lastName, email: form.email, phone: form.phone },
        },
      });
      const acceptance = done?.data?.confirmCustomerAcceptance;
      if (!acceptance) return;
      setRecorded(
        t('acceptanceRecorded', {
          name: `${form.firstName.trim()} ${form.lastName.trim()}`,
          version: acceptance.template.version,
          date: formatDate(acceptance.acceptedAt),
        }),
      );
      setForm(EMPTY);
      reload({ requestPolicy: 'network-only' });
    };
    body = (
      <>
        <p>{t('confirmIntro', { version: agreement.version })}</p>
        <p>
          <a href={agreement.documentUrl} target="_blank" rel="noopener noreferrer">
            {t('agreementDocument', { version: agreement.version })} <span className="visually-hidden">{t('newTab')}</span>
          </a>
        </p>
        <form onSubmit={onSubmit} noValidate className="form">
          <ErrorMessage>{confirm.errors.form ?? confirm.errors.fields.templateId ?? confirm.errors.fields.contact}</ErrorMessage>
          <TextField
            label={t('dateAgreed')}
            type="date"
            value={form.dateAgreed}
            max={localDay(new Date())}
            onChange={set('dateAgreed')}
            hint={t('dateAgreedHint')}
            error={confirm.errors.fields.dateAgreed}
            required
          />
          <fieldset className="field-group">
            <legend>{t('whoAccepted')}</legend>
            <TextField
              label={t('contactFirstName')}
              autoComplete="off"
              value={form.firstName}
              onChange={set('firstName')}
              error={confirm.errors.fields['contact.firstName']}
              required
            />
            <TextField
              label={t('contactLastName')}
              autoComplete="off"
              value={form.lastName}
              onChange={set('lastName')}
              error={confirm.errors.fields['contact.lastName']}
              required
            />
            <TextField
              label={t('contactEmail')}
              type="email"
              autoComplete="off"
              value={form.email}
              onChange={set('email')}
              error={confirm.errors.fields['contact.email']}
              required
            />
            <TextField
              label={t('contactPhone')}
              type="tel"
              autoComplete="off"
              value={form.phone}
              onChange={set('phone')}
              error={confirm.errors.fields['contact.phone']}
              required
            />
          </fieldset>
          <SubmitButton busy={confirm.busy}>{t('confirmAcceptance')}</SubmitButton>
        </form>
      </>
    );
  }

  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('agreementHeading')}</h2>
      {recorded ? <StatusMessage>{recorded}</StatusMessage> : null}
      {body}
    </section>
  );
}
