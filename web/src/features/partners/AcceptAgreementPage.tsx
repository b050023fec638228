import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { ErrorMessage, Loading, LoadError, StatusMessage } from '../../components/Feedback';
import { Checkbox } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatDate, useLocale, useT } from '../../i18n/i18n';
import { useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

const PartnersCurrentAgreementDocument = graphql(`
  query PartnersCurrentAgreement($id: ID!, $language: String) {
    currentAgreement(type: CUSTOMER_AGREEMENT, language: $language) {
      id
      version
      documentUrl
      language
    }
    customer(id: $id) {
      id
      hasAcceptedCurrentAgreement
      currentAgreementDeadline
      agreementAcceptances {
        id
        acceptedAt
        template {
          id
          version
        }
      }
    }
  }
`);

const PartnersAcceptAgreementDocument = graphql(`
  mutation PartnersAcceptAgreement($input: AcceptAgreementInput!) {
    acceptAgreement(input: $input) {
      id
      acceptedAt
      template {
        id
        version
      }
    }
  }
`);

/** R4: the customer's global admin reads and accepts the current Customer Agreement. */
export function AcceptAgreementPage() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const { me, error: meError } = useMe();
  const { locale } = useLocale();
  const tenantId = me?.tenant.id;
  const [result, reload] = useQuery({
    query: PartnersCurrentAgreementDocument,
    // The document in the console's language when it is published in it (else English).
    variables: { id: tenantId ?? '', language: locale },
    pause: !tenantId,
    requestPolicy: 'cache-and-network',
  });
  const accept = useFormMutation(PartnersAcceptAgreementDocument);
  const [confirmRead, setConfirmRead] = useState(false);
  const [acceptedNow, setAcceptedNow] = useState<string | null>(null);

  const agreement = result.data?.currentAgreement;
  const customer = result.data?.customer;
  const error = result.error ?? meError;
  if (!agreement || !customer) {
    return (
      <Page title={t('agreementTitle')}>
        {error && !result.data ? <LoadError message={loadErrorText(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} /> : <Loading />}
      </Page>
    );
  }

  if (acceptedNow) {
    return (
      <Page title={t('agreementTitle')}>
        <StatusMessage>{t('acceptedNow', { version: acceptedNow })}</StatusMessage>
        <p>
          <Link to="/partners">{t('toPartners')}</Link>
        </p>
      </Page>
    );
  }

  if (customer.hasAcceptedCurrentAgreement) {
    // Any language of the current version counts.
    const acceptance = customer.agreementAcceptances.find((candidate) => candidate.template.version === agreement.version);
    return (
      <Page title={t('agreementTitle')}>
        <StatusMessage>
          {acceptance
            ? t('alreadyAccepted', { version: agreement.version, date: formatDate(acceptance.acceptedAt) })
            : t('alreadyAcceptedNoDate', { version: agreement.version })}
        </StatusMessage>
        <p>
          <a href={agreement.documentUrl} target="_blank" rel="noopener noreferrer">
            {t('agreementDocument', { version: agreement.version })} <span className="visually-hidden">{t('newTab')}</span>
          </a>
        </p>
        <p>
          <Link to="/partners">{t('toPartners')}</Link>
        </p>
      </Page>
    );
  }

  async function onAccept(event: FormEvent) {
    event.preventDefault();
    if (!confirmRead) {
      accept.setErrors({ fields: { confirmRead: t('confirmReadMissing') } });
      return;
    }
    const done = await accept.submit({ input: { templateId: agreement!.id, confirmRead } });
    const acceptance = done?.data?.acceptAgreement;
    if (acceptance) setAcceptedNow(acceptance.template.version);
  }

  const confirmError = accept.errors.fields.confirmRead;
  return (
    <Page title={t('agreementTitle')}>
      <p>{t('agreementIntro')}</p>
      {customer.currentAgreementDeadline ? (
        <p className="alert alert-info">{t('reacceptBy', { version: agreement.version, date: formatDate(customer.currentAgreementDeadline) })}</p>
      ) : null}
      <form onSubmit={onAccept} noValidate className="form">
        <ErrorMessage>{accept.errors.form ?? accept.errors.fields.templateId}</ErrorMessage>
        <p>
          <a href={agreement.documentUrl} target="_blank" rel="noopener noreferrer">
            {t('agreementDocument', { version: agreement.version })} <span className="visually-hidden">{t('newTab')}</span>
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
        <SubmitButton busy={accept.busy}>{t('accept')}</SubmitButton>
      </form>
    </Page>
  );
}
